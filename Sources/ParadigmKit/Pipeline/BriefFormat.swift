/// What `paradigm brief` writes: one closed set, named by `--format` or, without it, by the
/// extension of the file `-o` names, so that a file never holds another format's bytes.
public enum BriefFormat: String, CaseIterable, Sendable {
    /// Markdown with pandoc-compatible front matter.
    case markdown
    /// One self-contained HTML page.
    case html
    /// A Word document, made by pandoc.
    case docx
    /// A PDF, made by pandoc and pdflatex.
    case pdf
    /// The results as JSON (docs/json-format.md).
    case json
    /// A team brief as a pandoc slide deck.
    case slides
    /// A team brief's facilitator's run sheet alone.
    case runsheet

    /// The file extensions that name this format (lower case, without the dot).
    public var extensions: [String] {
        switch self {
        case .markdown, .slides, .runsheet: ["md", "markdown"]
        case .html: ["html", "htm"]
        case .docx: ["docx"]
        case .pdf: ["pdf"]
        case .json: ["json"]
        }
    }

    /// How an error names the format.
    public var description: String {
        switch self {
        case .markdown: "Markdown"
        case .html: "an HTML page"
        case .docx: "a Word document"
        case .pdf: "a PDF"
        case .json: "JSON"
        case .slides: "a Markdown slide deck"
        case .runsheet: "the facilitator's run sheet"
        }
    }

    /// The document pandoc makes for it, if any.
    public var pandoc: DocumentFormat? {
        switch self {
        case .docx: .docx
        case .pdf: .pdf
        case .markdown, .html, .json, .slides, .runsheet: nil
        }
    }

    /// Whether only a team brief is made in it (slides, the run sheet): naming it makes a team
    /// brief of even one answers file.
    public var isTeamOutput: Bool {
        switch self {
        case .slides, .runsheet: true
        case .markdown, .html, .docx, .pdf, .json: false
        }
    }

    /// Whether it is a document (HTML, DOCX or PDF) rather than text for other tools.
    public var isDocument: Bool { self == .html || pandoc != nil }

    /// The format whose extension ends `path`, if any (`brief.PDF`: PDF; `brief.txt`: none).
    public static func named(by path: String) -> BriefFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        return allCases.first { $0.extensions.contains(ext) }
    }
}
