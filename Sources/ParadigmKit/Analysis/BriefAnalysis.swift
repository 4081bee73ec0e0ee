/// Everything a single brief reports about an assessment beyond its scores, worked out once
/// before anything is rendered: how solid the result is, the confidence statement, today
/// against the recommended model and the runner-up, and whether the unanswered questions could
/// still change it. The renderers (Markdown, JSON) only render it.
public struct BriefAnalysis: Sendable {
    /// The assessment analysed.
    public let assessment: Assessment
    /// Pivotal answers, unsure ranges and weight robustness.
    let sensitivity: Sensitivity
    /// How sure the recommendation is, in words.
    let statement: ConfidenceStatement
    /// Today's practice against the recommended model; `nil` without an operating model.
    let review: OperatingModelReview?
    /// Today's practice against the runner-up; `nil` without an operating model.
    let runnerUpReview: OperatingModelReview?
    /// Whether the recommendation holds whatever the unanswered questions would be.
    let settled: SettledCheck
    /// The unanswered questions of the readiness gates that have not fired but could still hold
    /// the recommendation back, in questionnaire order; empty when every such gate is decided.
    let openReadiness: [Question]
    /// The practice questions not answered that could still change today's model
    /// (``Assessment/asIsOpenQuestions``).
    let asIsOpen: [Question]
    /// Today's model as the brief states it: only when the answers prove it
    /// (``Assessment/provenAsIs``).
    let provenAsIs: Stance?
    /// The depth of today's practice (Kotler's stages); `nil` with too few answers.
    let depth: PracticeDepth?

    /// Analyses an assessment.
    public init(_ assessment: Assessment) {
        self.assessment = assessment
        sensitivity = Sensitivity(assessment)
        statement = ConfidenceStatement(assessment, sensitivity)
        review = OperatingModelReview(assessment, target: assessment.recommendation)
        runnerUpReview = OperatingModelReview(assessment, target: assessment.runnerUp)
        settled = SettledCheck(assessment)
        let open = Set(BriefNeeds.undecidedGates(holding: [assessment.recommendation], assessment).flatMap(\.open))
        openReadiness = assessment.questionnaire.questions.filter { open.contains($0.id) }
        asIsOpen = assessment.asIsOpenQuestions
        provenAsIs = assessment.provenAsIs
        depth = PracticeDepth(assessment)
    }
}
