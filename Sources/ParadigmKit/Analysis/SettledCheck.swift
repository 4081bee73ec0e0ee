/// Whether a recommendation is settled before every question is answered: proven, by the exact
/// score ranges, to hold whatever the questions not yet answered would be; and which open
/// question could move the ranking most, to ask next.
package struct SettledCheck: Sendable {
    /// The fit questions that could still be answered: not answered yet, not ruled out by a
    /// condition whose questions are all answered, and with a fit weight on some option. An
    /// unsure answer is final for this interview (the respondent does not know): what settling
    /// it could change is the confidence statement's to say, not this check's.
    package let open: [Question]
    /// Each stance's range over every answer to the open questions.
    package let spans: [UnsureRange.Span]
    /// Whether the recommendation holds whatever the open questions' answers: its lowest score
    /// is above every other stance's highest.
    package let isSettled: Bool
    /// The open questions that could still change the recommendation, most decisive first.
    package let stillMatter: [Question]

    /// Checks an assessment of the answers so far.
    package init(_ assessment: Assessment) {
        let answers = assessment.answers
        let open = assessment.questionnaire.questions.filter { question in
            guard question.informs.countsForFit, question.kind != .text, !question.options.isEmpty else { return false }
            // A question no option of which weighs on fit (the perception block) scores nothing.
            let weighs = question.options.contains { option in
                Stance.allCases.contains { option.weights(.fit)[$0] != 0 }
            }
            guard weighs else { return false }
            if answers[question.id] != nil { return false }
            return Self.mayApply(question, answers)
        }
        let spans = UnsureRange.ranges(assessment, open: open)
        let r = assessment.recommendation.position
        // A candidate the answers rule out cannot overtake it, whatever the open questions say
        // (the questions that rule it out are answered).
        let excluded = Set(assessment.ruledOut.map(\.stance.position))
        let settled = spans.indices.allSatisfy {
            $0 == r || excluded.contains($0) || spans[$0].highest < spans[r].lowest - 1e-9
        }
        (self.open, self.spans, isSettled) = (open, spans, settled)
        stillMatter = settled ? [] : open.sorted { Self.swing($0) > Self.swing($1) }
    }

    /// Whether a question could apply once the open questions are answered: its condition
    /// holds, or reads a question not yet answered.
    static func mayApply(_ question: Question, _ answers: Answers) -> Bool {
        guard let condition = question.condition else { return true }
        return condition.clauses.allSatisfy { clause in
            guard let answer = answers[clause.questionID], answer.value != .unsure else { return true }
            return answer.value.choosesAny(of: clause.optionIDs)
        }
    }

    /// The questions, the one whose answers can move the fit (or as-is) scores most first;
    /// questions that swing as far keep their order.
    static func mostDecisiveFirst(_ questions: [Question], _ set: WeightSet = .fit) -> [Question] {
        questions.enumerated().sorted { lhs, rhs in
            let (a, b) = (swing(lhs.element, set), swing(rhs.element, set))
            return a != b ? a > b : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// How far one question's answers can move the fit (or as-is) scores: its importance times
    /// the widest spread of its weights over the stances.
    static func swing(_ question: Question, _ set: WeightSet = .fit) -> Double {
        let spread =
            Stance.allCases.map { stance in
                let weights = question.options.map { $0.weights(set)[stance] }
                return (weights.max() ?? 0) - (weights.min() ?? 0)
            }.max() ?? 0
        return question.weight * spread
    }
}
