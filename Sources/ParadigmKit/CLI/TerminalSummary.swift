/// What `paradigm brief` prints when standard output is a terminal and no `-o` is given: the
/// brief's opening (a what-if table, the executive summary: the recommendation, how sure it is,
/// today against the target, the first gaps), then how to get the whole brief. Piped, or with
/// `-o FILE` (`-o -` for standard output), the whole brief is written as always.
enum TerminalSummary {
    /// Whether the brief is shortened: Markdown to a terminal, with no `-o`.
    static func applies(_ arguments: ParsedArguments, io: CommandIO) -> Bool {
        io.outputIsTerminal && BriefFormat(arguments) == .markdown && arguments.value(CommonOptions.output.key) == nil
    }

    /// The text to print: `markdown` itself unless ``applies(_:io:)``, its opening otherwise.
    static func text(_ markdown: String, _ arguments: ParsedArguments, io: CommandIO) -> String {
        guard applies(arguments, io: io) else { return markdown }
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)[...]
        // Without the front matter, which is for pandoc; its subtitle names the recommendation.
        var subtitle = ""
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            if let line = lines[..<end].first(where: { $0.hasPrefix("subtitle: ") }) {
                subtitle = line.dropFirst("subtitle: ".count).trimmingCharacters(in: ["\""]) + ". "
            }
            lines = lines[(end + 1)...]
        }
        guard let next = lines.firstIndex(where: { $0.hasPrefix("## ") }) else { return markdown }
        let opening = lines[..<next].flatMap(wrapped).joined(separator: "\n").trimmingWhitespace().visibleControls
        let rest = lines[next...].reduce(0) { $0 + $1.split(separator: " ").count }
        let command = "paradigm brief " + arguments.positionals.map(Shell.quoted).joined(separator: " ")
        // The recommendation again at the end, so that it is on screen however short the terminal.
        let note =
            "\(subtitle)That was the summary; the whole brief (the scores, the 90-day plan, the owners and the "
            + "questions for the offsite; about \(rest.readable) words more) goes to a file with"
        return opening + "\n\n----\n" + note.wrapped(width: width).joined(separator: "\n").visibleControls + "\n"
            + "  \(command) -o brief.md\n"
            + "  (--format html -o brief.html for a page; -o - prints it all here)\n"
    }

    /// The width the summary's paragraphs and list items are wrapped to.
    static let width = 80

    /// A Markdown line wrapped for a terminal: a list item with its continuation indented under
    /// its text; a table row or a blank line as it is.
    private static func wrapped(_ line: Substring) -> [String] {
        guard !line.isEmpty, !line.hasPrefix("|") else { return [String(line)] }
        let item = line.hasPrefix("- ")
        let body = item ? String(line.dropFirst(2)) : String(line)
        let lines = body.wrapped(width: width - (item ? 2 : 0))
        return lines.enumerated().map { index, text in (item ? (index == 0 ? "- " : "  ") : "") + text }
    }
}
