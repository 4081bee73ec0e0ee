/// Builds the located tree of one document from its lines. This file holds the block structure
/// (document, mappings, lists); keys and refused constructs are in `TreeBuilder+Keys.swift`,
/// scalars in `TreeBuilder+Scalars.swift` (plain), `+Quoted.swift` and `+Literal.swift`.
///
/// Lines and columns are 0-based inside the builder and 1-based in every location it produces.
/// Each collection calls the next level down, but never deeper than ``maxDepth`` levels, so
/// recursion is bounded whatever the input. After an error the builder skips to the next line at
/// the same or a lower indentation (the next sibling) and goes on, so that one run reports every
/// error of a file; ``damage`` records where the tree it builds is not what was written.
struct TreeBuilder {
    /// The deepest nesting of mappings and lists a document may have.
    static let maxDepth = 100
    /// The longest key, from its first character to the `:`, that PyYAML still reads as a key.
    static let maxKeyLength = 1024

    let source: SourceFile
    var lines: SourceLines
    /// Everything found so far.
    private(set) var diagnostics = Diagnostics()
    /// Where the errors left the tree: the lines with an error, and the mappings a line was
    /// skipped from.
    private(set) var damage = PartialDocument.Damage()
    /// The first line not yet consumed.
    var next = 0
    /// Lines with a refused character: other errors on them would only be noise.
    private var linesWithCharacterErrors = Set<Int>()
    /// Whether simple lines are read straight from their bytes (`TreeBuilder+SimpleLines.swift`);
    /// off only for tests that check both ways build the same tree.
    let shortcuts: Bool

    init(source: SourceFile, shortcuts: Bool = true) {
        self.source = source
        self.shortcuts = shortcuts
        lines = source.scannedLines ?? SourceLines(source)
        for problem in lines.problems {
            diagnostics.append(problem.diagnostic(in: source))
            linesWithCharacterErrors.insert(problem.line)
            damage.record(location(problem.line, problem.column), contentColumn: lines.info[problem.line].indent + 1)
        }
    }

    // MARK: - Reporting

    /// Records an error at a 0-based line and column.
    mutating func error(_ message: String, line: Int, column: Int, width: Int = 1, help: String? = nil) {
        guard !linesWithCharacterErrors.contains(line) else { return }
        damage.record(location(line, column), contentColumn: (line < lines.count ? lines.info[line].indent : 0) + 1)
        diagnostics.append(
            Diagnostic(
                .error, message, in: source, at: location(line, column), width: width, help: help))
    }

    /// The 1-based location of a 0-based line and column.
    func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(line: line + 1, column: column + 1)
    }

    /// An empty plain scalar: what `key:` or `-` with nothing after them holds.
    func emptyScalar(line: Int, column: Int) -> ScalarNode {
        ScalarNode(value: "", style: .plain, location: location(line, column), width: 1)
    }

    // MARK: - Moving over lines

    /// The indentation of a line.
    func indent(_ line: Int) -> Int { lines.info[line].indent }

    /// Whether a line is `---` or `...` at column 1.
    func isMarker(_ line: Int) -> Bool {
        let kind = lines.info[line].kind
        return kind == .documentStart || kind == .documentEnd
    }

    /// Moves ``next`` past blank and comment lines, reporting lines indented with tabs, and
    /// returns the next line that holds content or a document marker.
    mutating func nextContentLine() -> Int? {
        while next < lines.count {
            switch lines.info[next].kind {
            case .blank, .comment:
                next += 1
            case .tabbed:
                reportTabbedLine(next)
                next += 1
            case .content, .documentStart, .documentEnd:
                return next
            }
        }
        return nil
    }

    /// Moves ``next`` to `start`, then past every line indented deeper than `level` (and blank
    /// and comment lines): the rest of a construct that had an error.
    mutating func skipLines(from start: Int, deeperThan level: Int) {
        next = max(next, start)
        while next < lines.count {
            let info = lines.info[next]
            switch info.kind {
            case .blank, .comment:
                next += 1
            case .documentStart, .documentEnd:
                return
            case .content, .tabbed:
                guard info.indent > level else { return }
                next += 1
            }
        }
    }

    /// Whether `scalars` hold a list item (`-` then a space, a tab or the end) at `column`.
    func isListItem(_ scalars: [Unicode.Scalar], at column: Int) -> Bool {
        scalars.at(column) == "-" && isSeparator(scalars.at(column + 1))
    }

    /// Whether `line` holds a list item at `column`, where only spaces precede it (so that a
    /// byte offset is a column): read from the bytes, without making the line's scalars.
    func isListItem(line: Int, at column: Int) -> Bool {
        lines.withBytes(line) { bytes in
            column < bytes.count && bytes[column] == UInt8(ascii: "-")
                && (column + 1 == bytes.count || bytes[column + 1] == UInt8(ascii: " ")
                    || bytes[column + 1] == UInt8(ascii: "\t"))
        }
    }

    /// A space, a tab or the end of the line: what must follow `-`, `:` or `?` as indicators.
    func isSeparator(_ scalar: Unicode.Scalar?) -> Bool {
        scalar == nil || scalar == " " || scalar == "\t"
    }

    // MARK: - The document

    /// Parses the whole document: an optional `---`, one root node, then nothing else.
    mutating func build() -> Node? {
        guard var line = nextContentLine() else { return nil }
        var explicitStart = false
        if lines.info[line].kind == .documentStart {
            explicitStart = true
            checkDocumentStart(line)
            next = line + 1
            guard let content = nextContentLine() else { return .scalar(emptyScalar(line: line, column: 3)) }
            line = content
        }
        if isMarker(line) {
            reportMarker(line)
            return explicitStart ? .scalar(emptyScalar(line: line, column: 0)) : nil
        }
        let root = parseNode(line: line, column: indent(line), parent: -1, depth: 1)
        while let extra = nextContentLine() {
            if isMarker(extra) {
                reportMarker(extra)
                break
            }
            switch root {
            case .scalar(let scalar):
                error(
                    "a document holds one value, but more follows the text on line \(scalar.location.line)",
                    line: extra, column: indent(extra),
                    help: "to hold several values, write one `key: value` per line")
            case .mapping, .sequence:
                if case .mapping = root { damage.recordIncompleteMapping(at: root.location) }
                reportIndentation(line: extra, expected: [Level(node: root)])
            }
            skipLines(from: extra + 1, deeperThan: indent(extra))
        }
        return root
    }

    /// Checks that `---` is alone on its line, apart from a comment.
    private mutating func checkDocumentStart(_ line: Int) {
        let scalars = lines.scalars(line)
        var column = 3
        while scalars.at(column) == " " { column += 1 }
        guard let found = scalars.at(column), found != "#" || column == 3 else { return }
        if found == "\t" {
            error(
                "found a tab after `---`", line: line, column: column,
                help: "use spaces, or put nothing after `---`")
        } else {
            error(
                "unexpected text after `---`", line: line, column: column,
                width: scalars.count - column,
                help: "put the document's content on the line after `---`")
        }
    }

    /// Reports a `---` or `...` that the subset does not allow.
    private mutating func reportMarker(_ line: Int) {
        if lines.info[line].kind == .documentStart {
            error(
                "a second document is not supported", line: line, column: 0, width: 3,
                help: "keep one document per file; remove this `---` and what follows, or move it to another file")
        } else {
            error(
                "the document end marker `...` is not supported", line: line, column: 0, width: 3,
                help: "remove this line")
        }
    }

    // MARK: - Nodes and collections

    /// Parses the node that starts at `column` of `line`, which holds content there. `parent` is
    /// the column of the enclosing collection (-1 at the root); `depth` is the nesting level a
    /// collection starting here would have.
    mutating func parseNode(line: Int, column: Int, parent: Int, depth: Int) -> Node {
        if let entry = simpleEntry(line: line, column: column) {
            return parseMapping(line: line, column: column, parent: parent, depth: depth, first: .simple(entry))
        }
        if let scalar = simpleScalar(line: line, column: column, parent: parent) {
            next = max(next, line + 1)
            return .scalar(scalar)
        }
        let scalars = lines.scalars(line)
        if isListItem(scalars, at: column) {
            return parseSequence(line: line, column: column, parent: parent, depth: depth, indentless: false)
        }
        if let key = scanKey(scalars, line: line, column: column) {
            return parseMapping(line: line, column: column, parent: parent, depth: depth, first: .scanned(key))
        }
        return .scalar(parseScalar(line: line, column: column, parent: parent, context: .standalone))
    }

    /// Reports nesting beyond ``maxDepth`` and skips the construct.
    private mutating func refuseDepth(line: Int, column: Int, parent: Int) -> Node {
        error(
            "nesting is deeper than \(TreeBuilder.maxDepth) levels", line: line, column: column,
            help: "flatten the structure; a document may nest mappings and lists \(TreeBuilder.maxDepth) levels deep")
        skipLines(from: line + 1, deeperThan: parent)
        return .scalar(emptyScalar(line: line, column: column))
    }

    /// The start of a mapping entry: a key the general reader scanned, or a simple line.
    enum EntryStart {
        /// A key found by ``scanKey(_:line:column:)``, its value not read yet.
        case scanned(KeyScan)
        /// A line the shortcut read (`TreeBuilder+SimpleLines.swift`).
        case simple(SimpleEntry)
    }

    /// Parses a block mapping whose first key starts at `column` of `line`.
    mutating func parseMapping(line: Int, column: Int, parent: Int, depth: Int, first: EntryStart) -> Node {
        guard depth <= TreeBuilder.maxDepth else { return refuseDepth(line: line, column: column, parent: parent) }
        var entries: [MappingEntry] = []
        var firstLines = FirstKeyLines()
        var current = line
        var start = first
        entries: while true {
            let keyNode: ScalarNode
            let value: Node
            switch start {
            case .scanned(let key):
                keyNode = commitKey(key, line: current)
                checkDuplicate(keyNode, line: current, in: &firstLines)
                value = parseMappingValue(
                    line: current, key: key, keyNode: keyNode, mappingColumn: column, depth: depth)
            case .simple(.complete(let entry)):
                keyNode = entry.key
                checkDuplicate(keyNode, line: current, in: &firstLines)
                next = max(next, current + 1)
                value = entry.value
            case .simple(.valueBelow(let key, let colon)):
                keyNode = key
                checkDuplicate(keyNode, line: current, in: &firstLines)
                value = parseValueBelow(line: current, colon: colon, mappingColumn: column, depth: depth)
            }
            entries.append(MappingEntry(key: keyNode, value: value))
            while true {
                guard let following = nextContentLine(), !isMarker(following) else { break entries }
                let found = indent(following)
                if found < column { break entries }
                if found > column {
                    var expected = [Level(column: column, line: line, isList: false)]
                    if value.isCollection, value.location.column - 1 > found { expected.append(Level(node: value)) }
                    damage.recordIncompleteMapping(at: location(line, column))
                    reportIndentation(line: following, expected: expected)
                    skipLines(from: following + 1, deeperThan: column)
                    continue
                }
                if let simple = simpleEntry(line: following, column: column) {
                    current = following
                    start = .simple(simple)
                    continue entries
                }
                let scalars = lines.scalars(following)
                if let nextKey = scanKey(scalars, line: following, column: column) {
                    current = following
                    start = .scanned(nextKey)
                    continue entries
                }
                damage.recordIncompleteMapping(at: location(line, column))
                reportNotAKey(scalars, line: following, column: column, mappingLine: line)
                skipLines(from: following + 1, deeperThan: column)
            }
        }
        return .mapping(MappingNode(entries: entries, location: location(line, column)))
    }

    /// Reports a key set twice in one mapping.
    private mutating func checkDuplicate(_ key: ScalarNode, line: Int, in firstLines: inout FirstKeyLines) {
        guard let first = firstLines.firstLine(of: key.value, setOn: line + 1) else { return }
        error(
            "duplicate key `\(key.value)`; it was first set on line \(first)",
            line: line, column: key.location.column - 1, width: key.width,
            help: "remove one of the two, or merge their values")
    }

    /// Parses what follows `key:`: a value on the same line, a node on the lines below, a list at
    /// the key's own indentation, or nothing (an empty text).
    private mutating func parseMappingValue(
        line: Int, key: KeyScan, keyNode: ScalarNode, mappingColumn: Int, depth: Int
    ) -> Node {
        let scalars = lines.scalars(line)
        var column = key.colon + 1
        while scalars.at(column) == " " { column += 1 }
        if scalars.at(column) == "\t" {
            error(
                "expected a value after `\(keyNode.value):`; found a tab", line: line, column: column,
                help: "put a space, not a tab, after `:`")
            skipLines(from: line + 1, deeperThan: mappingColumn)
            return .scalar(emptyScalar(line: line, column: key.colon + 1))
        }
        guard column >= scalars.count || scalars.at(column) == "#" else {
            let context = ScalarContext.mappingValue(key: keyNode.value, keyLine: line, mappingColumn: mappingColumn)
            let value = parseScalar(line: line, column: column, parent: mappingColumn, context: context)
            // The node a refused anchor or tag stood for may be a list at the key's own
            // indentation: it is skipped with it, not reported again as stray items.
            if isLoneProperty(line: line, at: column) { skipIndentlessItems(column: mappingColumn) }
            return .scalar(value)
        }
        return parseValueBelow(line: line, colon: key.colon, mappingColumn: mappingColumn, depth: depth)
    }

    /// Parses the value of a `key:` that has nothing after it on its line (the `:` at `colon`):
    /// a node on the lines below, a list at the key's own indentation, or the empty text.
    private mutating func parseValueBelow(line: Int, colon: Int, mappingColumn: Int, depth: Int) -> Node {
        next = line + 1
        guard let below = nextContentLine(), !isMarker(below) else {
            return .scalar(emptyScalar(line: line, column: colon + 1))
        }
        let found = indent(below)
        if found > mappingColumn {
            let node = parseNode(line: below, column: found, parent: mappingColumn, depth: depth + 1)
            if isLoneProperty(line: below, at: found) { skipIndentlessItems(column: mappingColumn) }
            return node
        }
        if found == mappingColumn, isListItem(line: below, at: found) {
            return parseSequence(line: below, column: found, parent: mappingColumn, depth: depth + 1, indentless: true)
        }
        return .scalar(emptyScalar(line: line, column: colon + 1))
    }

    /// Parses a block list whose first `-` stands at `column` of `line`. An `indentless` list is
    /// the value of a key at the same indentation; it ends at the first line that is not an item.
    mutating func parseSequence(line: Int, column: Int, parent: Int, depth: Int, indentless: Bool) -> Node {
        guard depth <= TreeBuilder.maxDepth else {
            let node = refuseDepth(line: line, column: column, parent: parent)
            if indentless { skipIndentlessItems(column: column) }
            return node
        }
        var items: [Node] = []
        var current = line
        items: while true {
            items.append(parseItem(line: current, column: column, depth: depth))
            while true {
                guard let following = nextContentLine(), !isMarker(following) else { break items }
                let found = indent(following)
                if found < column { break items }
                if found == column {
                    if isListItem(line: following, at: column) {
                        current = following
                        continue items
                    }
                    if indentless { break items }
                    let scalars = lines.scalars(following)
                    let hint =
                        scalars.at(column) == "-"
                        ? "put a space after `-`"
                        : "start the line with `- `, or indent it to belong to the item above"
                    error(
                        "expected a list item (`- `) to continue the list from line \(line + 1)",
                        line: following, column: column, help: hint)
                    skipLines(from: following + 1, deeperThan: column)
                    continue
                }
                var expected = [Level(column: column, line: line, isList: true)]
                if let last = items.last, last.isCollection, last.location.column - 1 > found {
                    expected.append(Level(node: last))
                }
                reportIndentation(line: following, expected: expected)
                skipLines(from: following + 1, deeperThan: column)
            }
        }
        return .sequence(SequenceNode(items: items, location: location(line, column)))
    }

    /// Parses the item after the `-` at `column` of `line`.
    private mutating func parseItem(line: Int, column: Int, depth: Int) -> Node {
        if let start = simpleItemStart(line: line, column: column) {
            return parseNode(line: line, column: start, parent: column, depth: depth + 1)
        }
        let scalars = lines.scalars(line)
        var start = column + 1
        while scalars.at(start) == " " { start += 1 }
        if scalars.at(start) == "\t" {
            error(
                "expected an item after `-`; found a tab", line: line, column: start,
                help: "put a space, not a tab, after `-`")
            skipLines(from: line + 1, deeperThan: column)
            return .scalar(emptyScalar(line: line, column: column + 1))
        }
        if start < scalars.count, scalars.at(start) != "#" {
            return parseNode(line: line, column: start, parent: column, depth: depth + 1)
        }
        next = line + 1
        if let below = nextContentLine(), !isMarker(below), indent(below) > column {
            return parseNode(line: below, column: indent(below), parent: column, depth: depth + 1)
        }
        return .scalar(emptyScalar(line: line, column: column + 1))
    }

    /// After refusing an indentless list for depth, skips its remaining `-` items.
    /// Whether `line` holds at `column` only an anchor or a tag (and perhaps a comment): a
    /// property the subset refuses, whose node would stand on the lines below.
    private mutating func isLoneProperty(line: Int, at column: Int) -> Bool {
        let scalars = lines.scalars(line)
        guard scalars.at(column) == "&" || scalars.at(column) == "!" else { return false }
        var index = column
        while let scalar = scalars.at(index), scalar != " ", scalar != "\t" { index += 1 }
        while scalars.at(index) == " " || scalars.at(index) == "\t" { index += 1 }
        return index >= scalars.count || scalars.at(index) == "#"
    }

    private mutating func skipIndentlessItems(column: Int) {
        while let following = nextContentLine(), !isMarker(following), indent(following) == column,
            isListItem(line: following, at: column)
        {
            skipLines(from: following + 1, deeperThan: column)
        }
    }
}

extension Node {
    /// Whether the node is a mapping or a list.
    var isCollection: Bool {
        if case .scalar = self { return false }
        return true
    }
}

extension TreeBuilder.Level {
    /// The level of a mapping or list node.
    init(node: Node) {
        var isList = false
        if case .sequence = node { isList = true }
        self.init(column: node.location.column - 1, line: node.location.line - 1, isList: isList)
    }
}
