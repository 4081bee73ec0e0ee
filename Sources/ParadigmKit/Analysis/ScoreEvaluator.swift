/// Scores mixtures of two answer sets quickly: each question takes its answer from `before` or,
/// when switched, from `after`. Conditions are re-evaluated in questionnaire order and each
/// answer's contribution is computed once, so a comparison can score thousands of mixtures.
/// The result equals ``Assessor/assess(_:with:)`` on the mixed answers (fit then as-is scores
/// of the four paradigms; 50 each when no answer carries weight).
struct ScoreEvaluator {
    private let questions: [Question]
    private let sides: [[AnswerValue?]]
    private let fit: [[Contribution?]]
    private let today: [[Contribution?]]

    init(questionnaire: Questionnaire, before: Answers, after: Answers) {
        questions = questionnaire.questions
        sides = [before, after].map { answers in questionnaire.questions.map { answers[$0.id]?.value } }
        fit = sides.map { values in
            zip(questionnaire.questions, values).map { question, value in
                guard question.informs.countsForFit, let ids = value?.optionIDs,
                      let contribution = Contribution(question: question, optionIDs: ids, weights: \.weights),
                      contribution.isInformative else { return nil }
                return contribution
            }
        }
        today = sides.map { values in
            zip(questionnaire.questions, values).map { question, value in
                guard question.informs.countsForToday, let ids = value?.optionIDs,
                      let contribution = Contribution(question: question, optionIDs: ids, weights: \.today),
                      contribution.isInformative else { return nil }
                return contribution
            }
        }
    }

    /// Fit then as-is scores of the four paradigms for a mixture (`switched[i]` takes question
    /// *i*'s answer from `after`).
    func scores(_ switched: [Bool]) -> [Double] {
        var chosen: [String: [String]] = [:]
        var fitTerms: [Contribution] = []
        var todayTerms: [Contribution] = []
        for (index, question) in questions.enumerated() {
            let side = switched[index] ? 1 : 0
            if let condition = question.condition, !condition.holds({ chosen[$0] }) { continue }
            if let ids = sides[side][index]?.optionIDs { chosen[question.id] = ids }
            if let term = fit[side][index] { fitTerms.append(term) }
            if let term = today[side][index] { todayTerms.append(term) }
        }
        let fitScores = ScoreSet(contributions: fitTerms)
        guard fitScores.hasEvidence else { return [Double](repeating: 50, count: 8) }
        let todayScores = ScoreSet(contributions: todayTerms)
        return Paradigm.allCases.map { fitScores.score(for: $0) } + Paradigm.allCases.map { todayScores.score(for: $0) }
    }
}
