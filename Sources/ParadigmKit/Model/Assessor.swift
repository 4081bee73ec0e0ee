/// Scores answers against a questionnaire: the transparent weighted model.
public enum Assessor {
    /// At least this many answered practice questions are needed to name an as-is paradigm.
    public static let minimumPracticeAnswers = 3

    /// The documented tie-break, in the order applied.
    public static let tieBreakRule = """
        When two paradigms have the same fit score, the one held back by fewer readiness gates \
        ranks higher; then the one the organisation already operates in; then the one that asks \
        less structural change, in the order siloed, subservient, assimilated, proportionate.
        """

    /// Scores a set of answers. Throws when no answered question carries a weight.
    public static func assess(_ answers: Answers, with questionnaire: Questionnaire) throws(Diagnostics) -> Assessment {
        try assess(answers, with: questionnaire) { _, _ in }
    }

    /// Scores a set of answers, handing `visit` each answer that counts (its question applies),
    /// unsure and text included, with its question's position: a team brief tallies them in the
    /// same pass instead of looking every answer up again.
    static func assess(
        _ answers: Answers, with questionnaire: Questionnaire, visit: (Int, AnswerValue) -> Void
    ) throws(Diagnostics) -> Assessment {
        let questions = questionnaire.questions
        var fitContributions: [Contribution] = []
        var todayContributions: [Contribution] = []
        fitContributions.reserveCapacity(questions.count)
        todayContributions.reserveCapacity(questions.count)
        answers.forEachCounting(in: questions) { index, value in
            visit(index, value)
            if let contribution = Contribution.counted(question: questions[index], answer: value, weights: .fit) {
                fitContributions.append(contribution)
            }
            if let contribution = Contribution.counted(question: questions[index], answer: value, weights: .today) {
                todayContributions.append(contribution)
            }
        }
        let fit = ScoreSet(contributions: fitContributions)
        guard fit.hasEvidence else {
            throw Diagnostics([Diagnostic(
                .error, "none of the answered questions says anything about fit, so there is nothing to recommend",
                file: answers.sourceName,
                help: "answer the questions about the company, its sales motion and its buyers (unsure answers count for nothing)")])
        }
        let today = ScoreSet(contributions: todayContributions)
        let fired = questionnaire.gates.filter { gate in gate.condition.holds(answers: { answers[$0]?.value }) }
        let (ranking, asIs) = rank(fit: fit.totals, today: today.totals, fired: fired)
        return Assessment(questionnaire: questionnaire, answers: answers, fit: fit, today: today,
                          firedGates: fired, ranking: ranking, asIs: asIs)
    }

    /// The model's last step: the as-is paradigm (when enough practice questions were answered)
    /// and the fit ranking with the tie-break, given the gates that fired.
    static func rank(fit: StanceTotals, today: StanceTotals, fired: [Gate]) -> (ranking: [Paradigm], asIs: Paradigm?) {
        let asIs = today.count >= minimumPracticeAnswers
            ? rank(today, gatesHolding: { _ in 0 }, asIs: nil).first : nil
        let ranking = rank(fit, gatesHolding: { paradigm in
            fired.filter { $0.caps.contains(fit.stance(for: paradigm)) }.count
        }, asIs: asIs)
        return (ranking, asIs)
    }

    /// The paradigms best first, with the tie-break rule.
    static func rank(_ scores: StanceTotals, gatesHolding: (Paradigm) -> Int, asIs: Paradigm?) -> [Paradigm] {
        // Each paradigm's score and gates worked out once, not at every comparison of the sort.
        Paradigm.allCases.map { ($0, scores.score(for: $0), gatesHolding($0)) }
            .sorted { ranksAbove($0, $1, asIs: asIs) }
            .map(\.0)
    }

    /// The ranking rule (``tieBreakRule``) as an order: whether `lhs` ranks above `rhs`, given
    /// each paradigm's fit score and the number of gates holding it back.
    static func ranksAbove(
        _ lhs: (paradigm: Paradigm, score: Double, gates: Int), _ rhs: (paradigm: Paradigm, score: Double, gates: Int),
        asIs: Paradigm?
    ) -> Bool {
        if abs(lhs.score - rhs.score) > 1e-9 { return lhs.score > rhs.score }
        if lhs.gates != rhs.gates { return lhs.gates < rhs.gates }
        if (lhs.paradigm == asIs) != (rhs.paradigm == asIs) { return lhs.paradigm == asIs }
        return lhs.paradigm < rhs.paradigm
    }
}
