/// Scalars: the dispatch to each kind, and plain text with its continuation lines. Quoted text
/// is read in `TreeBuilder+Quoted.swift`, `|` blocks in `TreeBuilder+Literal.swift`.
///
/// Each reader follows PyYAML's scanner where the subset accepts the input, so that both read a
/// document to the same values, and reports an error where they could differ.
extension TreeBuilder {
    /// Something in a line of plain text that the subset refuses.
    enum PlainProblem {
        /// A tab; `trailing` when only spaces, tabs or a comment follow it.
        case tab(column: Int, trailing: Bool)
        /// `: ` inside the text.
        case colonSpace(column: Int)
        /// `:` at the end of the text.
        case trailingColon(column: Int)
    }

    /// One line's worth of plain text.
    struct PlainSegment {
        /// Just past the last non-space character of the text.
        var end: Int
        /// Whether a ` #` comment ends the line.
        var hasComment: Bool
        /// What is wrong with it, if anything.
        var problem: PlainProblem?
    }

    /// Reads the plain text on one line from `start`, up to a ` #` comment or the end.
    func plainSegment(_ scalars: [Unicode.Scalar], from start: Int) -> PlainSegment {
        var index = start
        var end = start
        while let scalar = scalars.at(index) {
            switch scalar {
            case "\t":
                var rest = index
                while scalars.at(rest) == " " || scalars.at(rest) == "\t" { rest += 1 }
                let trailing = rest >= scalars.count || scalars.at(rest) == "#"
                return PlainSegment(end: end, hasComment: false, problem: .tab(column: index, trailing: trailing))
            case " ":
                if scalars.at(index + 1) == "#" { return PlainSegment(end: end, hasComment: true) }
            case ":" where isSeparator(scalars.at(index + 1)):
                var rest = index + 1
                while scalars.at(rest) == " " { rest += 1 }
                let trailing = rest >= scalars.count || (scalars.at(rest) == "#" && rest > index + 1)
                let problem = trailing ? PlainProblem.trailingColon(column: index) : .colonSpace(column: index)
                return PlainSegment(end: end, hasComment: false, problem: problem)
            default:
                end = index + 1
            }
            index += 1
        }
        return PlainSegment(end: end, hasComment: false)
    }

    /// Reads the scalar at `column` of `line`: refused constructs, a `|` block, quoted text or
    /// plain text. `parent` is the column of the enclosing collection.
    mutating func parseScalar(line: Int, column: Int, parent: Int, context: ScalarContext) -> ScalarNode {
        let scalars = lines.scalars(line)
        next = max(next, line + 1)
        if let refused = refusal(scalars, at: column, context: context) {
            error(refused.message, line: line, column: column, width: refused.width, help: refused.help)
            skipLines(from: line + 1, deeperThan: parent)
            return emptyScalar(line: line, column: column)
        }
        switch scalars.at(column) {
        case "|":
            return parseLiteral(line: line, column: column, parent: parent)
        case "\"", "'":
            return parseQuoted(line: line, column: column, parent: parent)
        default:
            return parsePlain(line: line, column: column, parent: parent, context: context)
        }
    }

    // MARK: - Plain text

    /// Reads plain text and the lines that continue it: lines indented deeper than `parent`,
    /// joined with a space, or with one line break per blank line between them, as PyYAML does.
    private mutating func parsePlain(line: Int, column: Int, parent: Int, context: ScalarContext) -> ScalarNode {
        let scalars = lines.scalars(line)
        let first = plainSegment(scalars, from: column)
        if let problem = first.problem {
            reportPlain(problem, scalars: scalars, line: line, start: column, textLine: nil, context: context)
            skipLines(from: line + 1, deeperThan: parent)
            return emptyScalar(line: line, column: column)
        }
        let firstText = scalars[column..<max(column, first.end)]
        // Made only when the text continues on another line; one line becomes a string directly.
        var text: TextBuffer?
        var node = ScalarNode(value: "", location: location(line, column), width: first.end - column)
        if !first.hasComment {
            var breaks = 0
            var candidate = line + 1
            while candidate < lines.count {
                let info = lines.info[candidate]
                if info.kind == .blank {
                    breaks += 1
                    candidate += 1
                    continue
                }
                guard info.kind == .content, info.indent > parent else { break }
                let more = lines.scalars(candidate)
                if isListItem(more, at: info.indent) {
                    error(
                        "a list item cannot continue the text that starts on line \(line + 1)",
                        line: candidate, column: info.indent,
                        help: "to nest a list, put nothing after the `-` or `key:` above it; "
                            + "to keep the `- ` as text, put the whole text in quotes")
                    skipLines(from: candidate + 1, deeperThan: parent)
                    break
                }
                let segment = plainSegment(more, from: info.indent)
                if let problem = segment.problem {
                    reportPlain(
                        problem, scalars: more, line: candidate, start: info.indent, textLine: line, context: context)
                    skipLines(from: candidate + 1, deeperThan: parent)
                    break
                }
                var joined = text ?? TextBuffer(firstText)
                text = nil  // so that `joined` holds the only reference and appends in place
                if breaks == 0 { joined.append(" ") } else { joined.appendLineFeeds(breaks) }
                joined.append(contentsOf: more[info.indent..<max(info.indent, segment.end)])
                text = joined
                breaks = 0
                candidate += 1
                next = candidate
                if segment.hasComment { break }
            }
        }
        node.value = text?.string ?? String(scalars: firstText)
        return node
    }

    /// Reports a problem in plain text. `textLine` is the line the text started on when the
    /// problem is on a continuation line.
    private mutating func reportPlain(
        _ problem: PlainProblem, scalars: [Unicode.Scalar], line: Int, start: Int, textLine: Int?,
        context: ScalarContext
    ) {
        switch problem {
        case .tab(let column, let trailing):
            reportTab(line: line, column: column, trailing: trailing)
        case .colonSpace(let column), .trailingColon(let column):
            var what = "unquoted text cannot contain `: `"
            if case .trailingColon = problem { what = "unquoted text cannot end with `:`" }
            if let textLine {
                if case .mappingValue(let key, let keyLine, let mappingColumn) = context {
                    let found = indent(line)
                    error(
                        "inconsistent indentation: found \(found) space\(found == 1 ? "" : "s"), expected "
                            + "\(mappingColumn) (like `\(key)` on line \(keyLine + 1))",
                        line: line, column: start,
                        help: "line this key up with `\(key)` on line \(keyLine + 1); if the `:` belongs to "
                            + "the value of `\(key)`, put that value in quotes")
                } else {
                    error(
                        what, line: line, column: column,
                        help:
                            "this line continues the text that starts on line \(textLine + 1); put that text in quotes")
                }
                return
            }
            var end = scalars.count
            var index = start
            while index < scalars.count {
                if scalars[index] == "#", scalars.at(index - 1) == " " {
                    end = index
                    break
                }
                index += 1
            }
            while end > start, scalars.at(end - 1) == " " { end -= 1 }
            let text = String(scalars: scalars[start..<max(start, end)])
            let quoted = DocumentWriter.scalar(text)
            let help =
                quoted.unicodeScalars.count <= 60
                ? "put the value in quotes: \(quoted)" : "put the value in double quotes"
            error(what, line: line, column: column, help: help)
        }
    }
}
