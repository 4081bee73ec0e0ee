extension BriefCommand {
    /// Applies `--set QUESTION=ANSWER` overrides to answers read from a file.
    ///
    /// Each answer text is validated by ``AnswerReader``, the rule answers files use; an empty
    /// answer (`--set QUESTION=`) clears the answer. Overrides apply in questionnaire order, and
    /// after each one the follow-up answers whose `when:` no longer holds are dropped. Every
    /// problem is a usage error (exit 64) that quotes the argument: a missing `=`, an unknown
    /// question (with a did-you-mean), the same question twice, an answer the question does not
    /// accept, or a question that does not apply given the other answers.
    static func applyOverrides(
        _ arguments: [String], to answers: inout Answers, questionnaire: Questionnaire
    ) throws(CommandError) -> [AnswerOverride] {
        var requested: [(question: Question, value: AnswerValue?, argument: String)] = []
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "=") else {
                throw .usage(
                    "The value '\(argument.shortened())' is invalid for '--set <question=answer>'; write QUESTION=ANSWER, e.g. "
                        + "--set primary_motion=field.",
                    command: spec.name)
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
                throw .usage("Unknown question '\(id)' in '\(shown)'.\(hint)", command: spec.name)
            }
            if requested.contains(where: { $0.question.id == id }) {
                throw .usage("'--set' gives '\(id)' more than once; give each question one answer.", command: spec.name)
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
                            let sentence = help.capitalisedFirst
                            return " " + (sentence.hasSuffix("?") || help.hasSuffix(".") ? sentence : sentence + ".")
                        } ?? ""
                    throw .usage("The value in '\(argument)' is invalid: \(message).\(help)", command: spec.name)
                }
            }
            requested.append((question, value, shown))
        }
        let order = Dictionary(
            questionnaire.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        requested.sort { (order[$0.question.id] ?? 0) < (order[$1.question.id] ?? 0) }
        var overrides: [AnswerOverride] = []
        for (question, value, shown) in requested {
            let original = answers[question.id]?.value
            if let value {
                guard answers.applies(question) else {
                    let condition = question.condition?.summary ?? "its condition holds"
                    throw .usage(
                        "'\(shown)' has no effect: '\(question.id)' only applies when \(condition); set that "
                            + "answer too.",
                        command: spec.name)
                }
                answers.set(Answer(questionID: question.id, value: value))
            } else {
                answers.remove(question.id)
            }
            let dropped = answers.dropInapplicable(in: questionnaire)
            overrides.append(
                AnswerOverride(questionID: question.id, original: original, value: value, dropped: dropped))
        }
        return overrides
    }
}
