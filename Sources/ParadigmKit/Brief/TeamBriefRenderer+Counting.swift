extension TeamBriefRenderer {
    /// Whose answers count: whose facts the fit uses, the spellings of the organisation taken
    /// as one, answers counted once (a copied file, a row submitted twice),
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
        if let facts = factsLine { lines.append(facts) }
        if let spellings = spellingLine { lines.append(spellings) }
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

    /// Whose facts the fit uses: the roles that answer for the organisation, and what the roles
    /// that answer for their own work add. Roles only, never how many hold each: the counts are
    /// the team's. `nil` when everyone answers for the organisation.
    private var factsLine: String? {
        let present = team.populatedGroups.compactMap { team.role(ofGroup: $0) }
        guard present.contains(where: { $0.scope == .ownWork }) || team.answeredBeyondRole > 0 else { return nil }
        // An anonymous brief names the questionnaire's roles of each kind, not those present: the
        // roles present, beside the counts, could tell how many hold each.
        let roles = options.anonymous ? questionnaire.roles : present
        let ownWork = roles.filter { $0.scope == .ownWork }
        let holders = roles.filter { $0.scope != .ownWork }.map { Markdown.escape($0.label) }
        let from =
            holders.isEmpty
            ? "" : options.anonymous ? " (\(BriefRenderer.inWords(holders)))" : ": \(BriefRenderer.inWords(holders))"
        var line =
            "**Whose facts:** the fit scores, the facts to settle and the readiness reading use the answers of the "
            + "\(Self.count(team.group.count, "respondent")) whose roles answer for the organisation\(from). "
            + "Respondents in the role\(ownWork.count == 1 ? "" : "s") "
            + "\(BriefRenderer.inWords(ownWork.map { Markdown.escape($0.label).lowercased() })) answer for their own "
            + "work and their view of the relationship, as the interview asks them: those answers count in the "
            + "perception gap, the themes and the agenda."
        if team.answeredBeyondRole > 0 {
            let n = team.answeredBeyondRole
            line +=
                " \(Self.count(n, "respondent")) also answered questions about the organisation that their role "
                + "is not asked; those answers are left out, as the interview would not have asked them."
        }
        return line
    }

    /// Which spellings of the organisation were taken as one, or which names `--organisation`
    /// replaced; `nil` when the answers spell it one way.
    private var spellingLine: String? {
        let spellings = team.organisationSpellings.map { "\"\(Markdown.escape($0))\"" }
        if let named = team.namedOrganisation {
            guard !spellings.isEmpty else { return nil }
            return "**Organisation:** this brief is for \"\(Markdown.escape(named))\" (`--organisation`); every "
                + "respondent's answers count as its, where the answers say \(BriefRenderer.inWords(spellings))."
        }
        guard spellings.count > 1, let first = spellings.first else { return nil }
        return "**Organisation:** the answers spell the organisation \(spellings.count.readable) ways, taken as one "
            + "since they differ only in case, punctuation, spaces or a legal suffix: "
            + "\(BriefRenderer.inWords(spellings)); this brief says \(first)."
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
