extension Interview {
    /// Applies one typed line to the screen shown and says what happened.
    package mutating func respond(_ line: String) -> InterviewResponse {
        noteShownTotal()
        switch screen {
        case .asking(let step): return respond(InterviewPrompt.parse(line), at: step)
        case .review(let final): return respondToReview(InterviewPrompt.parse(line), final: final)
        case .finished, .quit: return InterviewResponse()
        }
    }

    private mutating func respond(_ input: InterviewInput, at step: InterviewStep) -> InterviewResponse {
        if case .question(let id) = step, let checklist = checklist(at: id) {
            if let response = respondToChecklist(input, checklist) { return response }
        }
        switch input {
        case .command(.help):
            return InterviewResponse(notices: [.help])
        case .command(.quit):
            screen = .quit
            return InterviewResponse(moved: true)
        case .command(.finish):
            return finish()
        case .command(.review):
            reviewPage = 0
            changedFromReview = nil
            if !editingFromReview {
                reviewOrigin = step
                screen = .review(final: false)
            } else {
                screen = .review(final: reviewOrigin == nil)
            }
            editingFromReview = false
            appeared = []
            return InterviewResponse(moved: true)
        case .command(.back):
            if editingFromReview {
                editingFromReview = false
                appeared = []
                screen = .review(final: reviewOrigin == nil)
                return InterviewResponse(moved: true)
            }
            guard let previous = self.step(before: step) else { return InterviewResponse(notices: [.firstStep]) }
            screen = .asking(previous)
            return InterviewResponse(moved: true)
        case .command(.skip):
            guard canSkip(step) else { return InterviewResponse(notices: [.problem(cannotSkip(step))]) }
            let had = value(of: step) != nil
            var response = set(step, nil)
            if had { response.notices.insert(.cleared, at: 0) }
            if case .question(let id) = step { remembered[id] = nil }
            advance(from: step, &response)
            return response
        case .empty:
            return enter(at: step)
        case .text(let text):
            switch read(text, for: step) {
            case .failure(let problem):
                return InterviewResponse(notices: [.problem(problem)])
            case .success(let value):
                var response = set(step, value)
                // A duration or a range is read as one number: say which.
                if case .question(let id) = step, case .answer(.number(let number, _)) = value,
                    AnswerReader.number(text.trimmingWhitespace()) == nil,
                    !AnswerReader.isPlainWithUnit(text.trimmingWhitespace(), questionnaire.question(id))
                {
                    response.notices.append(.readAs(id, number, text.trimmingWhitespace()))
                }
                advance(from: step, &response)
                return response
            }
        }
    }

    /// `finish`: with the recommendation settled, the final review now, without the questions
    /// the brief would still use; otherwise a notice of why not.
    private mutating func finish() -> InterviewResponse {
        guard let stage else {
            let message =
                adaptive
                ? "finish is for an interview about the organisation; your few questions are the ones the team brief needs"
                : "finish is for the adaptive interview, which asks the most decisive questions first; with --all, every "
                    + "question is asked in order"
            return InterviewResponse(notices: [
                .problem(
                    AnswerProblem(
                        message: message, help: "quit saves your answers and stops; go on later with --resume"))
            ])
        }
        guard stage == .settled else {
            var count = 0
            if case .open(let open) = stage { count = open }
            return InterviewResponse(notices: [
                .problem(
                    AnswerProblem(
                        message:
                            "the recommendation is not settled yet: \(count) open question\(count == 1 ? "" : "s") could "
                            + "still change it",
                        help: "answer on until it is settled, or type quit to save and stop; go on later with --resume")
                )
            ])
        }
        if editingFromReview {
            editingFromReview = false
            appeared = []
        }
        finishesEarly = true
        reviewOrigin = nil
        furthest = order.count - 1
        reviewPage = 0
        changedFromReview = nil
        screen = .review(final: true)
        return InterviewResponse(moved: true)
    }

    /// Enter alone: keeps the default, leaves an optional step blank, or asks for an answer.
    private mutating func enter(at step: InterviewStep) -> InterviewResponse {
        var response = InterviewResponse()
        switch step {
        case .name:
            break
        case .role, .organisation:
            guard value(of: step) != nil else { return InterviewResponse(notices: [.problem(nothingTyped(step))]) }
        case .question(let id):
            if answers[id] == nil, let earlier = remembered[id] {
                response = set(step, .answer(earlier))
            } else if answers[id] == nil {
                guard let question = questionnaire.question(id), question.kind == .text, question.optional else {
                    return InterviewResponse(notices: [.problem(nothingTyped(step))])
                }
            }
        }
        advance(from: step, &response)
        return response
    }

    private mutating func respondToReview(_ input: InterviewInput, final: Bool) -> InterviewResponse {
        let items = reviewItems
        changedFromReview = nil
        switch input {
        case .command(.help):
            return InterviewResponse(notices: [.help])
        case .command(.quit):
            screen = .quit
            return InterviewResponse(moved: true)
        case .command(.review), .command(.finish):
            reviewPage = 0
            return InterviewResponse(moved: true)
        case .command(.skip):
            return InterviewResponse(notices: [
                .problem(
                    AnswerProblem(
                        message: "there is no question to skip on the review",
                        help: "type a question's number to change its answer, or press Enter to go on"))
            ])
        case .command(.back) where final:
            guard let last = applicableSteps.last else { return InterviewResponse(notices: [.firstStep]) }
            screen = .asking(last)
            return InterviewResponse(moved: true)
        case .empty where reviewPage + 1 < reviewPages.count:
            // Enter on a page of a long review shows the next page.
            reviewPage += 1
            return InterviewResponse(moved: true)
        case .empty, .command(.back):
            if final {
                screen = .finished
            } else {
                returnFromReview()
            }
            return InterviewResponse(moved: true)
        case .text(let text) where final && notAsked > 0 && ["more", "all", "go on"].contains(text.lowercased()):
            // Goes on with the questions the brief did not need, in questionnaire order.
            goOn()
            guard
                let next = applicableSteps.first(where: { step in
                    if case .question(let id) = step { return answers[id] == nil && !asked.contains(id) }
                    return false
                })
            else { return InterviewResponse(moved: true) }
            screen = .asking(next)
            furthest = max(furthest, index(of: next))
            return InterviewResponse(moved: true)
        case .text(let text):
            guard let step = reviewTarget(text) else {
                let numbers = items.compactMap { step -> Int? in
                    guard case .question(let id) = step else { return nil }
                    return progress(id)?.number
                }
                let range =
                    numbers.isEmpty
                    ? "" : numbers.count == 1 ? "\(numbers[0]), " : "\(numbers[0]) to \(numbers[numbers.count - 1]), "
                return InterviewResponse(notices: [
                    .problem(
                        AnswerProblem(
                            message: "the review has no answer \"\(text)\"",
                            help:
                                "type \(range)name, role or organisation to change that answer, or press Enter to go on"
                        ))
                ])
            }
            screen = .asking(step)
            editingFromReview = true
            appeared = []
            return InterviewResponse(moved: true)
        }
    }

    /// The step a reply on the review names: a question by the number the review shows beside
    /// it (the `[n/N]` it was asked with), or `name`, `role` or `organisation`. Only steps the
    /// review lists can be named.
    package func reviewTarget(_ text: String) -> InterviewStep? {
        let word = text.lowercased()
        let items = reviewItems
        switch word {
        case "name": return .name
        case "role": return applies(.role) ? .role : nil
        case "organisation", "organization": return .organisation
        default:
            guard word.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(word), number >= 1 else {
                return nil
            }
            let questions = numberedSteps
            guard number <= questions.count, let first = questions[number - 1].first else { return nil }
            let step = InterviewStep.question(first.id)
            return items.contains(step) ? step : nil
        }
    }

    /// Goes on from a mid-interview review with the step it was opened from, or, if an edit
    /// made that step stop applying, with the next one that applies.
    private mutating func returnFromReview() {
        let origin = reviewOrigin ?? .name
        reviewOrigin = nil
        if applies(origin) {
            screen = .asking(origin)
        } else if let next = step(after: origin) {
            screen = .asking(next)
        } else {
            screen = .review(final: true)
        }
    }

    /// Moves on after a step was answered or skipped.
    mutating func advance(from step: InterviewStep, _ response: inout InterviewResponse) {
        response.moved = true
        if adaptive, case .question(let id) = step, !asked.contains(id) { asked.append(id) }
        if editingFromReview {
            if let next = appeared.first {
                appeared.removeFirst()
                screen = .asking(.question(next))
            } else {
                editingFromReview = false
                changedFromReview = step
                screen = .review(final: reviewOrigin == nil)
            }
            return
        }
        if let next = self.step(after: step) {
            screen = .asking(next)
            furthest = max(furthest, index(of: next))
        } else {
            reviewOrigin = nil
            furthest = order.count - 1
            reviewPage = 0
            screen = .review(final: true)
        }
    }
}
