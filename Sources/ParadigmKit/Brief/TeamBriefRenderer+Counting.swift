extension TeamBriefRenderer {
    /// Whose answers count: answers counted once (a copied file, a row submitted twice),
    /// earlier answers set aside for a respondent's latest (`--latest`). A brief that is not
    /// anonymous names the files and rows; an anonymous one counts them, since file names often
    /// carry names. Nothing when every respondent's answers came once.
    func counting(_ md: inout Markdown) {
        let lines = countingLines
        guard !lines.isEmpty else { return }
        md.heading(2, "Whose answers count")
        md.bullets(lines)
    }

    var countingLines: [String] {
        var lines: [String] = []
        if !team.copies.isEmpty {
            let n = team.copies.count
            let what =
                "\(Self.count(n, "set")) of answers \(n == 1 ? "repeats" : "repeat") answers already counted, "
                + "exactly (a copied file or a form submitted twice), and \(n == 1 ? "is" : "are") counted once"
            lines.append("**Counted once:** \(what)\(located(team.copies, verb: "repeats")).")
        }
        if !team.earlierAnswers.isEmpty {
            let n = team.earlierAnswers.count
            lines.append(
                "**Latest answers only:** \(Self.count(n, "earlier set")) of answers from respondents who answered "
                    + "again \(n == 1 ? "is" : "are") not counted (--latest)\(located(team.earlierAnswers, verb: "replaced by"))."
            )
        }
        return lines
    }

    /// ": b.yaml repeats a.yaml; …", or nothing in an anonymous brief.
    private func located(_ items: [TeamSubmissions.Copy], verb: String) -> String {
        guard !options.anonymous else { return "" }
        let shown = items.prefix(10).map { "\(Self.place($0.source)) \(verb) \(Self.place($0.original))" }
        let more = items.count > shown.count ? "; and \(items.count - shown.count) more" : ""
        return ": " + shown.joined(separator: "; ") + more
    }

    /// A file by its name without folders ("cro copy.yaml"), a row by its export's name and row.
    static func place(_ source: String) -> String {
        Markdown.escape(source.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? source)
    }
}
