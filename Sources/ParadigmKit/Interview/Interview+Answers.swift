/// A value for one step: a respondent field's text or role id, or a question's answer.
package enum StepValue: Equatable, Sendable {
    /// The name or the organisation.
    case text(String)
    /// A role id.
    case role(String)
    /// A question's validated answer.
    case answer(AnswerValue)
}

extension Interview {
    /// The value a step holds now.
    package func value(of step: InterviewStep) -> StepValue? {
        switch step {
        case .name: answers.respondent.name.map(StepValue.text)
        case .role: answers.respondent.role.map(StepValue.role)
        case .organisation: answers.respondent.organisation.map(StepValue.text)
        case .question(let id): answers[id].map { .answer($0.value) }
        }
    }

    /// Reads a typed reply for a step.
    func read(_ text: String, for step: InterviewStep) -> Result<StepValue, AnswerProblem> {
        switch step {
        case .name, .organisation:
            return .success(.text(text))
        case .role:
            return InterviewPrompt.role(text, among: questionnaire.roles).map(StepValue.role)
        case .question(let id):
            guard let question = questionnaire.question(id) else {
                return .failure(AnswerProblem(message: "unknown question `\(id)`", help: nil))
            }
            return InterviewPrompt.answer(text, for: question).map(StepValue.answer)
        }
    }

    /// Sets (or with `nil` removes) a step's value. Answers whose questions stop applying are
    /// removed and remembered; questions that start to apply are announced, and after an edit
    /// from the review, queued to be asked.
    mutating func set(_ step: InterviewStep, _ value: StepValue?) -> InterviewResponse {
        var response = InterviewResponse()
        guard self.value(of: step) != value else { return response }
        response.changed = true
        let before = Set(applicableQuestions.map(\.id))
        switch (step, value) {
        case (.name, .text(let text)?): answers.respondent.name = text
        case (.name, _): answers.respondent.name = nil
        case (.role, .role(let id)?): answers.respondent.role = id
        case (.role, _): answers.respondent.role = nil
        case (.organisation, .text(let text)?): answers.respondent.organisation = text
        case (.organisation, _): answers.respondent.organisation = nil
        case (.question(let id), .answer(let answer)?):
            answers.set(Answer(questionID: id, value: answer))
            remembered[id] = nil
        case (.question(let id), _):
            answers.remove(id)
        }
        let previous = answers
        let dropped = answers.dropInapplicable(in: questionnaire)
        for id in dropped {
            if let old = previous[id]?.value { remembered[id] = old }
        }
        let appearing = applicableQuestions.map(\.id).filter { !before.contains($0) }
        if !dropped.isEmpty { response.notices.append(.dropped(dropped)) }
        // A new role changes which questions are asked at all, not one question's condition.
        if !appearing.isEmpty && step != .role { response.notices.append(.appeared(appearing)) }
        if editingFromReview {
            // Asked now only if they come before the step the review was opened from; later
            // ones are reached in order anyway.
            let limit = reviewOrigin.map(index(of:)) ?? order.count
            appeared = (appeared + appearing)
                .filter { answers[$0] == nil && applies(.question($0)) && index(of: .question($0)) < limit }
            appeared = order.compactMap { step in
                guard case .question(let id) = step, appeared.contains(id) else { return nil }
                return id
            }
        }
        return response
    }

    /// The problem for Enter alone where an answer is needed.
    func nothingTyped(_ step: InterviewStep) -> AnswerProblem {
        switch step {
        case .name:
            return AnswerProblem(message: "nothing typed", help: nil)
        case .role:
            return AnswerProblem(
                message: "nothing typed; type the number of your role",
                help: "or type `skip` to leave your role out")
        case .organisation:
            return AnswerProblem(
                message: "nothing typed; type the name of the organisation these answers describe",
                help: "or type `skip` to leave it out; the brief then says \"Not named\"")
        case .question(let id):
            guard let question = questionnaire.question(id) else {
                return AnswerProblem(message: "nothing typed", help: nil)
            }
            return AnswerProblem(
                message: "nothing typed; `\(id)` expects \(AnswerReader.expected(question))",
                help: canSkip(step)
                    ? "type `skip` to leave it unanswered" : "this question needs an answer; choose the closest one")
        }
    }

    /// The problem for `skip` where a question needs an answer.
    func cannotSkip(_ step: InterviewStep) -> AnswerProblem {
        guard case .question(let id) = step, let question = questionnaire.question(id) else {
            return AnswerProblem(message: "this step cannot be skipped", help: nil)
        }
        return AnswerProblem(
            message: "`\(id)` needs an answer, so it cannot be skipped",
            help: question.kind == .text
                ? "type a line of text" : "choose the closest: \(AnswerReader.expected(question))")
    }
}
