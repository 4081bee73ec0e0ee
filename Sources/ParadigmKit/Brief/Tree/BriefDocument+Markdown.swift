extension BriefDocument {
    /// The document as pandoc-compatible Markdown: the front matter between `---` lines, then
    /// each block followed by a blank line; the text ends in one line break.
    var markdown: String {
        var out = ""
        if !metadata.isEmpty {
            out += "---\n" + metadata.map { "\($0.key): \($0.value)\n" }.joined() + "---\n\n"
        }
        for block in blocks {
            switch block {
            case .heading(let level, let text, _):
                if !out.isEmpty, !out.hasSuffix("\n\n") { out += "\n" }
                out += String(repeating: "#", count: level) + " " + text + "\n\n"
            case .paragraph(let text, _):
                out += text + "\n\n"
            case .bullets(let items):
                for item in items {
                    out += "- " + item.text + "\n"
                    for child in item.children { out += "  - " + child.text + "\n" }
                }
                out += "\n"
            case .numbered(let items, let first):
                for (index, item) in items.enumerated() { out += "\(index + first). " + item.text + "\n" }
                out += "\n"
            case .table(let table):
                out += "| " + table.header.joined(separator: " | ") + " |\n"
                out +=
                    "|" + zip(table.alignments, table.widths).map { $0.rule(dashes: $1) }.joined(separator: "|") + "|\n"
                for row in table.rows { out += "| " + row.cells.joined(separator: " | ") + " |\n" }
                out += "\n"
            case .markdown(let line):
                out += line + "\n"
            }
        }
        return out.trimmingTrailingBlankLines() + "\n"
    }
}
