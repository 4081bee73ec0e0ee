/// A command the respondent can type at any prompt.
package enum InterviewCommandWord: String, Sendable, CaseIterable {
    /// `?` or `help`: explain the question.
    case help
    /// `back`: the previous question.
    case back
    /// `skip`: leave the question unanswered, where it allows that.
    case skip
    /// `review`: list the answers so far, to change one.
    case review
    /// `quit` or `exit`: save and leave.
    case quit
    /// `finish`: once the recommendation is settled, go to the final review without the
    /// questions the brief would still use; the brief then says what they leave open.
    case finish
}

/// What one typed line is, before the question on screen gives it meaning.
package enum InterviewInput: Equatable, Sendable {
    /// One of the command words.
    case command(InterviewCommandWord)
    /// Only Enter (or spaces).
    case empty
    /// Anything else, trimmed and without control characters.
    case text(String)
}

/// Reads the respondent's typed replies: command words, numbers standing for the options on
/// screen, and otherwise exactly what an answers file accepts (through ``AnswerReader``).
package enum InterviewPrompt {
    /// The words (lower-cased) that are commands; they win over an option with the same id.
    static let words: [String: InterviewCommandWord] = [
        "?": .help, "help": .help, "back": .back, "skip": .skip, "review": .review, "quit": .quit, "exit": .quit,
        "finish": .finish,
    ]

    /// Classifies a typed line.
    package static func parse(_ line: String) -> InterviewInput {
        let text = clean(line)
        if text.isEmpty { return .empty }
        if let word = words[text.lowercased()] { return .command(word) }
        return .text(text)
    }

    /// The line without terminal escape sequences (arrow keys typed in a plain terminal), other
    /// control characters and surrounding whitespace.
    package static func clean(_ line: String) -> String {
        var scalars = String.UnicodeScalarView()
        var iterator = line.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                // ESC [ parameters final-letter, or ESC and one character.
                guard let next = iterator.next() else { break }
                if next == "[" || next == "O" {
                    while let part = iterator.next(), !("@"..."~").contains(part) {}
                }
                continue
            }
            if scalar == "\t" {
                scalars.append(" ")
            } else if scalar.value >= 0x20, scalar.value != 0x7F, !(0x80...0x9F).contains(scalar.value) {
                scalars.append(scalar)
            }
        }
        return String(scalars).trimmingWhitespace()
    }

    /// Reads a typed answer to a question. A whole number picks the option with that number on
    /// screen (`1,3,4` for several), unless the text is an option id itself; everything else
    /// goes to ``AnswerReader`` unchanged, so the interview accepts what an answers file accepts.
    package static func answer(_ text: String, for question: Question) -> Result<AnswerValue, AnswerProblem> {
        let result: Result<AnswerValue, AnswerProblem>
        switch question.kind {
        case .single, .yesNo:
            result = option(text, of: question).flatMap { AnswerReader.read($0, for: question) }
        case .multiple:
            let parts = text.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            if parts.count == 1, AnswerReader.isUnsure(parts[0]) {
                result = AnswerReader.read(parts[0], for: question)
                break
            }
            var ids: [String] = []
            for part in parts {
                switch option(part, of: question) {
                case .success(let id): ids.append(id)
                case .failure(let problem): return .failure(problem)
                }
            }
            result = AnswerReader.read(ids, for: question)
        case .scale, .number, .text:
            result = AnswerReader.read(text, for: question)
        }
        // The reader's message is the answers file's; on screen, the options have numbers.
        return result.mapError { problem in
            guard problem.help == nil else { return problem }
            switch question.kind {
            case .single, .yesNo, .multiple, .scale: break
            case .number, .text: return problem
            }
            return AnswerProblem(
                message: problem.message,
                help: "type the number in front of the answer that fits best (1 to \(question.options.count))")
        }
    }

    /// The option id a number on screen stands for, an id typed in another case, or the text
    /// unchanged for the reader.
    private static func option(_ text: String, of question: Question) -> Result<String, AnswerProblem> {
        if question.option(text) != nil { return .success(text) }
        if let id = question.options.first(where: { $0.id.lowercased() == text.lowercased() })?.id {
            return .success(id)
        }
        guard !text.isEmpty, text.allSatisfy(\.isASCIIDigit) else { return .success(text) }
        guard let number = Int(text), number >= 1, number <= question.options.count else {
            return .failure(
                AnswerProblem(
                    message: "`\(question.id)` has options 1 to \(question.options.count); found \(text)",
                    help: "type the number in front of the answer that fits best"))
        }
        return .success(question.options[number - 1].id)
    }

    /// Reads a typed role: its number on screen, its id or its label (in any case).
    package static func role(_ text: String, among roles: [Role]) -> Result<String, AnswerProblem> {
        let lowered = text.lowercased()
        if let role = roles.first(where: { $0.id.lowercased() == lowered || $0.label.lowercased() == lowered }) {
            return .success(role.id)
        }
        if text.allSatisfy(\.isASCIIDigit), let number = Int(text), number >= 1, number <= roles.count {
            return .success(roles[number - 1].id)
        }
        let suggestion = Suggestion.closest(to: lowered, among: roles.map(\.id)).map { "did you mean `\($0)`? " } ?? ""
        return .failure(
            AnswerProblem(
                message: "there is no role \"\(text)\"",
                help: "\(suggestion)type the number in front of your role (1 to \(roles.count))"))
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
