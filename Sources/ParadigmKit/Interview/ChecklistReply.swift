/// A typed reply on the practice checklist: keys for the marked row and those after it
/// (`a`, `y p n`), or row numbers with keys (`1y 2p 3n 4?`), read all or nothing.
struct ChecklistReply: Equatable {
    /// The answers typed, by row (0-based), in the order typed.
    var values: [(row: Int, value: AnswerValue)] = []
    /// The row the marker moves to: the one after the last row answered.
    var next = 0
    /// Whether any row was picked by its number.
    var numbered = false

    static func == (lhs: ChecklistReply, rhs: ChecklistReply) -> Bool {
        lhs.values.map(\.row) == rhs.values.map(\.row) && lhs.values.map(\.value) == rhs.values.map(\.value)
            && lhs.next == rhs.next && lhs.numbered == rhs.numbered
    }

    /// The keys of a row's options, in the order shown: `a`, `b`, … through the states.
    static func letters(_ row: PracticeChecklist.Row) -> [(key: Character, option: String)] {
        let options = row.groups.flatMap(\.options)
        // A rating's points are their own keys (1 to 5).
        if row.isRating { return options.compactMap { option in option.first.map { ($0, option) } } }
        return zip("abcdefghijklm", options).map { ($0, $1) }
    }

    /// Reads `text` against the checklist, the marked row being `from`.
    static func read(
        _ text: String, _ checklist: PracticeChecklist, _ questionnaire: Questionnaire, from: Int
    ) -> Result<ChecklistReply, AnswerProblem> {
        var reply = ChecklistReply()
        var row = from
        let tokens = text.split { $0 == " " || $0 == "," }.map { String($0).lowercased() }
        for token in tokens {
            var digits = token.prefix { $0.isASCII && $0.isNumber }
            var key = String(token.dropFirst(digits.count))
            // A point alone rates the marked row (3); a row and a point are written 2:3.
            if key.isEmpty, row < checklist.rows.count, checklist.rows[row].isRating {
                key = String(digits)
                digits = ""
            }
            if !digits.isEmpty {
                guard let number = Int(digits), (1...checklist.rows.count).contains(number) else {
                    return .failure(
                        AnswerProblem(
                            message: "the checklist has no row \(digits)",
                            help: "its rows are 1 to \(checklist.rows.count); type a row's number and a key, such as 2y"
                        ))
                }
                row = number - 1
                reply.numbered = true
            }
            guard row < checklist.rows.count else {
                return .failure(
                    AnswerProblem(
                        message: "\"\(token)\" goes past the last row",
                        help: "type one key for each row from the marked one on, or row numbers: 1y 2p"))
            }
            if key.hasPrefix(":") || key.hasPrefix("=") { key.removeFirst() }
            if key.isEmpty {
                return .failure(
                    AnswerProblem(
                        message: "\(token) names row \(row + 1) but not its answer",
                        help:
                            "type the row's number and its key together, such as \(row + 1)\(checklist.rows[row].isRating ? ":4" : "a")"
                    ))
            }
            switch value(key, checklist.rows[row], row + 1, questionnaire) {
            case .failure(let problem): return .failure(problem)
            case .success(let value): reply.values.append((row, value))
            }
            row += 1
        }
        guard !reply.values.isEmpty else {
            return .failure(AnswerProblem(message: "nothing to read in \"\(text)\"", help: nil))
        }
        reply.next = row
        return .success(reply)
    }

    /// The answer one key gives a row.
    private static func value(
        _ key: String, _ row: PracticeChecklist.Row, _ number: Int, _ questionnaire: Questionnaire
    ) -> Result<AnswerValue, AnswerProblem> {
        let letters = Self.letters(row)
        let choices =
            "\(letters.first.map { String($0.key) } ?? "a")–\(letters.last.map { String($0.key) } ?? "a")"
        let help = "for row \(number), type a letter \(choices), or y, p, n where in place, partly or no is one answer"
        let unsureAllowed = questionnaire.question(row.questionID)?.unsureAllowed ?? false
        switch key {
        case "?", "u", "unsure":
            guard unsureAllowed else {
                return .failure(
                    AnswerProblem(
                        message: "row \(number) (\(row.element)) needs an answer; not sure is not allowed", help: help)
                )
            }
            return .success(.unsure)
        case "y", "p", "n":
            let state = PracticeChecklist.State.plan.first { String($0.key) == key } ?? .no
            let options = row.options(state)
            guard options.count == 1, let option = options.first else {
                let keys = letters.filter { options.contains($0.option) }.map { "\(number)\($0.key)" }
                return .failure(
                    AnswerProblem(
                        message: options.isEmpty
                            ? "row \(number) (\(row.element)) has no answer that counts as \(state.rawValue)"
                            : "row \(number) (\(row.element)) has \(options.count) answers that count as \(state.rawValue)",
                        help: options.isEmpty ? help : "type the one that fits: \(keys.joined(separator: " or "))"))
            }
            return .success(.choice(option))
        default:
            // A letter, or the option's id as an answers file holds it.
            if let option = letters.first(where: { String($0.key) == key || $0.option == key }) {
                return .success(.choice(option.option))
            }
            return .failure(AnswerProblem(message: "row \(number) has no answer \"\(key)\"", help: help))
        }
    }
}
