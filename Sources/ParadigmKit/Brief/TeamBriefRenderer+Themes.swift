extension TeamBriefRenderer {
    /// Whether the brief quotes what respondents wrote: only on request, never when anonymous.
    var showsQuotes: Bool { options.quotes && !options.anonymous }

    /// "What people wrote": each free-text question's answers grouped into the questionnaire's
    /// themes, counted by role, quoted only with `--quotes`.
    func writtenAnswers(_ md: inout Markdown) {
        guard !team.themes.isEmpty else { return }
        md.heading(2, "What people wrote")
        for questionID in questionnaire.themeQuestionIDs {
            let themes = team.themes.filter { $0.theme.questionID == questionID }
            guard let question = questionnaire.question(questionID), let first = themes.first else { continue }
            let written = first.written.reduce(0, +)
            let shown =
                showsQuotes
                ? "are quoted below each theme (`--quotes`)"
                : "are not shown (`--quotes` shows them, never in an anonymous brief)"
            md.paragraph(
                """
                Asked "\(Markdown.escape(question.prompt))", \(Self.count(written, "respondent")) wrote an \
                answer. Answers are grouped into themes by keywords, whatever the word forms (one \
                answer may be on several themes; one on none is counted under other themes) and \
                counted by role; the answers themselves \(shown).
                """)
            md.table(
                ["Theme", "Answers", "By role"], alignments: [.left, .right, .left],
                themes.map { tally in
                    [Markdown.escape(tally.theme.title), tally.total.readable, themeRoles(tally)]
                })
            guard showsQuotes else { continue }
            for tally in themes where !tally.quotes.isEmpty {
                md.line("**\(Markdown.escape(tally.theme.title))**")
                md.line()
                md.bullets(tally.quotes.map { "\(labelWithRole($0.member)): \"\(Markdown.escape($0.text))\"" })
            }
        }
    }

    /// The role groups on a theme with their counts: "CMO or marketing leader 1, Sales team member 2".
    private func themeRoles(_ tally: ThemeTally) -> String {
        let counts = grouping.groups.compactMap { group -> String? in
            let count = tally.count(groups: group.roleGroups)
            return count > 0 ? "\(groupLabel(group)) \(count.readable)" : nil
        }
        if counts.isEmpty {
            return grouping.anonymous && grouping.groups.isEmpty && tally.total > 0 ? "not by role (anonymous)" : "—"
        }
        return counts.joined(separator: ", ")
    }
}
