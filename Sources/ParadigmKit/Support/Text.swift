import Foundation

extension String {
    /// Prose from a `|` block as paragraphs: line breaks within a paragraph become spaces, a
    /// blank line stays a paragraph break, and the ends are trimmed.
    package var reflowed: String {
        // One pass over lines rather than Foundation's `components(separatedBy:)` and
        // `trimmingCharacters(in:)`, which bridge through NSString and dominated loading the
        // questionnaire. An empty line is a paragraph break ("\n\n"); other lines are trimmed of
        // spaces and tabs and joined with one space.
        guard containsUTF8(0x0A) else { return trimmingWhitespace() }  // one line: nothing to join
        var paragraphs: [String] = []
        var lines: [Substring] = []
        func endParagraph() {
            let paragraph = lines.joined(separator: " ").trimmingWhitespace()
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            lines.removeAll(keepingCapacity: true)
        }
        // Lines split on the byte 0x0A, which is always a character boundary unless a CR
        // precedes it; text with a CR takes the slower split by characters.
        let split =
            containsUTF8(0x0D)
            ? split(separator: "\n", omittingEmptySubsequences: false)
            : utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        for line in split {
            if line.isEmpty { endParagraph() } else { lines.append(line.trimming(where: \.isSpaceOrTab)) }
        }
        endParagraph()
        return paragraphs.joined(separator: "\n\n")
    }

    /// Whether the UTF-8 text holds `byte`: `memchr` over the bytes, several times faster than
    /// `utf8.contains` for the short texts a survey's cells hold, of which there are millions.
    package func containsUTF8(_ byte: UInt8) -> Bool {
        var copy = self
        return copy.withUTF8 { bytes in
            guard let start = bytes.baseAddress else { return false }
            return memchr(start, Int32(byte), bytes.count) != nil
        }
    }

    /// The text without leading and trailing spaces, tabs and line breaks (the same set as
    /// Foundation's `CharacterSet.whitespacesAndNewlines`).
    package func trimmingWhitespace() -> String {
        // Printable ASCII at both ends (nearly every answer): nothing to trim, found from two bytes.
        let printableEnds = utf8.withContiguousStorageIfAvailable { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
        }
        if printableEnds == true { return self }
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !first.isWhitespace, !last.isWhitespace {
            return self
        }
        return String(self[...].trimming(where: \.isWhitespace))
    }
}

extension Substring {
    /// The text without the leading and trailing scalars that match; itself when there are none.
    func trimming(where matches: (Unicode.Scalar) -> Bool) -> Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !matches($0) }),
            let last = scalars.lastIndex(where: { !matches($0) })
        else { return "" }
        return Substring(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// A space or tab: exactly the scalars of Foundation's `CharacterSet.whitespaces` on Linux
    /// (tab, the space separators, and ZERO WIDTH SPACE, which Foundation counts too).
    var isSpaceOrTab: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// A space, tab or line break: exactly the scalars of Foundation's
    /// `CharacterSet.whitespacesAndNewlines` on Linux (Unicode White_Space and ZERO WIDTH SPACE).
    var isWhitespace: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: isSpaceOrTab
        }
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

    /// The number as a person writes it: whole numbers grouped in thousands (`100,000,000`),
    /// others as ``plain``.
    package var readable: String {
        guard self == rounded(), abs(self) < 1e15 else { return plain }
        return Int(self).readable
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

extension String {
    /// The text as a message echoes it: unchanged up to `limit` characters, otherwise its first
    /// `limit` characters, `…` and how long it was, so that a pasted page is not echoed whole.
    package func shortened(to limit: Int = 40) -> String {
        guard count > limit else { return self }
        return prefix(limit) + "… (\(count) characters)"
    }

    /// The text with every character a terminal would act on rather than show (C0 controls but
    /// tab and line feed, DEL, C1 controls) written out as `\u{1B}`, so that a name or cell from
    /// a file or the command line cannot recolour, retitle or rewrite the terminal it is echoed to.
    package var visibleControls: String {
        guard unicodeScalars.contains(where: Self.actsOnTerminal) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if Self.actsOnTerminal(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func actsOnTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}

extension Int {
    /// The number with its thousands grouped by commas: `2,000`, `100,000,000`, `-12,500`. The
    /// one formatter of numbers for people, used by briefs, compare, team briefs, the interview
    /// and lint.
    package var readable: String {
        let digits = String(self.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (self < 0 ? "-" : "") + out
    }
}
