/// Writes the team brief as a Markdown slide deck for the offsite itself: pandoc turns it into
/// reveal.js, Beamer or PowerPoint slides (`pandoc -t revealjs -s deck.md -o deck.html`). Every
/// slide is a level-2 heading and there is no level-1 heading, so pandoc's slide level is 2;
/// the title slide comes from the front matter.
public struct TeamSlidesRenderer {
    let brief: TeamBriefRenderer
    var team: TeamAssessment { brief.team }

    /// Creates a renderer.
    public init(team: TeamAssessment, options: TeamBriefOptions) {
        brief = TeamBriefRenderer(team: team, options: options)
    }

    /// The whole deck.
    public func render() -> String {
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
        md.bullets([
            "\(TeamBriefRenderer.count(team.members.count, "respondent")); group fit \(group.mean[rec].oneDecimal) of 100, \(group.confidence.margin.oneDecimal) points ahead of \(brief.name(group.ranking[1])) (\(group.confidence.label.rawValue))",
            "\(group.recommendedBy(rec).grouped) of \(group.count.grouped) \(group.recommendedBy(rec) == 1 ? "recommends" : "recommend") it on their own answers",
            "Agreement: \(brief.agreementSentence)",
        ])
        md.paragraph(brief.texts[rec.paradigm].summary)
    }

    private func scoresByRole(_ md: inout Markdown) {
        md.heading(2, "Scores by role")
        if let note = brief.grouping.note { md.paragraph(Markdown.escape(note)) }
        if let charts = brief.options.charts {
            md.paragraph("![Mean fit score of each paradigm by role](\(charts.scoresByRole))")
            return
        }
        guard !brief.grouping.groups.isEmpty else {
            md.paragraph("The whole team (\(team.members.count.grouped)): \(brief.name(team.group.recommendation)).")
            return
        }
        md.table(["Role", "People"] + brief.paradigmHeader + ["Recommends"],
                 alignments: [.left, .right] + Stance.allCases.map { _ in .right } + [.left],
                 brief.grouping.groups.map { group in
                     [brief.groupLabel(group), group.count.grouped] + brief.groupScoreCells(group.scores) { $0.shortName }
                 })
    }

    private func perceptionGap(_ md: inout Markdown) {
        md.heading(2, "The perception gap")
        if let charts = brief.options.charts {
            md.paragraph("![Executives and practitioners on each perception question](\(charts.perceptionGap))")
        }
        guard let rows = team.executiveGap(in: brief.grouping) else {
            md.paragraph("Not shown in this anonymous deck: executives and practitioners are not each a group of at least \(TeamGrouping.minimumSize) people.")
            return
        }
        md.table(["Question (1–5)", "Executives", "Practitioners", "Gap"], alignments: [.left, .right, .right, .right],
                 rows.map { row in
                     [Markdown.escape(row.question.prompt), row.first.map { $0.mean.oneDecimal } ?? "—",
                      row.second.map { $0.mean.oneDecimal } ?? "—", row.gap.map(Markdown.signed) ?? "—"]
                 })
        if let widest = rows.compactMap({ row in row.gap.map { (row, $0) } }).max(by: { abs($0.1) < abs($1.1) }) {
            md.paragraph(brief.gapMeaning(widest.1, first: "executives", second: "practitioners").sentence)
        }
    }

    /// The most facts a slide lists, so that it stays short enough to show.
    static let factLimit = 10

    private func facts(_ md: inout Markdown) {
        let facts = team.factsToSettle
        guard !facts.isEmpty else { return }
        md.heading(2, "Facts to settle first")
        let shown = facts.prefix(Self.factLimit)
        md.bullets(shown.map { tally in
            let answers = tally.chosenOptions.map { brief.optionLabel(tally.question, $0) }
            return "**\(Markdown.escape(tally.question.prompt))** \(answers.joined(separator: " / "))"
        } + (facts.count > shown.count ? ["and \((facts.count - shown.count).grouped) more: see the brief."] : []))
    }

    private func agenda(_ md: inout Markdown) {
        md.heading(2, "Agenda: where we disagree")
        let items = team.agenda(limit: brief.options.agendaSize)
        guard !items.isEmpty else {
            md.paragraph("Everyone answered alike; plan the first 90 days.")
            return
        }
        md.numbered(items.map { "\(Markdown.escape($0.tally.question.prompt)) (divided \(TeamBriefRenderer.percent($0.divergence)))" })
    }

    private func roadmap(_ md: inout Markdown) {
        let text = brief.texts[team.recommendation.paradigm]
        for phase in text.firstNinetyDays {
            md.heading(2, "First 90 days: \(phase.phase)")
            md.bullets(phase.actions)
        }
    }
}
