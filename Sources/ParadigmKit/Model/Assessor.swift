/// Scores answers against a questionnaire: the transparent weighted model.
///
/// Three layers, each with one job: fit (to-be) from the questions about the market, buyers,
/// deal economics and goals; as-is from today's structure and practice; readiness gates from
/// capability and intent. Five candidate models are ranked: the four paradigms, with
/// subservient in each of its two directions as a candidate of its own.
public enum Assessor {
    /// At least this many answered practice questions are needed to name an as-is model.
    public static let minimumPracticeAnswers = 3

    /// The documented tie-break, in the order applied.
    public static let tieBreakRule = """
        When two candidate models have the same fit score, the one held back by fewer readiness \
        gates ranks higher; then the one the organisation already operates in; then the one that \
        asks less structural change, in the order siloed, subservient (marketing in service of \
        sales), subservient (sales in service of a product-led engine), assimilated, proportionate.
        """

    /// Scores a set of answers. Throws when no answered question carries a weight.
    public static func assess(_ answers: Answers, with questionnaire: Questionnaire) throws(Diagnostics) -> Assessment {
        let (scored, walk) = Self.walk(answers, questionnaire)
        var counted = [AnswerValue?](repeating: nil, count: scored.count)
        var fitContributions: [Contribution] = []
        var todayContributions: [Contribution] = []
        fitContributions.reserveCapacity(walk.keptPositions.count)
        todayContributions.reserveCapacity(walk.keptPositions.count)
        for index in walk.keptPositions {
            guard let answer = scored[index] else { continue }
            counted[index] = answer.value
            if let term = answer.fitTerm { fitContributions.append(term) }
            if let term = answer.todayTerm { todayContributions.append(term) }
        }
        let fit = ScoreSet(contributions: fitContributions)
        guard fit.hasEvidence else {
            let ownWork = questionnaire.answersOwnWorkOnly(answers.respondent.role)
            let label = answers.respondent.role.flatMap(questionnaire.role)?.label.lowercased() ?? ""
            throw Diagnostics([
                Diagnostic(
                    .error, "none of the answered questions says anything about fit, so there is nothing to recommend",
                    file: answers.sourceName,
                    help: ownWork
                        ? "a \(label) answers about their own work only; these answers join a team brief with the "
                            + "leaders' answers (paradigm brief FOLDER)"
                        : "answer the questions about the company, its sales motion and its buyers (unsure answers "
                            + "count for nothing)"
                )
            ])
        }
        let today = ScoreSet(contributions: todayContributions)
        let fired = walk.firedGates(questionnaire)
        let signs = walk.undefinedSigns(questionnaire)
        let (ranking, asIs) = walk.ranked(questionnaire, fired: fired, undefined: !signs.isEmpty)
        return Assessment(
            questionnaire: questionnaire, answers: answers, counted: counted, fit: fit, today: today,
            firedGates: fired, ranking: ranking, asIs: asIs, undefinedSigns: signs,
            ruledOutStances: walk.ruledOut(questionnaire))
    }

    /// The answers that count, by question position, as ``assess(_:with:)`` keeps them: for a
    /// respondent whose answers are tallied but not scored.
    static func counted(_ answers: Answers, in questionnaire: Questionnaire) -> [AnswerValue?] {
        let (scored, walk) = Self.walk(answers, questionnaire)
        var counted = [AnswerValue?](repeating: nil, count: scored.count)
        for index in walk.keptPositions { counted[index] = scored[index]?.value }
        return counted
    }

    /// The model's walk over a file's answers: the only join by id, each answer to its
    /// question's position, scored once.
    private static func walk(
        _ answers: Answers, _ questionnaire: Questionnaire
    ) -> (scored: [ScoredAnswer?], walk: ScoringWalk) {
        let questions = questionnaire.questions
        var scored = [ScoredAnswer?](repeating: nil, count: questions.count)
        for index in questions.indices {
            if let value = answers[questions[index].id]?.value {
                scored[index] = ScoredAnswer(question: questions[index], value: value)
            }
        }
        return (scored, ScoringWalk(questionnaire) { scored[$0] })
    }

    /// The model run today: the best as-is score, when enough practice questions were answered
    /// and the practice is not undefined.
    static func asIs(today: StanceTotals, undefined: Bool) -> Stance? {
        guard today.count >= minimumPracticeAnswers, !undefined else { return nil }
        return rank(today, gatesHolding: { _ in 0 }, asIs: nil).first
    }

    /// The model's last step: the as-is model and the fit ranking with the tie-break, given the
    /// gates that fired; a candidate the facts rule out ranks after every other, whatever its fit.
    static func rank(
        fit: StanceTotals, today: StanceTotals, fired: [Gate], undefined: Bool, ruledOut: Set<Stance>,
        steps: ChangeSteps
    ) -> (ranking: [Stance], asIs: Stance?) {
        let asIs = asIs(today: today, undefined: undefined)
        let ranked = rank(
            fit,
            gatesHolding: { stance in
                fired.filter { $0.cap(for: stance, asIs: asIs, steps: steps) != nil }.count
            }, asIs: asIs)
        return (ranked.filter { !ruledOut.contains($0) } + ranked.filter(ruledOut.contains), asIs)
    }

    /// The five candidate models best first, with the tie-break rule.
    static func rank(_ scores: StanceTotals, gatesHolding: (Stance) -> Int, asIs: Stance?) -> [Stance] {
        // Each candidate's score and gates worked out once, not at every comparison of the sort.
        Stance.allCases.map { ($0, scores.score($0), gatesHolding($0)) }
            .sorted { ranksAbove($0, $1, asIs: asIs) }
            .map(\.0)
    }

    /// The ranking rule (``tieBreakRule``) as an order: whether `lhs` ranks above `rhs`, given
    /// each candidate's fit score and the number of gates holding it back.
    static func ranksAbove(
        _ lhs: (stance: Stance, score: Double, gates: Int), _ rhs: (stance: Stance, score: Double, gates: Int),
        asIs: Stance?
    ) -> Bool {
        if abs(lhs.score - rhs.score) > 1e-9 { return lhs.score > rhs.score }
        if lhs.gates != rhs.gates { return lhs.gates < rhs.gates }
        if (lhs.stance == asIs) != (rhs.stance == asIs) { return lhs.stance == asIs }
        return lhs.stance.tieBreakRank < rhs.stance.tieBreakRank
    }
}
