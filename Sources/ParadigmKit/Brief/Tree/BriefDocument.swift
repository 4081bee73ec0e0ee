/// A brief as a tree of typed blocks, built once by a renderer and written per format
/// (Markdown for pandoc, the HTML page, the statements in JSON): nothing renders text and
/// parses it back. Inline text inside a block is Markdown (emphasis, escapes, links), which
/// each format renders (``InlineHTML`` for the page).
struct BriefDocument: Sendable {
    /// The front matter, in order: field names with their YAML values as written.
    var metadata: [Field] = []
    /// The body.
    var blocks: [BriefBlock] = []

    /// One front-matter field.
    struct Field: Sendable, Equatable {
        /// The field's name.
        let key: String
        /// The value as written in YAML (quoted where needed).
        let value: String
    }
}

/// One block of a brief.
enum BriefBlock: Sendable {
    /// A heading; `id` names the section for what attaches to it (a chart), by identity rather
    /// than by its text.
    case heading(level: Int, text: String, id: String?)
    /// A paragraph with what it rests on.
    case paragraph(String, Grounds)
    /// A bulleted list.
    case bullets([ListItem])
    /// A numbered list whose first number is `from`.
    case numbered([ListItem], from: Int)
    /// A pipe table.
    case table(Table)
    /// Lines of Markdown as written, one block a line: text authored in the questionnaire's data
    /// (a starter's list) and renderers not yet moved to typed blocks.
    case markdown(String)
}

/// One item of a list, with what it rests on and any nested items.
struct ListItem: Sendable {
    /// The item's inline Markdown.
    var text: String
    /// What it rests on.
    var grounds: Grounds = .none
    /// Nested items (one level).
    var children: [ListItem] = []

    /// An item.
    init(_ text: String, grounds: Grounds = .none, children: [ListItem] = []) {
        self.text = text
        self.grounds = grounds
        self.children = children
    }
}

/// A table: its header, alignments, the relative width of each column, and rows with what each
/// rests on.
struct Table: Sendable {
    /// The header cells.
    let header: [String]
    /// Each column's alignment.
    let alignments: [Markdown.Alignment]
    /// Each column's share of the width, as the separator's dash count (``TableWidths``).
    let widths: [Int]
    /// The rows.
    let rows: [Row]

    /// One row.
    struct Row: Sendable {
        /// The cells' inline Markdown.
        let cells: [String]
        /// What the row rests on.
        let grounds: Grounds
    }
}

extension BriefBlock {
    /// Every statement the block makes, with its grounds: a paragraph, each list item and
    /// nested item, each table row (its cells joined).
    var statements: [(text: String, grounds: Grounds)] {
        switch self {
        case .heading, .markdown: []
        case .paragraph(let text, let grounds): [(text, grounds)]
        case .bullets(let items), .numbered(let items, _):
            items.flatMap { item in [(item.text, item.grounds)] + item.children.map { ($0.text, $0.grounds) } }
        case .table(let table): table.rows.map { ($0.cells.joined(separator: " | "), $0.grounds) }
        }
    }
}
