/// What the default brief says about an organisation's practice and readiness, in comparable
/// form: today's model, the recommended model's elements and their states, the plan's owners,
/// the journey map, the readiness gates that hold the recommendation back and the model that is
/// ready now. An adaptive interview leaves all of it as every answer would (``BriefNeeds``);
/// what comes from the fit scores alone (the margins, the runner-up) reads the fit answers
/// given, and the brief lists the fit questions that were not asked.
package struct BriefStatements: Sendable, Equatable {
    /// Today's model, `nil` when undefined or too little is known.
    package let asIs: Stance?
    /// The model closest to today's practice.
    package let closestPractice: Stance?
    /// Whether the practice reads as undefined.
    package let isUndefined: Bool
    /// Each applying element of the recommended model with its state, as `id: state`.
    package let elements: [String]
    /// Each step of the plan, as `element: owner, with …, phase`.
    package let steps: [String]
    /// Each journey stage, as `stage: today → accountable, contributors`.
    package let journey: [String]
    /// The gates that hold the recommendation back.
    package let gatesHoldingRecommendation: [String]
    /// The model that is ready now.
    package let readyNow: Stance

    /// The statements a brief of this assessment makes.
    package init(_ assessment: Assessment) {
        asIs = assessment.asIs
        closestPractice = assessment.closestPractice
        isUndefined = assessment.isUndefined
        let review = OperatingModelReview(assessment, target: assessment.recommendation)
        elements = review?.elements.map { "\($0.element.id): \($0.state.rawValue)" } ?? []
        steps =
            review?.steps.map { "\($0.element.id): \($0.owner), with \($0.with.joined(separator: ", ")), \($0.phase)" }
            ?? []
        journey =
            review?.journey.map { row in
                "\(row.stage): \(row.today ?? "-") → \(row.accountable), \(row.contributes.joined(separator: ", "))"
            } ?? []
        gatesHoldingRecommendation = assessment.gates(holding: assessment.recommendation).map(\.id)
        readyNow = assessment.bestReadyNow
    }
}
