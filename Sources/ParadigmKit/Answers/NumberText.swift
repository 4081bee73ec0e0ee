/// How a typed number reads. The one table of written forms every way in uses (answers files,
/// `--set`, the interview, survey import, and the browser form, whose port is tested against the
/// same table): digits with an optional sign, `$` before, `%` after, `k` or `m` after; a comma
/// or an underscore groups thousands only in groups of three (`12,000`, `1,234,567.5`); a dot
/// marks decimals. A separator that groups thousands in one convention and marks decimals in
/// another is never guessed: `48.000` (48 or 48,000), `48,5k` (48,500 or 485,000) and
/// `12.345.678` are refused, and the refusal shows each reading.
package enum NumberText: Equatable, Sendable {
    /// One value.
    case value(Double)
    /// A separator read two ways (or, for dots grouping thousands, one way that is not this
    /// tool's): the readings, lowest first.
    case ambiguous([Double])
    /// Not a number.
    case invalid

    /// Reads `text` (already trimmed).
    package init(_ text: String) {
        var body = Substring(text.lowercased())
        if body.hasPrefix("$") { body.removeFirst() }
        if body.hasSuffix("%") { body.removeLast() }
        var factor = 1.0
        if body.hasSuffix("k") {
            factor = 1_000
            body.removeLast()
        } else if body.hasSuffix("m") {
            factor = 1_000_000
            body.removeLast()
        }
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = String(first)
            body.removeFirst()
        }
        switch Self.shape(body) {
        case .plain(let digits):
            guard let value = Double(decimal: sign + digits) else {
                self = .invalid
                return
            }
            self = .value(value * factor)
        case .readings(let readings):
            let values = readings.compactMap { Double(decimal: sign + $0).map { $0 * factor } }
            self = values.count == readings.count ? .ambiguous(values.sorted()) : .invalid
        case .invalid:
            self = .invalid
        }
    }

    /// The value, when there is exactly one.
    package var value: Double? {
        if case .value(let value) = self { return value }
        return nil
    }

    /// The readings multiplied by `factor` (a duration in days).
    func scaled(by factor: Double) -> NumberText {
        switch self {
        case .value(let value): .value(value * factor)
        case .ambiguous(let readings): .ambiguous(readings.map { $0 * factor })
        case .invalid: .invalid
        }
    }

    private enum Shape {
        case plain(String)
        case readings([String])
        case invalid
    }

    /// The unsigned body: its digits in Swift's own notation, or the readings of a separator
    /// that is not this tool's.
    private static func shape(_ body: Substring) -> Shape {
        let groups = body.split(separator: ",", omittingEmptySubsequences: false)
        let hasUnderscore = body.contains("_")
        if groups.count > 1 || hasUnderscore {
            // Thousands grouped by commas (or underscores) in threes, a decimal part after a dot.
            for separator: Character in [",", "_"] {
                if let digits = grouped(body, by: separator) { return .plain(digits) }
            }
            guard !hasUnderscore, groups.count == 2, let whole = groups.first, let part = groups.last,
                isDigits(whole) && isDigits(part)
            else { return europeanGrouping(body) }
            // One comma, not before three digits: a decimal comma, or a misplaced thousands comma.
            return .readings(["\(whole).\(part)", "\(whole)\(part)"])
        }
        let dotted = body.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 2, let whole = dotted.first, let part = dotted.last, isDigits(whole), isDigits(part),
            (1...3).contains(whole.count), whole.first != "0", part.count == 3
        {
            // `48.000`: a decimal point, or a dot grouping thousands.
            return .readings(["\(whole).\(part)", "\(whole)\(part)"])
        }
        if dotted.count > 2 { return europeanGrouping(body) }
        return .plain(String(body))
    }

    /// `1,234,567.5` (or with `_`) as `1234567.5`; `nil` unless every group after the first has
    /// three digits and the first one to three.
    private static func grouped(_ body: Substring, by separator: Character) -> String? {
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { return nil }
        let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count),
            groups.allSatisfy(isDigits), groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        let decimals = parts.count == 2 ? "." + parts[1] : ""
        return groups.joined() + decimals
    }

    /// `12.345.678` or `12.000,50`: dots grouping thousands in threes and perhaps a decimal comma,
    /// read that one way to show it.
    private static func europeanGrouping(_ body: Substring) -> Shape {
        let parts = body.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { return .invalid }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count),
            groups.allSatisfy(isDigits), groups.dropFirst().allSatisfy({ $0.count == 3 }),
            parts.count == 1 || isDigits(parts[1])
        else { return .invalid }
        return .readings([groups.joined() + (parts.count == 2 ? "." + parts[1] : "")])
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
