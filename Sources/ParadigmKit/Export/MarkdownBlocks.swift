/// Markdown written as text (a starter authored in the operating-model data), read as blocks
/// for the HTML page: front matter, headings, paragraphs, lists (one level of nesting),
/// numbered lists, block quotes and pipe tables with their relative column widths. It reads
/// that subset only; it is not a general Markdown parser.
struct MarkdownBlocks {
    /// One block of a document.
    enum Block: Equatable {
        case heading(level: Int, text: String)
        case paragraph(String)
        /// A bullet list; each item may carry a nested list.
        case bullets([(text: String, children: [String])])
        case numbered([String])
        case quote([String])
        case table(header: [String], alignments: [Markdown.Alignment], widths: [Int], rows: [[String]])

        static func == (lhs: Block, rhs: Block) -> Bool { String(describing: lhs) == String(describing: rhs) }
    }

    /// The front matter's fields, unquoted (their values are still Markdown).
    private(set) var metadata: [String: String] = [:]
    private(set) var blocks: [Block] = []

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[...]
        if lines.first == "---" {
            lines = lines.dropFirst()
            while let line = lines.first, line != "---" {
                lines = lines.dropFirst()
                guard let colon = line.firstIndex(of: ":") else { continue }
                metadata[String(line[..<colon])] = Self.unquote(
                    String(line[line.index(after: colon)...]).trimmingWhitespace())
            }
            lines = lines.dropFirst()
        }
        while let line = lines.first {
            if line.trimmingWhitespace().isEmpty {
                lines = lines.dropFirst()
            } else if let heading = Self.heading(line) {
                blocks.append(heading)
                lines = lines.dropFirst()
            } else if line.hasPrefix("|") {
                blocks.append(Self.table(Self.take(&lines) { $0.hasPrefix("|") }))
            } else if line.hasPrefix("- ") {
                blocks.append(Self.bullets(Self.take(&lines) { $0.hasPrefix("- ") || $0.hasPrefix("  - ") }))
            } else if Self.numberedItem(line) != nil {
                blocks.append(
                    .numbered(Self.take(&lines) { Self.numberedItem($0) != nil }.compactMap(Self.numberedItem)))
            } else if line.hasPrefix(">") {
                blocks.append(
                    .quote(Self.take(&lines) { $0.hasPrefix(">") }.map { String($0.dropFirst()).trimmingWhitespace() }))
            } else {
                let text = Self.take(&lines) { next in
                    !next.trimmingWhitespace().isEmpty && Self.heading(next) == nil && Self.numberedItem(next) == nil
                        && !["|", "- ", ">"].contains { next.hasPrefix($0) }
                }
                blocks.append(.paragraph(text.joined(separator: " ")))
            }
        }
    }

    /// The first line and the lines after it that belong to the same block.
    private static func take(_ lines: inout ArraySlice<String>, while belongs: (String) -> Bool) -> [String] {
        let taken = Array(lines.prefix(1)) + lines.dropFirst().prefix(while: belongs)
        lines = lines.dropFirst(taken.count)
        return taken
    }

    private static func heading(_ line: String) -> Block? {
        let level = line.prefix { $0 == "#" }.count
        guard (1...6).contains(level), line.dropFirst(level).first == " " else { return nil }
        return .heading(level: level, text: String(line.dropFirst(level + 1)))
    }

    private static func numberedItem(_ line: String) -> String? {
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return String(line.dropFirst(digits.count + 2))
    }

    private static func bullets(_ lines: [String]) -> Block {
        var items: [(text: String, children: [String])] = []
        for line in lines {
            if line.hasPrefix("  - "), !items.isEmpty {
                items[items.count - 1].children.append(String(line.dropFirst(4)))
            } else {
                items.append((String(line.dropFirst(2)), []))
            }
        }
        return .bullets(items)
    }

    private static func table(_ lines: [String]) -> Block {
        let header = cells(lines[0])
        let rules = lines.count > 1 ? cells(lines[1]) : []
        let alignments = rules.map { rule -> Markdown.Alignment in
            switch (rule.hasPrefix(":"), rule.hasSuffix(":")) {
            case (true, true): .center
            case (false, true): .right
            default: .left
            }
        }
        return .table(
            header: header, alignments: alignments, widths: rules.map(\.count), rows: lines.dropFirst(2).map(cells))
    }

    /// A row's cells: split at every `|` that no backslash escapes.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line.trimmingWhitespace().dropFirst() {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(character)
            }
        }
        return cells
    }

    /// A front-matter value without its YAML double quotes and escapes.
    static func unquote(_ value: String) -> String {
        guard value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 else { return value }
        var out = ""
        var escaped = false
        for character in value.dropFirst().dropLast() {
            if escaped || character != "\\" {
                out.append(character)
                escaped = false
            } else {
                escaped = true
            }
        }
        return out
    }
}
