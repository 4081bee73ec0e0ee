/// One question's answer with its contributions worked out once, so that an analysis can score
/// many variants of an answer set without reading answers or options again. A class, so that
/// handing one to ``walk(_:answer:)`` copies a reference, not the sums.
final class ScoredAnswer: Sendable {
    /// The options chosen; `nil` for unsure.
    let optionIDs: [String]?
    /// What it adds to the fit sums, as ``Assessor`` counts it (nothing when it does not count).
    let fit: StanceTotals
    /// What it adds to the as-is sums.
    let today: StanceTotals

    init(question: Question, value: AnswerValue) {
        optionIDs = value.optionIDs
        fit = Self.sums(question, value, .fit)
        today = Self.sums(question, value, .today)
    }

    private static func sums(_ question: Question, _ value: AnswerValue, _ weights: WeightSet) -> StanceTotals {
        var sums = StanceTotals()
        if let term = Contribution.counted(question: question, answer: value, weights: weights) { sums.add(term) }
        return sums
    }

    /// The model's pass over answers (`answer(i)` is question *i*'s, `nil` when unanswered): in
    /// questionnaire order, an answer whose `when:` does not hold given the answers kept so far is
    /// dropped, as ``Answers/dropInapplicable(in:)`` drops it (a `when:` names only earlier
    /// questions, so one pass decides), and the kept answers are added up as
    /// ``Assessor/assess(_:with:)`` adds them.
    static func walk(_ questionnaire: Questionnaire, answer: (Int) -> ScoredAnswer?) -> Walk {
        let questions = questionnaire.questions
        var walk = Walk(questionnaire: questionnaire)
        for index in questions.indices {
            guard let scored = answer(index) else { continue }
            if let condition = questions[index].condition, !condition.holds({ walk.chosen($0) }) {
                walk.dropped.append(questions[index].id)
                continue
            }
            walk.kept[index] = scored.optionIDs
            walk.fit.add(scored.fit)
            walk.today.add(scored.today)
        }
        return walk
    }

    /// What a pass over answers keeps.
    struct Walk {
        let questionnaire: Questionnaire
        /// The options of each kept answer, by question position (`nil` when dropped, unsure or
        /// unanswered).
        var kept: [[String]?]
        /// The answered questions whose `when:` does not hold, in order.
        var dropped: [String] = []
        /// The kept answers' fit sums.
        var fit = StanceTotals()
        /// The kept answers' as-is sums.
        var today = StanceTotals()

        init(questionnaire: Questionnaire) {
            self.questionnaire = questionnaire
            kept = Array(repeating: nil, count: questionnaire.questions.count)
        }

        /// The options a kept answer chose, for conditions and gates.
        func chosen(_ questionID: String) -> [String]? {
            questionnaire.position(of: questionID).flatMap { kept[$0] }
        }
    }
}
