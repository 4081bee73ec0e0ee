/// Keys, and the constructs the subset refuses where a key or value starts.
extension TreeBuilder {
    /// A `key:` found on a line, before it is committed to.
    struct KeyScan {
        /// Where the key starts (its opening quote, if quoted).
        var column: Int
        /// Just past the key's text: past the closing quote, or past the last non-space.
        var end: Int
        /// Where the `:` stands.
        var colon: Int
        /// Whether the key is in quotes.
        var isQuoted: Bool
    }

    /// Where a scalar stands, for messages that depend on it.
    enum ScalarContext {
        /// A node of its own: the root, a list item, or a value on the lines below its key.
        case standalone
        /// A value on the same line as its key.
        case mappingValue(key: String, keyLine: Int, mappingColumn: Int)
    }

    /// The `key:` at `column`, if the line holds one there: a plain or quoted key followed by `:`
    /// and a space, a tab or the end of the line. Reports nothing.
    mutating func scanKey(_ scalars: [Unicode.Scalar], line: Int, column: Int) -> KeyScan? {
        guard let first = scalars.at(column) else { return nil }
        if first == "\"" || first == "'" {
            guard let quoted = scanQuoted(scalars, line: line, column: column, report: false) else { return nil }
            var colon = quoted.end
            while scalars.at(colon) == " " { colon += 1 }
            guard scalars.at(colon) == ":", isSeparator(scalars.at(colon + 1)) else { return nil }
            return KeyScan(column: column, end: quoted.end, colon: colon, isQuoted: true)
        }
        guard isPlainStart(scalars, at: column) else { return nil }
        var index = column
        var end = column
        while let scalar = scalars.at(index) {
            switch scalar {
            case "\t":
                return nil
            case "#" where scalars.at(index - 1) == " ":
                return nil
            case ":" where isSeparator(scalars.at(index + 1)):
                return KeyScan(column: column, end: end, colon: index, isQuoted: false)
            case " ":
                break
            default:
                end = index + 1
            }
            index += 1
        }
        return nil
    }

    /// Reads a key found by ``scanKey(_:line:column:)``, reporting problems in it.
    mutating func commitKey(_ key: KeyScan, line: Int) -> ScalarNode {
        let scalars = lines.scalars(line)
        var value = ""
        var style = ScalarStyle.plain
        if key.isQuoted {
            value = scanQuoted(scalars, line: line, column: key.column, report: true)?.value ?? ""
            style = scalars.at(key.column) == "'" ? .singleQuoted : .doubleQuoted
        } else if key.column <= key.end, key.end <= scalars.count {
            value = String(scalars: scalars[key.column..<key.end])
        }
        let span = key.colon - key.column
        if span > TreeBuilder.maxKeyLength {
            error(
                "a key may be at most \(TreeBuilder.maxKeyLength) characters long; this one has \(span)",
                line: line, column: key.column, width: key.end - key.column,
                help: "shorten the key (the count runs from its first character to `:`)")
        }
        return ScalarNode(value: value, style: style, location: location(line, key.column), width: key.end - key.column)
    }

    /// Whether a plain scalar may start at `column`: not at an indicator, except `-`, `?` and `:`
    /// followed by something other than a space or tab (as in `-5` or `:x`).
    func isPlainStart(_ scalars: [Unicode.Scalar], at column: Int) -> Bool {
        guard let first = scalars.at(column) else { return false }
        switch first {
        case "-", "?", ":":
            return !isSeparator(scalars.at(column + 1))
        case ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " ", "\t":
            return false
        default:
            return true
        }
    }

    /// The construct at `column` that the subset refuses, with a message, help and width.
    func refusal(
        _ scalars: [Unicode.Scalar], at column: Int, context: ScalarContext
    )
        -> (message: String, help: String, width: Int)?
    {
        guard let first = scalars.at(column) else { return nil }
        let separated = isSeparator(scalars.at(column + 1))
        var word = column
        while let scalar = scalars.at(word), scalar != " ", scalar != "\t" { word += 1 }
        let width = word - column
        let quoteHelp = "put the text in quotes"
        switch first {
        case "[":
            return ("flow-style list `[...]` is not supported", "write a block list: one `- item` per line", 1)
        case "{":
            return ("flow-style mapping `{...}` is not supported", "write one `key: value` per line", 1)
        case "]", "}", ",":
            return ("a value cannot start with `\(first)`", quoteHelp, 1)
        case "&":
            return (
                "anchors (`&name`) are not supported",
                "write the value out in full where it is needed; to start a text with `&`, put it in quotes", width
            )
        case "*":
            return (
                "aliases (`*name`) are not supported",
                "write the value out in full; to start a text with `*`, put it in quotes", width
            )
        case "!":
            return (
                "tags (`!name`) are not supported",
                "remove the tag, since every value is read as text; to start a text with `!`, put it in quotes", width
            )
        case "%":
            if column == 0 {
                return ("directives (`%YAML`, `%TAG`) are not supported", "remove the line", width)
            }
            return ("a value cannot start with `%`", quoteHelp, 1)
        case "@":
            return ("`@` is reserved in YAML and cannot start a value", quoteHelp, 1)
        case "`":
            return ("a backtick is reserved in YAML and cannot start a value", quoteHelp, 1)
        case ">":
            return ("folded blocks (`>`) are not supported", "use `|`, which keeps the line breaks as written", 1)
        case "?" where separated:
            return ("complex keys (`? `) are not supported", "write `key: value` on one line", 1)
        case ":" where separated:
            return ("expected a key before `:`", "write `key: value`", 1)
        case "-" where separated:
            guard case .mappingValue(let key, _, _) = context else { return nil }
            return (
                "a list cannot start on the same line as `\(key):`",
                "put each `- item` on its own line below `\(key):`", 1
            )
        default:
            return nil
        }
    }

    /// Reports a line at a mapping's indentation that is not `key: value`.
    mutating func reportNotAKey(_ scalars: [Unicode.Scalar], line: Int, column: Int, mappingLine: Int) {
        let like = "expected `key: value` like line \(mappingLine + 1)"
        if isListItem(scalars, at: column) {
            error(
                "\(like); found a list item", line: line, column: column,
                help: "a list must be the value of a key: put it under a line `key:` with nothing after `:`")
            return
        }
        if let refused = refusal(scalars, at: column, context: .standalone) {
            error(refused.message, line: line, column: column, width: refused.width, help: refused.help)
            return
        }
        if isPlainStart(scalars, at: column) {
            let segment = plainSegment(scalars, from: column)
            if case .tab(let at, let trailing) = segment.problem {
                reportTab(line: line, column: at, trailing: trailing)
                return
            }
        }
        var help = "add `: ` and a value after the key, or indent the line to continue the value above"
        var index = column
        while let scalar = scalars.at(index) {
            if scalar == ":", let after = scalars.at(index + 1), after != " " {
                help = "put a space after `:`"
                break
            }
            index += 1
        }
        error(
            "\(like); found text without `: `", line: line, column: column,
            width: max(1, scalars.count - column), help: help)
    }

    /// An open level of indentation, for messages: a mapping's keys or a list's `-`.
    struct Level {
        /// The 0-based column.
        var column: Int
        /// The 0-based line the mapping or list starts on.
        var line: Int
        /// Whether it is a list.
        var isList: Bool

        /// How a message names it: "0 (the keys from line 3)".
        var described: String {
            "\(column) (the \(isList ? "list" : "keys") from line \(line + 1))"
        }
    }

    /// Reports a line whose indentation matches no open level.
    mutating func reportIndentation(line: Int, expected: [Level]) {
        let found = indent(line)
        let levels = expected.map(\.described).joined(separator: " or ")
        error(
            "inconsistent indentation: found \(found) space\(found == 1 ? "" : "s"), expected \(levels)",
            line: line, column: found,
            help: "indent the line like the lines it belongs with; YAML nests by indentation")
    }

    /// Reports a line whose indentation contains a tab.
    mutating func reportTabbedLine(_ line: Int) {
        let scalars = lines.scalars(line)
        let column = indent(line)
        var rest = column
        while scalars.at(rest) == " " || scalars.at(rest) == "\t" { rest += 1 }
        if rest >= scalars.count {
            error(
                "found a tab on a blank line", line: line, column: column,
                help: "delete it; YAML itself accepts a tab on a blank line, but this subset takes no tab in "
                    + "indentation, even there")
        } else {
            error("found a tab in the indentation", line: line, column: column, help: "indent with spaces")
        }
    }

    /// Reports a tab met while reading unquoted text.
    mutating func reportTab(line: Int, column: Int, trailing: Bool) {
        if trailing {
            error("found a tab after the value", line: line, column: column, help: "delete it, or use spaces")
        } else {
            error(
                "found a tab in unquoted text", line: line, column: column,
                help: "use spaces, or put the text in double quotes (where a tab is kept)")
        }
    }
}
