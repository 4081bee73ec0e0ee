extension TeamBriefRenderer {
    func factsToSettle(_ md: inout Markdown) {
        md.heading(2, "Facts to settle before the offsite")
        let facts = team.factsToSettle
        guard !facts.isEmpty else {
            md.paragraph("Respondents agree on every fact about the organisation that more than one of them answered.")
            return
        }
        md.paragraph(
            """
            These are facts about the organisation, not opinions, yet respondents answered them \
            differently: numbers in different bands, scale answers more than \
            \(Self.count(QuestionTally.scaleFactTolerance, "point")) apart, or different choices. Each respondent's \
            scores use their own answer, so a contradiction here \
            moves the result without anyone disagreeing about strategy, and the brief does not \
            average it away. Agree the right answer before the offsite and correct the answers files.
            """)
        md.bullets(
            facts.map { tally in
                let question = tally.question
                let totals = tally.optionCounts()
                let answers = tally.chosenOptions.map { index in
                    let who =
                        options.anonymous
                        ? anonymousCount(tally, option: index)
                        : members(tally.samples[index], total: totals[index], withRole: true)
                    return "\(optionLabel(question, index)): \(who)"
                }
                return "**\(Markdown.escape(question.prompt))** \(answers.joined(separator: "; "))."
            })
    }

    /// How many gave an answer, and how many of them in each shown group: "4 (Executives 3)".
    /// An anonymous brief says who said what by group, never by person.
    private func anonymousCount(_ tally: QuestionTally, option: Int) -> String {
        let total = tally.optionCounts()[option]
        let byGroup = grouping.groups.compactMap { group -> String? in
            let count = tally.optionCounts(groups: group.roleGroups)[option]
            return count > 0 ? "\(groupLabel(group)) \(count.readable)" : nil
        }
        return Self.count(total, "respondent") + (byGroup.isEmpty ? "" : " (\(byGroup.joined(separator: ", ")))")
    }

    /// The band and plain meaning of a gap between two sides' means on a 1–5 scale.
    func gapMeaning(_ gap: Double, first: String, second: String) -> (band: String, sentence: String) {
        let size = abs(gap)
        let higher = gap > 0 ? first : second
        let lower = gap > 0 ? second : first
        if size >= TeamAssessment.wideGap {
            return (
                "a wide gap",
                "\(Self.upperFirst(higher)) see the relationship as markedly better than \(lower) do. Treat that as a "
                    + "finding in itself: the \(lower) are closer to daily handoffs, so ask them for examples before "
                    + "debating structure."
            )
        }
        if size >= TeamAssessment.noticeableGap {
            return (
                "a noticeable gap",
                "\(Self.upperFirst(higher)) see the relationship as somewhat better than \(lower) do; check at the "
                    + "offsite which concrete problems explain the difference."
            )
        }
        return ("no real gap", "\(Self.upperFirst(first)) and \(second) see the relationship much the same way.")
    }

    func perceptionGap(_ md: inout Markdown) {
        md.heading(2, TeamCharts.perceptionGapHeading)
        if let charts = options.charts {
            md.paragraph("![Executives and practitioners on each perception question](\(charts.perceptionGap))")
        }
        md.paragraph(
            """
            Every role answers the same perception questions, on a scale from 1 (not at all) to 5 \
            (fully); they never change the scores. The tables give each side's mean, the number \
            who answered, and the share answering 4 or 5.
            """)
        comparison(
            &md, title: "Executives and practitioners", team.executiveGap(in: grouping),
            headers: ("Executives", "Practitioners"),
            first: "executives", second: "practitioners")
        forresterComparison(&md)
        comparison(
            &md, title: "Marketing and sales", team.functionGap(in: grouping), headers: ("Marketing", "Sales"),
            first: "people in marketing", second: "people in sales")
    }

    private func comparison(
        _ md: inout Markdown, title: String, _ rows: [PerceptionComparison]?, headers: (String, String),
        first: String, second: String
    ) {
        md.heading(3, title)
        guard let rows else {
            md.paragraph(
                "Not shown in this anonymous brief: \(first) and \(second) are not each kept apart in groups of at "
                    + "least \(TeamGrouping.minimumSize) people, so their answers could show who gave them."
            )
            return
        }
        guard !rows.isEmpty else {
            md.paragraph("The questionnaire has no perception questions.")
            return
        }
        func cell(_ side: PerceptionSide?) -> String {
            side.map { "\($0.mean.oneDecimal) (\($0.count.readable); \(Self.percent($0.agreeShare)) 4–5)" } ?? "—"
        }
        md.table(
            ["Question", headers.0, headers.1, "Gap"], alignments: [.left, .right, .right, .right],
            rows.map {
                [
                    Markdown.escape($0.question.prompt), cell($0.first), cell($0.second),
                    $0.gap.map(Markdown.signed) ?? "—",
                ]
            })
        let gaps = rows.compactMap { row in row.gap.map { (row, $0) } }
        guard let widest = gaps.max(by: { abs($0.1) < abs($1.1) }) else {
            let missing = [
                rows.contains { $0.first != nil } ? nil : first, rows.contains { $0.second != nil } ? nil : second,
            ].compactMap { $0 }
            md.paragraph(
                "No \(missing.joined(separator: " and no ")) answered these questions, so there is no gap to measure. "
                    + "Ask people on both sides to answer before the offsite."
            )
            return
        }
        let meaning = gapMeaning(widest.1, first: first, second: second)
        md.paragraph(
            "The widest difference, \(Markdown.signed(widest.1)) points on "
                + "\"\(Markdown.escape(widest.0.question.prompt))\", is \(meaning.band). \(meaning.sentence)"
        )
    }

    /// Forrester's 82% against 65%, next to this team's own shares on the first perception question.
    private func forresterComparison(_ md: inout Markdown) {
        guard let statistic = perceptionStatistic, let first = team.executiveGap(in: grouping)?.first,
            let executives = first.first, let practitioners = first.second
        else { return }
        md.paragraph(
            """
            For comparison: \(Self.withoutFinalStop(statistic.text)) (source 1). In this team, \
            \(Self.percent(executives.agreeShare)) of executives and \(Self.percent(practitioners.agreeShare)) of \
            practitioners answer 4 or 5 to \"\(Markdown.escape(first.question.prompt))\". \(statistic.note ?? "")
            """)
    }

    func agenda(_ md: inout Markdown) {
        md.heading(2, "Offsite agenda")
        let lead = team.agendaLead(in: grouping)
        if let lead { md.paragraph(leadParagraph(lead)) }
        var items = team.agenda(limit: options.agendaSize)
        // The lead's question, when it is on the agenda, comes first.
        if let lead, let index = items.firstIndex(where: { $0.tally.question.id == lead.question.id }) {
            items.insert(items.remove(at: index), at: 0)
        }
        guard !items.isEmpty else {
            md.paragraph(
                "Respondents answered every question alike, so there is no disagreement to put on the agenda; use the "
                    + "offsite to plan the first 90 days."
            )
            return
        }
        md.paragraph(
            "The questions on which answers diverge most, most divided first, with how each role answered. Divided is "
                + "0% when everyone gives the same answer and 100% when answers are as spread as they can be."
        )
        for (number, item) in items.enumerated() {
            let question = item.tally.question
            md.heading(3, "\(number + 1). \(Markdown.escape(question.prompt))")
            md.paragraph(
                "Divided: \(Self.percent(item.divergence)). All answers: \(distribution(item.tally, groups: nil)).")
            let rows = grouping.groups.compactMap { group -> [String]? in
                let answered = item.tally.answeredCount(groups: group.roleGroups)
                let unsure = item.tally.unsureCount(groups: group.roleGroups)
                guard answered + unsure > 0 else { return nil }
                let how = answered == 0 ? "—" : distribution(item.tally, groups: group.roleGroups, limit: 2)
                return [groupLabel(group), answered.readable, how, unsure.readable]
            }
            guard !rows.isEmpty else { continue }
            md.table(
                ["Role", "Answered", "How they answered", "Unsure"], alignments: [.left, .right, .left, .right], rows)
        }
    }

    /// "Lead with lead quality: …": the theme, how many wrote about it, and the answers that bear it out.
    private func leadParagraph(_ lead: AgendaLead) -> String {
        let wrote = lead.theme.written.reduce(0, +)
        let title = Markdown.escape(lead.theme.theme.title)
        let prompt = Markdown.escape(lead.question.prompt)
        let borne =
            switch lead.evidence {
            case .gap(let comparison, let first, let second):
                "asked \"\(prompt)\", \(first) answer \(comparison.first?.mean.oneDecimal ?? "—") and \(second) "
                    + "\(comparison.second?.mean.oneDecimal ?? "—") on average, on a scale of 1 to 5"
            case .divided(let share):
                "the team is \(Self.percent(share)) divided on \"\(prompt)\""
            }
        return
            "**Lead with \(title.lowercasedFirst).** \(lead.theme.total.readable) of \(Self.count(wrote, "written answer")) "
            + "\(lead.theme.total == 1 ? "is" : "are") on it, the most of any theme the other answers bear out, and "
            + "they do: \(borne). Start the offsite there"
            + (team.agenda(limit: options.agendaSize).contains { $0.tally.question.id == lead.question.id }
                ? "; its question comes first below." : ".")
    }

    /// The answers of some groups: a scale's mean, or the options most chosen with their counts.
    private func distribution(_ tally: QuestionTally, groups: [Int]?, limit: Int = 4) -> String {
        if tally.question.kind == .scale, let mean = tally.scaleMean(groups: groups) {
            let counts = tally.optionCounts(groups: groups)
            return "mean \(mean.oneDecimal) of 5 ("
                + counts.enumerated().filter { $0.element > 0 }
                .map { "\($0.offset + 1): \($0.element.readable)" }.joined(separator: ", ") + ")"
        }
        let counts = tally.optionCounts(groups: groups)
        let ranked = counts.indices.filter { counts[$0] > 0 }.sorted {
            counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1
        }
        let shown = ranked.prefix(limit).map { "\(optionLabel(tally.question, $0)) (\(counts[$0].readable))" }
        return shown.joined(separator: "; ") + (ranked.count > limit ? "; \(ranked.count - limit) other answers" : "")
    }

    /// The first 90 days: the steps that close the gaps the group's answers show, by the single
    /// brief's rule, each marked where respondents disagree on the answers behind it.
    func roadmap(_ md: inout Markdown) {
        let rec = team.recommendation
        md.heading(2, "First 90 days")
        let plan = Self.plan(GroupPractice(team))
        guard !plan.isEmpty else {
            md.paragraph(
                "The group's answers show no gap to close for \(name(rec).lowercasedFirst); settle the disagreements "
                    + "above before planning.")
            return
        }
        md.paragraph(
            "If the offsite confirms \(name(rec)), these steps close the gaps the group's answers show; a step "
                + "marked *disputed* rests on answers respondents disagree on, so settle those first.")
        for phase in plan {
            md.paragraph("**\(phase.phase)**")
            md.bullets(phase.actions)
        }
    }

    /// The group's plan by phase, in words (the slides share it).
    static func plan(_ practice: GroupPractice?) -> [RoadmapPhase] {
        (practice?.plan ?? []).compactMap { phase, steps in
            guard let first = steps.first else { return nil }
            let title = phase.map(BriefRenderer.phaseTitle) ?? "Once \(first.step.owner) starts"
            return RoadmapPhase(phase: title, actions: steps.map(actionText))
        }
    }

    private static func actionText(_ item: (step: OperatingModelReview.Step, disputed: Bool)) -> String {
        BriefRenderer.stepText(item.step, full: false) + (item.disputed ? " *Disputed.*" : "")
    }

    /// The text with its first letter upper-cased.
    static func upperFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// The statistic the perception gap is compared with, if the paradigm texts hold it.
    var perceptionStatistic: Statistic? { texts.statistic("forrester_perception_gap") }

    static func withoutFinalStop(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        return trimmed.hasSuffix(".") ? String(trimmed.dropLast()) : trimmed
    }
}
