/// Why a what-if override (`QUESTION=ANSWER`) cannot be applied, in words that quote it.
package struct OverrideError: Error, Sendable, Equatable {
    /// The message, a sentence or two naming the override.
    package let message: String
}

extension Answers {
    /// Applies what-if overrides (`QUESTION=ANSWER`, as `paradigm brief --set` takes them) to
    /// answers read from a file, and returns what each changed.
    ///
    /// Each answer text is validated by ``AnswerReader``, the rule answers files use; an empty
    /// answer (`QUESTION=`) clears the answer. Overrides apply in questionnaire order, and after
    /// each one the follow-up answers whose `when:` no longer holds are dropped. Every problem is
    /// an ``OverrideError`` that quotes the override: a missing `=`, an unknown question (with a
    /// did-you-mean), the same question twice, an answer the question does not accept, or a
    /// question that does not apply given the other answers.
    package mutating func apply(
        overrides arguments: [String], questionnaire: Questionnaire
    ) throws(OverrideError) -> [AnswerOverride] {
        var requested: [(question: Question, value: AnswerValue?, argument: String)] = []
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "=") else {
                throw OverrideError(
                    message: "The value '\(argument.shortened())' is invalid for '--set <question=answer>'; write "
                        + "QUESTION=ANSWER, e.g. --set primary_motion=field.")
            }
            let id = String(argument[..<equals]).trimmingWhitespace()
            let text = String(argument[argument.index(after: equals)...])
            // A long value is echoed shortened, and once: the reader's message quotes it too.
            let shown = "--set \(id)=\(text.shortened())"
            guard let question = questionnaire.question(id) else {
                let hint =
                    Suggestion.closest(to: id, among: questionnaire.questions.map(\.id)).map {
                        " Did you mean '\($0)'?"
                    }
                    ?? " 'paradigm questions' lists every question id."
                throw OverrideError(message: "Unknown question '\(id)' in '\(shown)'.\(hint)")
            }
            if requested.contains(where: { $0.question.id == id }) {
                throw OverrideError(message: "'--set' gives '\(id)' more than once; give each question one answer.")
            }
            var value: AnswerValue?
            if !text.trimmingWhitespace().isEmpty {
                switch AnswerReader.read(text, for: question) {
                case .success(let read): value = read
                case .failure(let problem):
                    let given = text.trimmingWhitespace()
                    let long = given.count > 40
                    let message =
                        long
                        ? problem.message.replacingOccurrences(of: given, with: given.shortened()) : problem.message
                    let argument = long ? "--set \(id)=…" : shown
                    let help =
                        problem.help.map { help in
                            let sentence = help.prefix(1).uppercased() + help.dropFirst()
                            return " " + (sentence.hasSuffix("?") || help.hasSuffix(".") ? sentence : sentence + ".")
                        } ?? ""
                    throw OverrideError(message: "The value in '\(argument)' is invalid: \(message).\(help)")
                }
            }
            requested.append((question, value, shown))
        }
        let order = Dictionary(
            questionnaire.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        requested.sort { (order[$0.question.id] ?? 0) < (order[$1.question.id] ?? 0) }
        var overrides: [AnswerOverride] = []
        for (question, value, shown) in requested {
            let original = self[question.id]?.value
            if let value {
                guard applies(question) else {
                    let condition = question.condition?.summary ?? "its condition holds"
                    throw OverrideError(
                        message: "'\(shown)' has no effect: '\(question.id)' only applies when \(condition); set "
                            + "that answer too.")
                }
                set(Answer(questionID: question.id, value: value))
            } else {
                remove(question.id)
            }
            let dropped = dropInapplicable(in: questionnaire)
            overrides.append(
                AnswerOverride(questionID: question.id, original: original, value: value, dropped: dropped))
        }
        return overrides
    }
}
