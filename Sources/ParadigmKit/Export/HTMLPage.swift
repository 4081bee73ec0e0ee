/// A brief as one self-contained HTML page, made without pandoc: the brief's tree of blocks
/// (``BriefDocument``), inline CSS with a print stylesheet (``HTMLStyle``), and charts inline as
/// SVG, each at the end of the section it belongs to.
struct HTMLPage {
    let document: BriefDocument
    /// Charts by the id of the section they close (or, for a heading with no id, its text).
    let charts: [String: String]
    /// The paper its printed pages are laid out for.
    var paper: Paper = .letter

    func render() -> String {
        let metadata = Dictionary(
            document.metadata.map { ($0.key, MarkdownBlocks.unquote($0.value)) },
            uniquingKeysWith: { first, _ in first })
        let title = metadata["title"] ?? "Brief"
        var body = "<header>\n<h1 class=\"title\">\(InlineHTML.render(title))</h1>\n"
        if let subtitle = metadata["subtitle"] {
            body += "<p class=\"subtitle\">\(InlineHTML.render(subtitle))</p>\n"
        }
        let facts = [metadata["organisation"], metadata["date"]].compactMap { $0 }
        if !facts.isEmpty { body += "<p class=\"date\">\(facts.map(InlineHTML.render).joined(separator: " · "))</p>\n" }
        body += "</header>\n"
        var open: String?
        for block in Self.blocks(document.blocks) {
            if case .heading(_, let text) = block.block {
                body += figure(closing: open)
                open = block.id ?? text
            }
            body += html(block.block)
        }
        body += figure(closing: open)
        return HTMLHead.render(title: InlineHTML.escape(Self.plain(title)), css: HTMLStyle.css(paper: paper)) + """
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    /// The page's blocks: each typed block as it is, and each run of Markdown lines as written
    /// (text authored in the data) read as the blocks it holds.
    private static func blocks(_ blocks: [BriefBlock]) -> [(block: MarkdownBlocks.Block, id: String?)] {
        var out: [(block: MarkdownBlocks.Block, id: String?)] = []
        var lines: [String] = []
        func flush() {
            guard !lines.isEmpty else { return }
            out += MarkdownBlocks(lines.joined(separator: "\n")).blocks.map { ($0, nil) }
            lines = []
        }
        for block in blocks {
            if case .markdown(let line) = block {
                lines.append(line)
                continue
            }
            flush()
            switch block {
            case .heading(let level, let text, let id): out.append((.heading(level: level, text: text), id))
            case .paragraph(let text, _): out.append((.paragraph(text), nil))
            case .bullets(let items): out.append((.bullets(items.map { ($0.text, $0.children.map(\.text)) }), nil))
            case .numbered(let items, _): out.append((.numbered(items.map(\.text)), nil))
            case .table(let table):
                out.append(
                    (
                        .table(
                            header: table.header, alignments: table.alignments, widths: table.widths,
                            rows: table.rows.map(\.cells)), nil
                    ))
            case .markdown: break
            }
        }
        flush()
        return out
    }

    /// The chart that closes a section, if one is named for it.
    private func figure(closing heading: String?) -> String {
        guard let heading, let svg = charts[heading] else { return "" }
        let inline = svg.split(separator: "\n").filter { !$0.hasPrefix("<?xml") }.joined(separator: "\n")
        return "<figure class=\"chart\">\n\(inline)\n</figure>\n"
    }

    private func html(_ block: MarkdownBlocks.Block) -> String {
        switch block {
        case .heading(let level, let text):
            return "<h\(level)>\(InlineHTML.render(text))</h\(level)>\n"
        case .paragraph(let text):
            return "<p>\(InlineHTML.render(text))</p>\n"
        case .bullets(let items):
            let list = items.map { item in
                let children =
                    item.children.isEmpty
                    ? ""
                    : "<ul>" + item.children.map { "<li>\(InlineHTML.render($0))</li>" }.joined() + "</ul>"
                return "<li>\(InlineHTML.render(item.text))\(children)</li>\n"
            }
            return "<ul>\n" + list.joined() + "</ul>\n"
        case .numbered(let items):
            return "<ol>\n" + items.map { "<li>\(InlineHTML.render($0))</li>\n" }.joined() + "</ol>\n"
        case .quote(let lines):
            return "<blockquote><p>" + lines.map(InlineHTML.render).joined(separator: "<br>") + "</p></blockquote>\n"
        case .table(let header, let alignments, let widths, let rows):
            return table(header, alignments, widths, rows)
        }
    }

    private func table(
        _ header: [String], _ alignments: [Markdown.Alignment], _ widths: [Int], _ rows: [[String]]
    ) -> String {
        let total = max(1, widths.reduce(0, +))
        let columns = widths.map { "<col style=\"width: \(SVG.number(100 * Double($0) / Double(total)))%\">" }.joined()
        func cells(_ row: [String], _ tag: String) -> String {
            row.enumerated().map { index, cell in
                let align = index < alignments.count ? alignments[index] : .left
                let style =
                    switch align {
                    case .left: ""
                    case .right: " class=\"number\""
                    case .center: " class=\"centre\""
                    }
                return "<\(tag)\(style)>\(InlineHTML.render(cell))</\(tag)>"
            }.joined()
        }
        return
            "<div class=\"table\"><table>\n<colgroup>\(columns)</colgroup>\n"
            + "<thead><tr>\(cells(header, "th"))</tr></thead>\n<tbody>\n"
            + rows.map { "<tr>\(cells($0, "td"))</tr>\n" }.joined() + "</tbody></table></div>\n"
    }

    /// Markdown text without its marks, for the page's `<title>`.
    private static func plain(_ markdown: String) -> String {
        String(markdown.filter { !"*`\\".contains($0) })
    }
}
