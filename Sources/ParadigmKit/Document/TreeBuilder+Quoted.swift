/// Quoted text: single-quoted (`''` for a quote) and double-quoted (backslash escapes), always
/// closed on the line it starts on.
extension TreeBuilder {
    /// Reads a single- or double-quoted scalar, which must close on its line.
    mutating func parseQuoted(line: Int, column: Int, parent: Int) -> ScalarNode {
        let scalars = lines.scalars(line)
        let style: ScalarStyle = scalars.at(column) == "'" ? .singleQuoted : .doubleQuoted
        guard let quoted = scanQuoted(scalars, line: line, column: column, report: true) else {
            skipLines(from: line + 1, deeperThan: parent)
            return emptyScalar(line: line, column: column)
        }
        var rest = quoted.end
        while scalars.at(rest) == " " { rest += 1 }
        if let after = scalars.at(rest), !(after == "#" && rest > quoted.end) {
            if after == "\t" {
                reportTab(line: line, column: rest, trailing: true)
            } else {
                error(
                    "unexpected text after the closing quote", line: line, column: rest,
                    width: scalars.count - rest,
                    help: after == "#"
                        ? "put a space before `#` to start a comment" : "put the whole value inside the quotes")
            }
        }
        return ScalarNode(
            value: quoted.value, style: style, location: location(line, column), width: quoted.end - column)
    }

    /// Reads quoted text starting at the quote at `column`: its value and the column just past
    /// the closing quote, or `nil` when the quote does not close on the line. Reports problems
    /// only when `report` is set.
    mutating func scanQuoted(
        _ scalars: [Unicode.Scalar], line: Int, column: Int, report: Bool
    ) -> (
        value: String, end: Int
    )? {
        guard let quote = scalars.at(column) else { return nil }
        var value = TextBuffer()
        var index = column + 1
        while let scalar = scalars.at(index) {
            if quote == "'" {
                if scalar == "'" {
                    guard scalars.at(index + 1) == "'" else { return (value.string, index + 1) }
                    index += 1
                }
                value.append(scalar)
                index += 1
                continue
            }
            if scalar == "\"" { return (value.string, index + 1) }
            guard scalar == "\\" else {
                value.append(scalar)
                index += 1
                continue
            }
            guard let code = scalars.at(index + 1) else { break }
            if let simple = TreeBuilder.simpleEscape(code) {
                value.append(simple)
                index += 2
                continue
            }
            let digits = code == "x" ? 2 : code == "u" ? 4 : code == "U" ? 8 : 0
            guard digits > 0 else {
                if report {
                    let shown = code == "\t" ? "`\\` followed by a tab is" : "`\\\(code)` is"
                    error(
                        "\(shown) not a known escape in double-quoted text", line: line, column: index, width: 2,
                        help: "write `\\\\` for a backslash; the escapes are \\\\ \\\" \\/ \\0 \\a \\b \\t \\n \\v \\f "
                            + "\\r \\e \\N \\_ \\L \\P, space, \\xHH, \\uHHHH and \\UHHHHHHHH")
                }
                index += 2
                continue
            }
            var number: UInt32 = 0
            var valid = true
            for offset in 0..<digits {
                guard let digit = scalars.at(index + 2 + offset), let nibble = TreeBuilder.hexValue(digit) else {
                    valid = false
                    break
                }
                number = number &* 16 &+ nibble
            }
            guard valid else {
                let example = String(repeating: "0", count: digits - 2) + "41"
                if report {
                    error(
                        "`\\\(code)` must be followed by \(digits) hexadecimal digits", line: line, column: index,
                        width: 2,
                        help: "write the code with exactly \(digits) digits, as in `\\\(code)\(example)`; "
                            + "for a backslash itself, write `\\\\`")
                }
                index += 2
                continue
            }
            if let decoded = Unicode.Scalar(number) {
                value.append(decoded)
            } else if report {
                error(
                    "`\\\(code)\(TextCharacters.hexDigits(number, count: digits))` is not a Unicode character",
                    line: line, column: index, width: 2 + digits,
                    help: "surrogates (D800–DFFF) and codes above 10FFFF cannot be written; "
                        + "write the character itself, or `\\U` with its full code")
            }
            index += 2 + digits
        }
        if report {
            error(
                "the quoted text is not closed on this line", line: line, column: column,
                width: scalars.count - column,
                help: "close the quote on this line, or use a | block for text over several lines")
        }
        return nil
    }

    /// The character a one-letter escape stands for in double-quoted text.
    static func simpleEscape(_ code: Unicode.Scalar) -> Unicode.Scalar? {
        switch code {
        case "0": "\u{0}"
        case "a": "\u{7}"
        case "b": "\u{8}"
        case "t": "\t"
        case "n": "\n"
        case "v": "\u{B}"
        case "f": "\u{C}"
        case "r": "\r"
        case "e": "\u{1B}"
        case " ": " "
        case "\"": "\""
        case "/": "/"
        case "\\": "\\"
        case "N": "\u{85}"
        case "_": "\u{A0}"
        case "L": "\u{2028}"
        case "P": "\u{2029}"
        default: nil
        }
    }

    /// The value of a hexadecimal digit.
    static func hexValue(_ digit: Unicode.Scalar) -> UInt32? {
        switch digit {
        case "0"..."9": digit.value - 0x30
        case "a"..."f": digit.value - 0x61 + 10
        case "A"..."F": digit.value - 0x41 + 10
        default: nil
        }
    }
}
