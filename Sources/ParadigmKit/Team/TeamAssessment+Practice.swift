extension TeamAssessment {
    /// The group's answers: for each question, the answer most respondents gave (ties to the
    /// earlier option; multiple choice takes every option at least half chose; a number takes
    /// the lowest value of its most common band), in questionnaire order, with follow-ups whose
    /// condition no longer holds dropped. Free text is left out.
    package var groupAnswers: Answers {
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: "<group>")
        for tally in tallies where tally.totalAnswered > 0 {
            let question = tally.question
            let counts = tally.optionCounts()
            guard let top = counts.indices.max(by: { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) })
            else { continue }
            let value: AnswerValue
            switch question.kind {
            case .text: continue
            case .multiple:
                let chosen = counts.indices.filter { 2 * counts[$0] >= tally.totalAnswered }.map {
                    question.options[$0].id
                }
                value = .choices(chosen.isEmpty ? [question.options[top].id] : chosen)
            case .number:
                value = .number(question.lowestValue(in: question.options[top]) ?? 0, band: question.options[top].id)
            case .single, .scale, .yesNo:
                value = .choice(question.options[top].id)
            }
            answers.set(Answer(questionID: question.id, value: value))
        }
        _ = answers.dropInapplicable(in: questionnaire)
        return answers
    }

    /// Whether respondents gave different answers to a question.
    package func respondentsDisagree(on questionID: String) -> Bool {
        guard let tally = tally(questionID) else { return false }
        return tally.optionCounts().filter { $0 > 0 }.count > 1
    }
}
