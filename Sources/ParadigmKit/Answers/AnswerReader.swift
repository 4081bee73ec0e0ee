import Foundation

/// Why a text is not a valid answer to a question.
package struct AnswerProblem: Error, Sendable, Equatable {
    /// What is wrong, saying what the question expects and what was found.
    package let message: String
    /// A fix, when one is clear.
    package let help: String?
}

/// Turns answer text into a validated ``AnswerValue``: the one rule every way in (answers
/// files, `--set`, the interview, survey import) uses, so that they accept exactly the same.
package enum AnswerReader {
    /// The words that mean "I am not sure".
    package static let unsureWords: Set<String> = ["unsure", "not sure", "don't know", "dont know"]

    /// Whether an answer, as written (trim it first), is one of ``unsureWords`` in any case:
    /// exactly `unsureWords.contains(text.lowercased())`, without lowering most texts.
    static func isUnsure(_ text: String) -> Bool {
        // Lowering makes a new string: first rule out, from its bytes, a text that cannot lower
        // to an unsure word. Each starts with an ASCII letter that no other character lowers to,
        // and a character that lowers to ASCII takes at most three bytes (the Kelvin sign).
        guard let first = text.utf8.first, unsureFirstBytes.contains(first | 0x20),
            unsureByteCounts.contains(text.utf8.count)
        else { return false }
        return unsureWords.contains(text.lowercased())
    }

    /// The first letters of ``unsureWords``, lower case (`| 0x20` lowers an ASCII letter).
    private static let unsureFirstBytes = Array(Set(unsureWords.compactMap(\.utf8.first)))
    /// How many bytes a text that lowers to an unsure word may have.
    private static let unsureByteCounts =
        (unsureWords.map(\.utf8.count).min() ?? 0)...(3 * (unsureWords.map(\.utf8.count).max() ?? 0))

    /// Reads one text answer. For multiple choice, ids may be separated by commas.
    package static func read(_ text: String, for question: Question) -> Result<AnswerValue, AnswerProblem> {
        let trimmed = text.trimmingWhitespace()
        if isUnsure(trimmed) {
            guard question.unsureAllowed else {
                return .failure(
                    AnswerProblem(message: "`\(question.id)` does not accept `unsure`", help: expected(question)))
            }
            return .success(.unsure)
        }
        switch question.kind {
        case .text:
            return .success(.text(text))
        case .multiple:
            let parts = trimmed.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            return read(parts, for: question)
        case .number(let low, let high, let unit):
            let range =
                "`\(question.id)` expects a number from \(low.readable) to \(high.readable)\(unit.map { " \($0)" } ?? "")"
            let reading = number(trimmed, unit: unit)
            if case .ambiguous(let readings) = reading {
                return .failure(
                    AnswerProblem(
                        message: range + "; \"\(trimmed)\" could be "
                            + readings.map(\.readable).joined(separator: " or "),
                        help:
                            "write \(readings.map(\.plain).joined(separator: " or ")): here a comma groups thousands "
                            + "in threes (12,000) and a dot marks decimals (2.5)"))
            }
            guard let value = reading.value else {
                return .failure(
                    AnswerProblem(
                        message: range + "; found \"\(trimmed)\"",
                        help: "write digits, e.g. \(examples(low: low, high: high, unit: unit))\(unitNote(unit))"))
            }
            guard value >= low, value <= high else {
                return .failure(
                    AnswerProblem(
                        message:
                            "`\(question.id)` expects a number from \(low.readable) to "
                            + "\(high.readable)\(unit.map { " \($0)" } ?? ""); found \(value.readable)",
                        help: nil))
            }
            guard let band = question.band(for: value) else {
                return .failure(AnswerProblem(message: "`\(question.id)` has no band for \(value.plain)", help: nil))
            }
            return .success(.number(value, band: band.id))
        case .single, .scale, .yesNo:
            return choice(trimmed, for: question).map { .choice($0) }
        }
    }

    /// Reads a list answer (multiple choice written as a list).
    package static func read(_ items: [String], for question: Question) -> Result<AnswerValue, AnswerProblem> {
        guard question.kind == .multiple else {
            let example = question.options.first.map { "`\(question.id): \($0.id)`" } ?? "`\(question.id): …`"
            return .failure(
                AnswerProblem(
                    message: "`\(question.id)` takes one answer, not a list",
                    help: "write one option after the colon, e.g. \(example)"))
        }
        if items.count == 1, isUnsure(items[0]) { return read(items[0], for: question) }
        guard !items.isEmpty else {
            return .failure(
                AnswerProblem(message: "`\(question.id)` needs at least one option", help: expected(question)))
        }
        // Chosen options by position, so that the answer lists them in the questionnaire's order.
        let options = question.options
        var chosen = [Bool](repeating: false, count: options.count)
        for item in items {
            switch choice(item, for: question) {
            case .success(let id): if let index = question.optionIndex(id) { chosen[index] = true }
            case .failure(let problem): return .failure(problem)
            }
        }
        var ids: [String] = []
        ids.reserveCapacity(items.count)
        for index in options.indices where chosen[index] { ids.append(options[index].id) }
        return .success(.choices(ids))
    }

    /// A list answer (`- item` lines) that reads without a problem: the whole list reads, and
    /// each item that is `unsure` reads on its own too (as the only item it would mean "not
    /// sure"); `nil` otherwise, when the reader of the file says, item by item, what is wrong.
    static func cleanList(_ items: [String], for question: Question) -> AnswerValue? {
        guard case .success(let value) = read(items, for: question) else { return nil }
        for item in items where isUnsure(item) {
            guard case .success = read([item], for: question) else { return nil }
        }
        return value
    }

    /// What the question accepts, in one line.
    package static func expected(_ question: Question) -> String {
        let unsure = question.unsureAllowed ? ", or unsure" : ""
        switch question.kind {
        case .text: return "any text"
        case .number(let low, let high, _): return "a number from \(low.readable) to \(high.readable)\(unsure)"
        case .scale: return "a whole number from 1 to 5\(unsure)"
        case .multiple: return "one or more of: \(question.options.map(\.id).joined(separator: ", "))\(unsure)"
        case .single, .yesNo: return "one of: \(question.options.map(\.id).joined(separator: ", "))\(unsure)"
        }
    }

    private static func choice(_ text: String, for question: Question) -> Result<String, AnswerProblem> {
        if question.optionIndex(text) != nil { return .success(text) }
        let lowered = text.lowercased()
        if question.kind == .yesNo {
            if ["y", "yes"].contains(lowered) { return .success("yes") }
            if ["n", "no"].contains(lowered) { return .success("no") }
        }
        // An id in other case (`FIELD`), when no other id reads the same.
        let byID = question.options.filter { $0.id.lowercased() == lowered }
        if byID.count == 1 { return .success(byID[0].id) }
        if let byLabel = question.options.first(where: { $0.label.lowercased() == lowered }) {
            return .success(byLabel.id)
        }
        let ids = question.options.map(\.id)
        // A near-miss number on a 1–5 scale is out of range, not a typo.
        let suggestion = question.kind == .scale ? nil : Suggestion.closest(to: text, among: ids)
        return .failure(
            AnswerProblem(
                message: "`\(question.id)` expects \(expected(question)); found \"\(text)\"",
                help: suggestion.map { "did you mean `\($0)`?" }))
    }

    /// Reads a number as ``NumberText`` does, also with the question's unit written before or
    /// after it, as people type it: `45 days`, `1 day`, `USD 36k`, `36k usd`, `30 %`; and a range,
    /// as its middle. A piece read two ways makes the whole ``NumberText/ambiguous(_:)``.
    static func number(_ text: String, unit: String?) -> NumberText {
        let one = single(text, unit: unit)
        guard one == .invalid else { return one }
        // A range, as people give one: "9-14 months", "10k to 20k", "50-60k", "20–30%": its middle.
        var ambiguity: NumberText?
        for separator in ["–", " to ", "-"] {
            guard let range = text.range(of: separator), range.lowerBound > text.startIndex else { continue }
            let left = String(text[..<range.lowerBound]).trimmingWhitespace()
            let right = String(text[range.upperBound...]).trimmingWhitespace()
            let upper = single(right, unit: unit)
            let plainLeft = NumberText(left)
            for side in [plainLeft, upper] where ambiguity == nil {
                if case .ambiguous = side { ambiguity = side }
            }
            guard !left.isEmpty, let high = upper.value else { continue }
            // A bare left side takes the right side's unit and size ("9-14 months": 9 months;
            // "50-60k": 50k).
            let scale = durationFactor(right) * (magnitude(left) == 1 ? magnitude(right) : 1)
            guard let low = plainLeft.value.map({ $0 * scale }) ?? single(left, unit: unit).value, low <= high else {
                continue
            }
            return .value((low + high) / 2)
        }
        return ambiguity ?? .invalid
    }

    /// What a number question's hints suggest typing, fitting its unit and size.
    package static func examples(low: Double, high: Double, unit: String?) -> String {
        switch unit?.lowercased() {
        case "%": return "35 or 35%"
        case "days": return "45, 45 days, 6 weeks or 3 months"
        default:
            guard high >= 10_000 else { return "12 or 2.5" }
            return "12000, 12,000, 12k or 1.5m"
        }
    }

    /// `, with or without "USD"` for a unit that may be left out; nothing for `%` and days, whose
    /// examples show them.
    private static func unitNote(_ unit: String?) -> String {
        guard let unit, !["%", "days"].contains(unit.lowercased()) else { return "" }
        return ", with or without \"\(unit)\""
    }

    /// The factor a `k` or `m` right after a number's last digit gives (`60k usd`: 1,000), 1
    /// when there is none (`m` starting a word, as in `14 months`, is not one).
    private static func magnitude(_ text: String) -> Double {
        let scalars = Array(text.lowercased().unicodeScalars)
        guard let last = scalars.lastIndex(where: { ("0"..."9").contains($0) }) else { return 1 }
        let rest = scalars[(last + 1)...].drop { $0 == " " }
        guard let suffix = rest.first else { return 1 }
        let after = rest.dropFirst().first
        if after.map({ ("a"..."z").contains($0) }) == true { return 1 }
        return suffix == "k" ? 1_000 : suffix == "m" ? 1_000_000 : 1
    }

    /// Whether a number is written plainly with the question's own unit ("45 days", "USD 36k"),
    /// so that it needs no "read as".
    static func isPlainWithUnit(_ text: String, _ question: Question?) -> Bool {
        guard let question, case .number(_, _, let unit?) = question.kind else { return false }
        return withUnit(text, unit: unit).value != nil
    }

    /// Days in a week, a month and a year, for a question counted in days.
    static let durations: [String: Double] = [
        "weeks": 7, "week": 7, "months": 30, "month": 30, "years": 365, "year": 365,
    ]

    /// The factor of the duration a text ends with (1 when none).
    private static func durationFactor(_ text: String) -> Double {
        let lowered = text.lowercased()
        return durations.first { lowered.hasSuffix($0.key) }?.value ?? 1
    }

    /// One value: a number, with the question's unit or, for a question in days, a duration.
    private static func single(_ text: String, unit: String?) -> NumberText {
        let plain = NumberText(text)
        guard plain == .invalid else { return plain }
        if unit?.lowercased() == "days" {
            let lowered = text.lowercased()
            for (word, days) in durations where lowered.hasSuffix(word) {
                let reading = NumberText(String(lowered.dropLast(word.count)).trimmingWhitespace())
                if reading != .invalid { return reading.scaled(by: days) }
            }
        }
        return unit.map { withUnit(text, unit: $0) } ?? .invalid
    }

    /// A number with the question's unit written before or after it.
    private static func withUnit(_ text: String, unit: String) -> NumberText {
        let unit = unit.lowercased()
        guard !unit.isEmpty else { return .invalid }
        let lowered = text.lowercased()
        // The unit as written, and a plural unit's singular ("1 day").
        let spellings = unit.hasSuffix("s") && unit.count > 1 ? [unit, String(unit.dropLast())] : [unit]
        for spelling in spellings {
            if lowered.hasSuffix(spelling) {
                let reading = NumberText(String(lowered.dropLast(spelling.count)).trimmingWhitespace())
                if reading != .invalid { return reading }
            }
            if lowered.hasPrefix(spelling) {
                let reading = NumberText(String(lowered.dropFirst(spelling.count)).trimmingWhitespace())
                if reading != .invalid { return reading }
            }
        }
        return .invalid
    }

    /// Reads a plain number as ``NumberText`` does: `12000`, `12,000`, `12_000`, `12k`, `1.5m`,
    /// `-3`; `nil` for anything else, and for a number read two ways.
    static func number(_ text: String) -> Double? { NumberText(text).value }
}
