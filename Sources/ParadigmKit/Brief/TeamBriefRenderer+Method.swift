extension TeamBriefRenderer {
    func method(_ md: inout Markdown) {
        md.heading(2, "Method")
        var items = [
            "**Group result.** \(TeamAssessment.aggregationRule)",
            "**Agreement.** Kendall's coefficient of concordance W over each respondent's ranking of the four "
                + "paradigms by fit score, tied scores sharing mid-ranks, with the standard tie correction; 0 means "
                + "no agreement and 1 identical rankings. W measures agreement on that ranking only: the "
                + "summary's agreement line adds the widest executive–practitioner perception gap and the "
                + "questions divided \(Self.percent(TeamAssessment.splitDivergence)) or more, and the "
                + "team is not said to share a view while the gap is wide or a question is split. The "
                + "bands follow Schmidt (1997, Decision Sciences): under 0.2 very weak, under 0.4 "
                + "weak, under 0.6 moderate, under 0.8 strong, otherwise very strong.",
            "**One respondent deciding.** Each respondent is left out in turn and the group re-ranked from the "
                + "remaining scores.",
            "**Perception gap.** The questions marked as perception questions are compared by mean answer on their "
                + "1–5 scale; a difference of \(TeamAssessment.wideGap.oneDecimal) points or more is called wide and "
                + "of \(TeamAssessment.noticeableGap.oneDecimal) or more noticeable. Executives and "
                + "practitioners, marketing and sales are taken from the roles respondents gave.",
            "**Agenda.** How divided the answers to each question are: for scales, the standard deviation of the "
                + "answers divided by its largest possible value; for single answers, the share outside the most "
                + "common answer divided by the largest such share possible; for several answers, the mean over "
                + "options of 4·p·(1 – p). Unsure answers are counted but not compared; free text is left out "
                + "of team briefs.",
            "**Facts.** Questions marked as facts about the organisation are listed whenever respondents chose "
                + "different answers, whatever the majority.",
            "**Interpretation.** \(texts.interpretation.trimmingWhitespace())",
        ]
        if options.anonymous { items.insert("**Anonymity.** \(TeamGrouping.rule)", at: items.count - 1) }
        md.bullets(items)
        md.paragraph(texts.methodCaveat.trimmingWhitespace())
    }

    func sources(_ md: inout Markdown) {
        md.heading(2, "Sources")
        var items: [String] = []
        if let statistic = perceptionStatistic {
            var line = "\(statistic.source). <\(statistic.url)>"
            if let note = statistic.note { line += " \(note)" }
            items.append(line)
        }
        items.append(
            "Maurice G. Kendall and B. Babington Smith, \"The Problem of m Rankings\", The Annals of Mathematical "
                + "Statistics 10(3), 1939: the coefficient of concordance W."
        )
        items.append(
            "Roy C. Schmidt, \"Managing Delphi Surveys Using Nonparametric Statistical Techniques\", Decision "
                + "Sciences 28(3), 1997: how to read values of W."
        )
        md.numbered(items)
    }
}
