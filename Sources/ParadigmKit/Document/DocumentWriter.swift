/// Writes nodes in the subset ``DocumentParser`` reads, so that what is written reads back to the
/// same values, both here and in PyYAML's `BaseLoader`.
///
/// Mappings and lists are indented by 2 spaces; a list of mappings is written `- key: value`.
/// Text is written plain when that is safe, as a `|`, `|-` or `|+` block when it spans several
/// lines and a block can hold it, and in double quotes with escapes otherwise.
///
/// The subset has no way to write an empty mapping or list: both are written as the empty text
/// `""`. The parser never produces them, so every parsed tree reads back identically.
package enum DocumentWriter {
    /// The whole document for `node`, ending with a line break.
    package static func render(_ node: Node) -> String {
        var out = ""
        switch node {
        case .scalar(let scalar):
            if let block = literalBlock(scalar.value, contentIndent: 2) {
                out += block
            } else {
                out += self.scalar(scalar.value) + "\n"
            }
        case .mapping(let mapping) where !mapping.entries.isEmpty:
            writeMapping(mapping, indent: 0, lead: nil, into: &out)
        case .sequence(let sequence) where !sequence.items.isEmpty:
            writeSequence(sequence, indent: 0, lead: nil, into: &out)
        case .mapping, .sequence:
            out += "\"\"\n"
        }
        return out
    }

    /// Text as it stands on one line: plain when that reads back identically, else in double
    /// quotes with escapes. The empty text is `""`. Text over several lines is written with `\n`
    /// escapes; ``render(_:)`` uses `|` blocks for it where it can.
    package static func scalar(_ value: String) -> String {
        isPlainSafe(value) ? value : doubleQuoted(value)
    }

    /// `# ` comment lines for `text`, each indented by `indent` spaces and ending with a line
    /// break; an empty line of text gives a bare `#`. Characters a document may not hold are
    /// replaced by U+FFFD.
    package static func comment(_ text: String, indent: Int) -> String {
        let pad = String(repeating: " ", count: max(0, indent))
        var lines: [String.UnicodeScalarView] = [String.UnicodeScalarView()]
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n" where previous == "\r":
                continue
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(String.UnicodeScalarView())
            default:
                let kept = TextCharacters.isAllowed(scalar) ? scalar : "\u{FFFD}"
                lines[lines.count - 1].append(kept)
            }
        }
        return lines.map { $0.isEmpty ? "\(pad)#\n" : "\(pad)# \(String($0))\n" }.joined()
    }

    // MARK: - Collections

    /// Writes a non-empty mapping whose keys stand at column `indent`; `lead` replaces the
    /// first line's indentation (`- ` for a mapping inside a list).
    private static func writeMapping(_ mapping: MappingNode, indent: Int, lead: String?, into out: inout String) {
        for (index, entry) in mapping.entries.enumerated() {
            out += (index == 0 ? lead : nil) ?? String(repeating: " ", count: indent)
            out += scalar(entry.key.value) + ":"
            writeValue(entry.value, collectionIndent: indent, into: &out)
        }
    }

    /// Writes a non-empty list whose `-` stand at column `indent`.
    private static func writeSequence(_ sequence: SequenceNode, indent: Int, lead: String?, into out: inout String) {
        for (index, item) in sequence.items.enumerated() {
            let prefix = (index == 0 ? lead : nil) ?? String(repeating: " ", count: indent)
            switch item {
            case .mapping(let mapping) where !mapping.entries.isEmpty:
                writeMapping(mapping, indent: indent + 2, lead: prefix + "- ", into: &out)
            case .sequence(let nested) where !nested.items.isEmpty:
                writeSequence(nested, indent: indent + 2, lead: prefix + "- ", into: &out)
            default:
                out += prefix + "-"
                writeValue(item, collectionIndent: indent, into: &out)
            }
        }
    }

    /// Writes what follows `key:` or `-` in a collection at column `collectionIndent`.
    private static func writeValue(_ node: Node, collectionIndent: Int, into out: inout String) {
        switch node {
        case .scalar(let text):
            if let block = literalBlock(text.value, contentIndent: collectionIndent + 2) {
                out += " " + block
            } else {
                out += " " + scalar(text.value) + "\n"
            }
        case .mapping(let mapping) where !mapping.entries.isEmpty:
            out += "\n"
            writeMapping(mapping, indent: collectionIndent + 2, lead: nil, into: &out)
        case .sequence(let sequence) where !sequence.items.isEmpty:
            out += "\n"
            writeSequence(sequence, indent: collectionIndent + 2, lead: nil, into: &out)
        case .mapping, .sequence:
            out += " \"\"\n"
        }
    }

    // MARK: - Scalars

    /// Whether `value` reads back identically when written without quotes, as a key or a value,
    /// here and in PyYAML: no leading or trailing space, no indicator at the start, no `: ` or
    /// ` #` inside, no `:` at the end, no document marker, and only characters that need no
    /// escape.
    static func isPlainSafe(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if value.hasPrefix("---") || value.hasPrefix("...") { return false }
        switch first {
        case "-", "?", ":":
            if scalars.count < 2 || scalars[1] == " " { return false }
        case ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
            return false
        default:
            break
        }
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\t" || !TextCharacters.isAllowed(scalar) { return false }
            if scalar == ":", index + 1 < scalars.count, scalars[index + 1] == " " { return false }
            if scalar == "#", index > 0, scalars[index - 1] == " " { return false }
        }
        return true
    }

    /// `value` in double quotes, escaping `\`, `"` and every character a document may not hold.
    static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\u{0}": out += "\\0"
            case "\u{7}": out += "\\a"
            case "\u{8}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{B}": out += "\\v"
            case "\u{C}": out += "\\f"
            case "\r": out += "\\r"
            case "\u{1B}": out += "\\e"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if TextCharacters.isAllowed(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    out += "\\x" + TextCharacters.hexDigits(scalar.value, count: 2)
                } else {
                    out += "\\u" + TextCharacters.hexDigits(scalar.value, count: 4)
                }
            }
        }
        return out + "\""
    }

    /// `value` as a `|` block (header, line break, lines indented by `contentIndent`), or `nil`
    /// when a block cannot hold it: text without a line break, text that is only line breaks,
    /// text whose first non-empty line starts with a space or tab (the block would take it as
    /// indentation), or text with characters that need escapes (including CR).
    static func literalBlock(_ value: String, contentIndent: Int) -> String? {
        let scalars = Array(value.unicodeScalars)
        guard scalars.contains("\n") else { return nil }
        for scalar in scalars where scalar != "\n" && !TextCharacters.isAllowed(scalar) { return nil }
        var trailing = 0
        while trailing < scalars.count, scalars[scalars.count - 1 - trailing] == "\n" { trailing += 1 }
        let body = scalars[..<(scalars.count - trailing)]
        guard let firstText = body.first(where: { $0 != "\n" }), firstText != " ", firstText != "\t" else {
            return nil
        }
        let header = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+"
        let pad = String(repeating: " ", count: contentIndent)
        var out = header + "\n"
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            out += line.isEmpty ? "\n" : pad + String(scalars: line) + "\n"
        }
        out += String(repeating: "\n", count: max(0, trailing - 1))
        return out
    }
}
