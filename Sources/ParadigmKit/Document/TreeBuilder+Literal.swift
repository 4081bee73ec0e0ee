/// `|` literal blocks, with `|-` and `|+` chomping, read as YAML 1.2 reads them.
extension TreeBuilder {
    /// How a `|` block treats its final line breaks.
    enum Chomping {
        /// `|-`: none kept.
        case strip
        /// `|`: one kept.
        case clip
        /// `|+`: all kept.
        case keep
    }

    /// Reads a `|` block: the header at `column` of `line`, then every following line indented at
    /// least as deep as the block's first line (which must be deeper than `parent`).
    mutating func parseLiteral(line: Int, column: Int, parent: Int) -> ScalarNode {
        let header = lines.scalars(line)
        var index = column + 1
        var chomping = Chomping.clip
        if header.at(index) == "-" {
            chomping = .strip
            index += 1
        } else if header.at(index) == "+" {
            chomping = .keep
            index += 1
        }
        let headerText = String(scalars: header[column..<index])
        let empty = ScalarNode(value: "", style: .literal, location: location(line, column), width: index - column)
        if let digit = header.at(index), ("0"..."9").contains(digit) {
            error(
                "indentation indicators like `|2` are not supported", line: line, column: index,
                help: "remove the digit; the block's first line sets its indentation "
                    + "(for text that starts with spaces, use double quotes and `\\n`)")
            skipLines(from: line + 1, deeperThan: parent)
            return empty
        }
        var rest = index
        while header.at(rest) == " " { rest += 1 }
        if let after = header.at(rest), !(after == "#" && rest > index) {
            if after == "\t" {
                error("found a tab after `\(headerText)`", line: line, column: rest, help: "use spaces")
            } else {
                error(
                    "unexpected text after `\(headerText)`", line: line, column: rest, width: header.count - rest,
                    help: after == "#"
                        ? "put a space before `#` to start a comment"
                        : "start the text on the next line, indented deeper than the key or `-`")
            }
            skipLines(from: line + 1, deeperThan: parent)
            return empty
        }

        var first = line + 1
        var widestBlank = (spaces: 0, line: line)
        while first < lines.count, lines.info[first].kind == .blank {
            if indent(first) > widestBlank.spaces { widestBlank = (indent(first), first) }
            first += 1
        }
        // YAML 1.2 (yaml-test-suite JEF9/02, L24T/01): a last line of spaces with no line
        // break after it ends as if it had one, whether it is a blank line or, deeper than the
        // block, a line of spaces; a last line of text keeps going without one.
        let lineCount = lines.count
        let endsWithLineBreak = lines.endsWithLineBreak
        let lastIsSpaces = lineCount > 0 && lines.info[lineCount - 1].kind == .blank
        let hasBreak = { (index: Int) in index < lineCount - 1 || endsWithLineBreak || lastIsSpaces }
        guard first < lines.count, indent(first) > max(parent, 0) else {
            next = first
            var node = empty
            if chomping == .keep {
                node.value = String(repeating: "\n", count: (line + 1..<first).filter(hasBreak).count)
            }
            return node
        }
        let blockIndent = indent(first)
        if widestBlank.spaces > blockIndent {
            error(
                "this blank line at the start of a `|` block has more spaces than the block's first line",
                line: widestBlank.line, column: 0, width: widestBlank.spaces,
                help: "delete the spaces on the blank lines at the start of the block")
            skipLines(from: first, deeperThan: parent)
            return empty
        }

        var value = TextBuffer()
        value.appendLineFeeds(first - line - 1)
        var lastContent = first
        var blankRun = 0
        var cursor = first
        while cursor < lines.count {
            let info = lines.info[cursor]
            if info.kind == .blank, info.indent <= blockIndent {
                blankRun += 1
                cursor += 1
                continue
            }
            guard info.indent >= blockIndent else { break }
            let text = lines.scalars(cursor)
            if cursor != first { value.appendLineFeeds(blankRun + 1) }
            value.append(contentsOf: text[min(blockIndent, text.count)...])
            blankRun = 0
            lastContent = cursor
            cursor += 1
        }
        switch chomping {
        case .strip:
            break
        case .clip:
            if hasBreak(lastContent) { value.append("\n") }
        case .keep:
            if hasBreak(lastContent) { value.append("\n") }
            let trailing = (lastContent + 1..<cursor).filter(hasBreak).count
            value.appendLineFeeds(trailing)
        }
        next = cursor
        var node = empty
        node.value = value.string
        return node
    }
}
