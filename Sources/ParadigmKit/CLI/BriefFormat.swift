/// What `paradigm brief` writes: one closed set, named by `--format` or, without it, by the
/// extension of the file `-o` names, so that a file never holds another format's bytes.
enum BriefFormat: String, CaseIterable, Sendable {
    case markdown, html, docx, pdf, json, slides, runsheet

    /// The file extensions that name this format (lower case, without the dot).
    var extensions: [String] {
        switch self {
        case .markdown, .slides, .runsheet: ["md", "markdown"]
        case .html: ["html", "htm"]
        case .docx: ["docx"]
        case .pdf: ["pdf"]
        case .json: ["json"]
        }
    }

    /// How an error names the format.
    var description: String {
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
    var pandoc: DocumentFormat? {
        switch self {
        case .docx: .docx
        case .pdf: .pdf
        case .markdown, .html, .json, .slides, .runsheet: nil
        }
    }

    /// Whether it is a document (HTML, DOCX or PDF) rather than text for other tools.
    var isDocument: Bool { self == .html || pandoc != nil }

    /// The format of arguments that went through ``resolved(_:command:)``: `--format`'s value,
    /// Markdown without one.
    init(_ arguments: ParsedArguments) {
        self = arguments.value(BriefCommand.format.key).flatMap(BriefFormat.init(rawValue:)) ?? .markdown
    }

    /// The format whose extension ends `path`, if any (`brief.PDF`: PDF; `brief.txt`: none).
    static func named(by path: String) -> BriefFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        return allCases.first { $0.extensions.contains(ext) }
    }

    /// The arguments with `--format` set: as given, or from the extension of `-o FILE` when it
    /// names a format. A `--format` that another format's extension contradicts is refused
    /// (exit 64) rather than writing, say, Markdown into `brief.pdf`.
    static func resolved(_ arguments: ParsedArguments, command: String) throws(CommandError) -> ParsedArguments {
        guard let path = arguments.value(CommonOptions.output.key), path != "-", let named = named(by: path) else {
            return arguments
        }
        let key = BriefCommand.format.key
        guard let given = arguments.value(key).flatMap(BriefFormat.init(rawValue:)) else {
            var resolved = arguments
            resolved.values[key] = [named.rawValue]
            return resolved
        }
        guard given.extensions.contains(where: { named.extensions.contains($0) }) else {
            let ext = path[path.index(after: path.lastIndex(of: ".") ?? path.startIndex)...]
            throw .usage(
                "'-o \(path)' names \(named.description), but '--format \(given.rawValue)' writes "
                    + "\(given.description); leave out '--format' to write \(named.description), or end the file "
                    + "name in .\(given.extensions[0]) rather than .\(ext).",
                command: command)
        }
        return arguments
    }
}
