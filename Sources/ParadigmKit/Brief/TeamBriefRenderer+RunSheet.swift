extension TeamBriefRenderer {
    /// "Facilitator's run sheet": the offsite time-boxed, each item with the decision to reach,
    /// who decides without consensus and the expected output (``TeamAssessment/runSheet(in:)``).
    func runSheet(_ md: inout Markdown, level: Int = 2) {
        let sheet = team.runSheet(in: grouping)
        md.heading(level, "Facilitator's run sheet")
        md.paragraph(
            "A time-boxed offsite of \(Self.clock(sheet.minutes)) built from the answers: the theme the agenda leads "
                + "with, the facts to settle and the most divided questions. For each item, the decision to reach, who "
                + "decides when the team does not agree, and what it produces.")
        for item in sheet.items {
            let time = "\(Self.clock(item.start))–\(Self.clock(item.start + item.minutes))"
            md.line("**\(time) · \(Markdown.escape(item.title))** (\(item.minutes) min)")
            md.line()
            guard !item.decision.isEmpty else { continue }
            md.bullets([
                "Why: \(Markdown.escape(item.why)).",
                "Decision to reach: \(Markdown.escape(item.decision)).",
                "Decides without consensus: \(Markdown.escape(item.decides)).",
                "Output: \(Markdown.escape(item.output)).",
            ])
        }
    }

    /// The run sheet on its own (`--format runsheet`), for the facilitator.
    package func renderRunSheet() -> String {
        var md = Markdown()
        md.field("title", "\"Facilitator's run sheet\"")
        md.field("subtitle", Markdown.frontMatterValue("Group recommendation: \(name(team.recommendation))"))
        md.field("date", "\"\(options.date)\"")
        md.organisation(organisation)
        md.field("respondents", "\(team.members.count)")
        runSheet(&md, level: 1)
        return md.text.trimmingTrailingBlankLines() + "\n"
    }

    /// Minutes as a clock from the start: "0:00", "1:45".
    static func clock(_ minutes: Int) -> String {
        "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    }
}
