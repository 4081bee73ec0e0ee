/// Builds a brief's tree of blocks (``BriefDocument``), written as Markdown by ``text``, and
/// makes untrusted text safe inside it.
struct Markdown {
    private(set) var document = BriefDocument()

    /// The document as pandoc-compatible Markdown.
    var text: String { document.markdown }

    /// Lines of Markdown as written (see ``BriefBlock/markdown(_:)``).
    mutating func line(_ line: String = "") { document.blocks.append(.markdown(line)) }

    /// A front-matter field; `value` is written as given (quote it with ``frontMatterValue(_:)``).
    mutating func field(_ key: String, _ value: String) {
        document.metadata.append(BriefDocument.Field(key: key, value: value))
    }

    mutating func heading(_ level: Int, _ title: String, id: String? = nil) {
        document.blocks.append(.heading(level: level, text: title, id: id))
    }

    /// Front-matter fields for pandoc's PDF output: margins that leave a portrait A4 or Letter
    /// page room for the tables (other formats ignore them).
    mutating func pageSettings() {
        field("geometry", "\"margin=2cm\"")
    }

    /// Front-matter fields for the organisation: `organisation:` (the HTML page and other readers
    /// of the front matter), and, when it is named, `author:` as "Prepared for …", the line under
    /// the title that pandoc's Word and PDF title blocks show.
    mutating func organisation(_ name: String?) {
        let named = name.flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
        if let named { field("author", Markdown.frontMatterValue("Prepared for \(named)")) }
        field("organisation", Markdown.frontMatterValue(named ?? "Not named"))
    }

    mutating func paragraph(_ paragraph: String, grounds: Grounds = .none) {
        document.blocks.append(.paragraph(paragraph, grounds))
    }

    mutating func bullets(_ items: [String]) { bullets(items.map { ListItem($0) }) }

    mutating func bullets(_ items: [ListItem]) { document.blocks.append(.bullets(items)) }

    /// A numbered list whose first item is `first` (a list going on from a previous slide).
    mutating func numbered(_ items: [String], from first: Int = 1) { numbered(items.map { ListItem($0) }, from: first) }

    /// A numbered list of items with their grounds.
    mutating func numbered(_ items: [ListItem], from first: Int = 1) {
        document.blocks.append(.numbered(items, from: first))
    }

    /// A pipe table whose separator line gives each column a share of the page sized to its
    /// content (``TableWidths``): pandoc honours those dash counts when a row is wider than its
    /// line length, so that short columns stay on one line and long text wraps.
    /// The columns in `unbroken` are sized so that none of their cells wraps. `grounds` gives
    /// what each row rests on (none where it is shorter than the rows).
    mutating func table(
        _ header: [String], alignments: [Alignment], _ rows: [[String]], unbroken: Set<Int> = [],
        grounds: [Grounds] = []
    ) {
        let widths = TableWidths.dashes(header: header, rows: rows, unbroken: unbroken)
        let typed = rows.enumerated().map { index, cells in
            Table.Row(cells: cells, grounds: index < grounds.count ? grounds[index] : .none)
        }
        document.blocks.append(.table(Table(header: header, alignments: alignments, widths: widths, rows: typed)))
    }

    enum Alignment {
        case left, right, center

        /// The separator cell: `dashes` dashes, with colons marking the alignment.
        func rule(dashes: Int) -> String {
            switch self {
            case .left: String(repeating: "-", count: max(3, dashes))
            case .right: String(repeating: "-", count: max(3, dashes - 1)) + ":"
            case .center: ":" + String(repeating: "-", count: max(3, dashes - 2)) + ":"
            }
        }
    }

    /// Text from a user (an organisation name, a note) made inert in running Markdown and in
    /// table cells: every character Markdown or HTML could read as structure is escaped, and line
    /// breaks become spaces.
    static func escape(_ raw: String) -> String {
        var out = ""
        let scalars = Array(raw.unicodeScalars)
        for (position, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n", "\r", "\t": out += " "
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "$", "!", "^", "@":
                out += "\\" + String(scalar)
            case "&":
                // Only where it would start an entity (`&lt;`, `&#60;`), so that `&lt;` in a
                // name is shown as typed; `Harbor & Vale` stays as it is.
                out += startsEntity(scalars[(position + 1)...]) ? "\\&" : "&"
            default:
                // Other control characters would break the layout; show them as a replacement.
                out += scalar.properties.generalCategory == .control ? "\u{FFFD}" : String(scalar)
            }
        }
        return escapeLineStart(out.trimmingWhitespace())
    }

    /// Whether the text after an `&` would make it an HTML entity: `#` or letters and digits,
    /// then `;`.
    private static func startsEntity(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let body = rest.first == "#" ? rest.dropFirst() : rest
        let name = body.prefix { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return !name.isEmpty && body.dropFirst(name.count).first == ";"
    }

    /// A leading `-`, `+`, `=`, `:` or `12.` / `12)` would start a list or a definition.
    private static func escapeLineStart(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if "-+=:".unicodeScalars.contains(first) { return "\\" + text }
        let digits = text.unicodeScalars.prefix { ("0"..."9").contains($0) }
        if !digits.isEmpty, let next = text.unicodeScalars.dropFirst(digits.count).first, next == "." || next == ")" {
            return String(String.UnicodeScalarView(digits)) + "\\" + String(text.unicodeScalars.dropFirst(digits.count))
        }
        return text
    }

    /// Free text of several lines, as a block quote whose every line is escaped.
    static func quoteBlock(_ raw: String) -> String {
        raw.trimmingWhitespace().split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                let escaped = escape(String(line))
                return escaped.isEmpty ? ">" : "> " + escaped
            }
            .joined(separator: "\n")
    }

    /// A value for the YAML front matter: double-quoted for YAML, escaped for Markdown (pandoc
    /// reads front-matter strings as Markdown).
    static func frontMatterValue(_ raw: String) -> String {
        var out = "\""
        for scalar in escape(raw).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out += String(scalar)
            }
        }
        return out + "\""
    }

    /// A signed number with one decimal: `+4.2`, `–1.0`.
    static func signed(_ value: Double) -> String {
        let text = abs(value).oneDecimal
        return text == "0.0" ? "0.0" : (value > 0 ? "+" : "–") + text
    }
}
