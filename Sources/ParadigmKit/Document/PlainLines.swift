/// The parser's cheap read of a simple document: a cursor over its scanned lines for readers
/// of a known shape (`key: value` lines, blocks under keys, `- item` lists), without building
/// the document tree. Values that are not simple (quoted, a `|` block, text over several lines)
/// are read by the parser's own scalar reader.
///
/// Every step gives up (throws ``NotPlain``) at anything the general parser would report or
/// read differently, so a reader built on it either reads exactly what the document tree holds
/// or leaves the file to the general way, which says what is wrong.
package struct PlainLines {
    /// Why the cheap read gave up; never shown, since the general way then reports.
    package struct NotPlain: Error {}

    /// A `key:` on a line: its text and where its value starts (`nil`: nothing after the colon).
    package struct Key {
        package let name: String
        package let valueStart: Int?
    }

    /// The lines, and the general scalar reader for values that are not simple.
    private var builder: TreeBuilder
    /// The first line not yet read.
    private var line = 0

    /// Scans `source`; `nil` when scanning alone finds something to report.
    package init?(_ source: SourceFile) {
        builder = TreeBuilder(source: source)
        guard builder.diagnostics.isEmpty else { return nil }
    }

    /// The indentation of a line.
    package func indent(_ line: Int) -> Int { builder.lines.info[line].indent }

    /// Moves past blank and comment lines to the next line with content, if any; gives up at a
    /// line the general way would report (a tab in the indentation, `---` or `...`).
    package mutating func nextContentLine() throws(NotPlain) -> Int? {
        while line < builder.lines.count {
            switch builder.lines.info[line].kind {
            case .blank, .comment: line += 1
            case .content: return line
            case .tabbed, .documentStart, .documentEnd: throw NotPlain()
            }
        }
        return nil
    }

    /// The simple `key:` at `column` of `line`; gives up when the line holds anything else.
    package func key(line: Int, column: Int) throws(NotPlain) -> Key {
        guard let key = builder.simpleKey(line: line, column: column) else { throw NotPlain() }
        return Key(name: builder.text(line, column..<key.colon), valueStart: key.valueStart)
    }

    /// The indentation of the block under the key on `keyLine` (at `parent`), or `nil` when
    /// nothing is under it (the key's value is empty). Leaves the cursor at the block's first line.
    package mutating func block(below keyLine: Int, parent: Int) throws(NotPlain) -> Int? {
        line = keyLine + 1
        guard let first = try nextContentLine() else { return nil }
        let found = indent(first)
        if found > parent { return found }
        // A list at the key's own indentation is a value a mapping's reader refuses.
        if builder.isListItem(line: first, at: found) { throw NotPlain() }
        return nil
    }

    /// The next line of a block at `column` whose parent is at `parent`, or `nil` at its end.
    package mutating func nextLine(inBlockAt column: Int, parent: Int) throws(NotPlain) -> Int? {
        guard let next = try nextContentLine() else { return nil }
        let found = indent(next)
        if found == column { return next }
        // Deeper, or between the parent and the block: the general way reports the indentation.
        guard found <= parent else { throw NotPlain() }
        return nil
    }

    /// The text of `key`'s value (`nil`: nothing after the key and nothing under it). Simple
    /// text is read from the line's bytes; any other text by the parser's scalar reader, which
    /// must report nothing.
    package mutating func text(of key: Key, line keyLine: Int, parent: Int) throws(NotPlain) -> String? {
        guard let valueStart = key.valueStart else {
            guard try block(below: keyLine, parent: parent) == nil else { throw NotPlain() }
            return nil
        }
        return try scalar(after: key.name, line: keyLine, column: valueStart, parent: parent).value
    }

    /// The scalar at `column` of `line`, the value of `key` at `parent`; moves the cursor past it.
    package mutating func scalar(
        after key: String, line: Int, column: Int, parent: Int
    ) throws(NotPlain) -> ScalarNode {
        if let simple = builder.simpleScalar(line: line, column: column, parent: parent) {
            self.line = line + 1
            return simple
        }
        builder.next = line
        let node = builder.parseScalar(
            line: line, column: column, parent: parent,
            context: .mappingValue(key: key, keyLine: line, mappingColumn: parent))
        guard builder.diagnostics.isEmpty else { throw NotPlain() }
        self.line = builder.next
        return node
    }

    /// The simple `- item` lines under a key at `parent` with nothing after it, trimmed, with
    /// the place of the first `-`; `nil` when nothing is under the key.
    package mutating func items(below keyLine: Int, parent: Int) throws(NotPlain) -> ([String], SourceLocation)? {
        guard let column = try block(below: keyLine, parent: parent) else { return nil }
        let first = line
        var items: [String] = []
        while let itemLine = try nextLine(inBlockAt: column, parent: parent) {
            guard let start = builder.simpleItemStart(line: itemLine, column: column),
                let item = builder.simpleScalar(line: itemLine, column: start, parent: column)
            else { throw NotPlain() }
            items.append(item.value.trimmingWhitespace())
            line = itemLine + 1
        }
        return (items, builder.location(first, column))
    }
}
