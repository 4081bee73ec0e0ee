/// Writes the team brief as a Markdown slide deck for the offsite itself: pandoc turns it into
/// reveal.js, Beamer or PowerPoint slides (`pandoc -t revealjs -s deck.md -o deck.html`). Every
/// slide is a level-2 heading and there is no level-1 heading, so pandoc's slide level is 2;
/// the title slide comes from the front matter. Each slide holds what a 16:9 slide shows
/// (``SlideLimits``): longer lists and tables go on over several slides, "(2 of 3)", and no
/// row is dropped.
package struct TeamSlidesRenderer: Sendable {
    let brief: TeamBriefRenderer
    var team: TeamAssessment { brief.team }

    /// Creates a renderer.
    package init(team: TeamAssessment, options: TeamBriefOptions) {
        brief = TeamBriefRenderer(team: team, options: options)
    }

    /// The whole deck.
    package func render() -> String {
        var md = Markdown()
        brief.frontMatter(&md)
        recommendation(&md)
        scoresByRole(&md)
        perceptionGap(&md)
        facts(&md)
        agenda(&md)
        roadmap(&md)
        return md.text.trimmingTrailingBlankLines() + "\n"
    }

    private func recommendation(_ md: inout Markdown) {
        let group = team.group
        let rec = group.recommendation
        md.heading(2, "Recommendation: \(brief.name(rec))")
        md.paragraph(brief.texts[rec.paradigm].summary)
        md.bullets([
            "\(TeamBriefRenderer.count(team.members.count, "respondent")); group fit \(group.mean[rec].oneDecimal) of "
                + "100, \(group.confidence.margin.oneDecimal) points ahead of \(brief.name(group.ranking[1])) "
                + "(\(group.confidence.label.words))",
            "\(group.recommendedBy(rec).readable) of \(group.count.readable) "
                + "\(group.recommendedBy(rec) == 1 ? "recommends" : "recommend") it on their own answers",
        ])
        md.heading(2, "How far we agree")
        md.paragraph("Agreement: \(brief.agreementSentence)")
    }

    private func scoresByRole(_ md: inout Markdown) {
        if let charts = brief.options.charts {
            md.heading(2, "Scores by role")
            if let note = brief.grouping.note { md.paragraph(Markdown.escape(note)) }
            md.paragraph("![Mean fit score of each paradigm by role](\(charts.scoresByRole))")
            return
        }
        guard !brief.grouping.groups.isEmpty else {
            md.heading(2, "Scores by role")
            if let note = brief.grouping.note { md.paragraph(Markdown.escape(note)) }
            md.paragraph("The whole team (\(team.members.count.readable)): \(brief.name(team.group.recommendation)).")
            return
        }
        // Models down, groups across, so that the columns are few and wide enough for
        // PowerPoint, which gives every column the same width; more groups go on over further
        // slides.
        let groups = SlideLimits.parts(brief.grouping.groups, perSlide: SlideLimits.tableColumns)
        for (index, part) in groups.enumerated() {
            md.heading(2, SlideLimits.title("Scores by role", part: index, of: groups.count))
            if index == 0, let note = brief.grouping.note { md.paragraph(Markdown.escape(note)) }
            let cells = part.map { brief.groupScoreCells($0.scores) { "**\($0.shortName)**" } }
            let rows =
                Stance.allCases.enumerated().map { position, stance in
                    [stance.shortName.prefix(1).uppercased() + stance.shortName.dropFirst()]
                        + cells.map { $0[position] }
                } + [["**Recommends**"] + cells.map { $0[Stance.allCases.count] }]
            md.table(
                ["Model"] + part.map { "\(brief.groupLabel($0)) (\($0.count.readable))" },
                alignments: [.left] + part.map { _ in .right }, rows)
        }
    }

    private func perceptionGap(_ md: inout Markdown) {
        if let charts = brief.options.charts {
            md.heading(2, "The perception gap")
            md.paragraph("![Executives and practitioners on each perception question](\(charts.perceptionGap))")
        }
        guard let gap = team.executiveGap(in: brief.grouping) else {
            md.heading(2, "The perception gap")
            md.paragraph(
                "Not shown in this anonymous deck: executives and practitioners are not each a group of at least "
                    + "\(TeamGrouping.minimumSize) people."
            )
            return
        }
        let rows = gap.map { row in
            [
                Markdown.escape(row.question.prompt), row.first.map { $0.mean.oneDecimal } ?? "—",
                row.second.map { $0.mean.oneDecimal } ?? "—", row.gap.map(Markdown.signed) ?? "—",
            ]
        }
        SlideLimits.tables("The perception gap", rows, perSlide: SlideLimits.longRows, &md) { md, part in
            md.table(
                ["Question (1–5)", "Executives", "Practitioners", "Gap"], alignments: [.left, .right, .right, .right],
                part)
        }
        if let widest = gap.compactMap({ row in row.gap.map { (row, $0) } }).max(by: { abs($0.1) < abs($1.1) }) {
            md.heading(2, "What the gap means")
            md.paragraph(brief.gapMeaning(widest.1, first: "executives", second: "practitioners").sentence)
        }
    }

    /// The most facts the deck lists; the brief has them all.
    static let factLimit = 6

    private func facts(_ md: inout Markdown) {
        let facts = team.factsToSettle
        guard !facts.isEmpty else { return }
        let shown = facts.prefix(Self.factLimit)
        let items = shown.map { tally in
            let answers = tally.chosenOptions.map { brief.optionLabel(tally.question, $0) }
            return "**\(Markdown.escape(tally.question.prompt))** \(answers.joined(separator: " / "))"
        }
        // The count in the title, as a line below the list would run off the last slide.
        let title =
            facts.count > shown.count
            ? "Facts to settle first: \(shown.count) of \(facts.count.readable)" : "Facts to settle first"
        SlideLimits.lists(title, Array(items), perSlide: SlideLimits.longestItems, &md)
    }

    private func agenda(_ md: inout Markdown) {
        let items = team.agenda(limit: brief.options.agendaSize)
        let count = SlideLimits.parts(items, perSlide: SlideLimits.longItems).count
        md.heading(2, SlideLimits.title("Agenda: where we disagree", part: 0, of: count))
        guard !items.isEmpty else {
            md.paragraph("Everyone answered alike; plan the first 90 days.")
            return
        }
        let parts = SlideLimits.parts(items, perSlide: SlideLimits.longItems)
        for (index, part) in parts.enumerated() {
            if index > 0 { md.heading(2, SlideLimits.title("Agenda: where we disagree", part: index, of: parts.count)) }
            md.numbered(
                part.map {
                    "\(Markdown.escape($0.tally.question.prompt)) (divided \(TeamBriefRenderer.percent($0.divergence)))"
                },
                from: part.startIndex + 1)
        }
    }

    private func roadmap(_ md: inout Markdown) {
        for phase in TeamBriefRenderer.plan(GroupPractice(team)) {
            SlideLimits.lists("First 90 days: \(phase.phase)", phase.actions, perSlide: SlideLimits.longItems, &md)
        }
    }
}
