import Foundation

extension String {
    /// Prose from a `|` block as paragraphs: line breaks within a paragraph become spaces, a
    /// blank line stays a paragraph break, and the ends are trimmed.
    package var reflowed: String {
        components(separatedBy: "\n\n")
            .map { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    package func trimmingWhitespace() -> String {
        trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension Double {
    /// Reads a plain decimal number (`12`, `-3`, `0.5`); no exponents, no hex, no infinities.
    package init?(decimal text: String) {
        let trimmed = text.trimmingWhitespace()
        var digits = 0
        var dots = 0
        for (index, scalar) in trimmed.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9": digits += 1
            case ".": dots += 1
            case "-" where index == 0, "+" where index == 0: continue
            default: return nil
            }
        }
        guard digits > 0, dots <= 1, digits <= 30, let value = Double(trimmed), value.isFinite else { return nil }
        self = value
    }

    /// The number without a trailing `.0` when it is whole: `3`, `2.5`, `-1`.
    package var plain: String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }

    /// The number as a person writes it: whole numbers of four digits or more grouped in
    /// thousands (`100,000,000`), others as ``plain``.
    package var readable: String {
        guard self == rounded(), abs(self) >= 1_000, abs(self) < 1e15 else { return plain }
        let digits = String(Int(abs(self)))
        var groups: [String] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (self < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// The number rounded to one decimal, always with the decimal: `42.0`, `7.5`.
    package var oneDecimal: String {
        let rounded = (self * 10).rounded() / 10
        return String(format: "%.1f", rounded == 0 ? 0 : rounded)
    }
}

extension String {
    /// The text's words re-flowed into lines of at most `width` characters (a longer word
    /// stands alone on its line). Paragraph breaks (blank lines) are kept.
    package func wrapped(width: Int) -> [String] {
        var lines: [String] = []
        let paragraphs = components(separatedBy: "\n\n")
        for (index, paragraph) in paragraphs.enumerated() {
            var current = ""
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            if !current.isEmpty { lines.append(current) }
            if index < paragraphs.count - 1 { lines.append("") }
        }
        return lines
    }
}
