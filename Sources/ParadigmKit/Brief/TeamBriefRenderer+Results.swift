extension TeamBriefRenderer {
    func frontMatter(_ md: inout Markdown) {
        md.field("title", "\"Marketing and sales paradigm: team brief\"")
        md.field("subtitle", Markdown.frontMatterValue("Group recommendation: \(name(team.recommendation))"))
        md.field("date", "\"\(options.date)\"")
        md.pageSettings()
        md.organisation(organisation)
        md.field("respondents", "\(team.members.count)")
        md.field("questionnaire", Markdown.frontMatterValue("\(questionnaire.id) \(questionnaire.version)"))
    }

    func summary(_ md: inout Markdown) {
        let group = team.group
        let rec = group.recommendation
        let ranking = group.ranking
        md.heading(1, "Executive summary")
        let who = organisation.map { " at \(Markdown.escape($0))" } ?? ""
        let ownWork = team.members.count - group.count
        let answered =
            ownWork == 0
            ? ""
            : """
             (\(ownWork.readable) of them about their own work only: the organisation's facts, and so \
            the fit, come from the other \(group.count.readable))
            """
        md.paragraph(
            """
            \(Self.count(team.members.count, "respondent"))\(who) answered the questionnaire\(answered). Taken \
            together, their answers point to **\(name(rec))**. \(texts[rec.paradigm].summary)
            """)
        let confidence = group.confidence
        var lines = [
            "**Group result:** \(name(rec)) scores \(group.mean[rec].oneDecimal) of 100, "
                + "\(confidence.margin.oneDecimal) points ahead of \(name(ranking[1])) (\(confidence.label.words)).",
            "**Individually:** \(group.recommendedBy(rec).readable) of \(Self.count(group.count, "respondent")) "
                + "\(group.recommendedBy(rec) == 1 ? "recommends" : "recommend") it on their own answers.",
            "**Agreement:** \(summaryAgreement)",
        ]
        let facts = team.factsToSettle.count
        if facts > 0 {
            lines.append(
                "**Facts to settle:** respondents contradict each other on \(Self.count(facts, "fact")) about the "
                    + "organisation; settle \(facts == 1 ? "it" : "them") before the offsite."
            )
        }
        if let headline = team.executiveGap(in: grouping)?.first, let gap = headline.gap,
            let executives = headline.first, let practitioners = headline.second
        {
            lines.append(
                "**Perception gap:** asked \"\(Markdown.escape(headline.question.prompt))\", executives answer "
                    + "\(executives.mean.oneDecimal) and practitioners \(practitioners.mean.oneDecimal) on average, "
                    + "on a scale of 1 to 5: \(gapMeaning(gap, first: "executives", second: "practitioners").band)."
            )
        }
        md.bullets(lines)
    }

    var agreementSentence: String {
        guard let w = team.agreement.value else {
            return team.group.count < 2
                ? "needs at least two respondents who answer for the organisation."
                : "cannot be measured: every respondent scores the five candidate models level."
        }
        return
            "\(KendallW.Band(w).rawValue) on the ranking of the candidate models (Kendall's W = \(w.twoDecimals) over "
            + "\(team.group.count.readable) respondents' rankings of the five; W measures that ranking only)."
    }

    /// The agreement line of the summary: the ranking's agreement, then the spread of the
    /// perception block and the most divided questions, so that neither stands alone.
    var summaryAgreement: String {
        var parts = [agreementSentence]
        if let widest = team.widestExecutiveGap(in: grouping), let gap = widest.gap {
            let band = gapMeaning(gap, first: "executives", second: "practitioners").band
            parts.append(
                "On the perception questions, the widest executive–practitioner gap is \(Markdown.signed(gap)) points "
                    + "(\(band)), on \"\(Markdown.escape(widest.question.prompt))\"."
            )
        } else if grouping.executives == nil || grouping.practitioners == nil {
            parts.append(
                "The executive–practitioner perception gap is not shown: this anonymous brief cannot show either side "
                    + "without someone's answers showing."
            )
        }
        let split = team.splitQuestions(limit: 3)
        if !split.isEmpty {
            let listed = split.map {
                "\"\(Markdown.escape($0.tally.question.prompt))\" (\(Self.percent($0.divergence)) divided)"
            }
            parts.append("Most divided: \(listed.joined(separator: "; ")).")
        }
        return parts.joined(separator: " ")
    }

    func scoreRow(_ scores: ScoreVector) -> [String] {
        Stance.allCases.map { scores[$0].oneDecimal }
    }

    /// The candidate models as short column titles, so that a table of all five fits a
    /// portrait page in Word too; ``paradigmKey`` spells them out.
    var paradigmHeader: [String] {
        Stance.allCases.map { stance in
            switch stance {
            case .siloed: "Siloed"
            case .assimilated: "Assim."
            case .subservientSalesLed: "Sub. (sales)"
            case .subservientProductLed: "Sub. (product)"
            case .proportionate: "Prop."
            }
        }
    }

    /// What the short column titles stand for.
    var paradigmKey: String {
        let abbreviated = zip(paradigmHeader, Stance.allCases).filter { $0.0 != name($0.1) }
        return "In the tables below, "
            + abbreviated.map { "\($0) is \(name($1).lowercasedFirst)" }.joined(separator: "; ") + "."
    }

    /// A role group's mean scores and recommendation, or dashes for a group whose members all
    /// answered about their own work only.
    func groupScoreCells(_ group: GroupScores, recommends: (Stance) -> String) -> [String] {
        guard group.count > 0 else { return Stance.allCases.map { _ in "—" } + ["—"] }
        guard grouping.showsGroupScores else { return Stance.allCases.map { _ in "—" } + ["(too few scored to show)"] }
        return scoreRow(group.mean) + [recommends(group.recommendation)]
    }

    func groupScores(_ md: inout Markdown) {
        md.heading(2, "Group scores")
        let whose =
            team.group.count == team.members.count
            ? "every respondent's fit scores" : "the fit scores of the respondents who answered for the organisation"
        md.paragraph("The mean of \(whose), 0–100; higher means the facts call for it more.")
        let mean = team.group.mean
        let rows = team.group.ranking.map { stance in
            [name(stance), mean[stance].oneDecimal, team.group.recommendedBy(stance).readable]
        }
        md.table(["Model", "Mean fit", "Recommend it"], alignments: [.left, .right, .right], rows, unbroken: [0])
    }

    func roleScores(_ md: inout Markdown) {
        md.heading(2, TeamCharts.scoresByRoleHeading)
        if let charts = options.charts {
            md.paragraph("![Mean fit score of each paradigm by role](\(charts.scoresByRole))")
        }
        if let note = grouping.note { md.paragraph(Markdown.escape(note)) }
        let rows = grouping.groups.map { group -> [String] in
            [groupLabel(group), group.count.readable] + groupScoreCells(group.scores) { "**\(name($0))**" }
        }
        if rows.isEmpty {
            md.paragraph(
                "The whole team (\(team.members.count.readable)): \(name(team.group.recommendation)), as in the group "
                    + "scores above."
            )
            return
        }
        md.paragraph(paradigmKey)
        md.table(
            ["Role", "People"] + paradigmHeader + ["Recommends"],
            alignments: [.left, .right] + Stance.allCases.map { _ in .right } + [.left], rows)
        let levels = Role.Level.allCases.compactMap { level -> String? in
            guard let groups = grouping.side(level == .executive ? .executives : .practitioners) else { return nil }
            var combined = GroupScores()
            for index in groups { combined = combined.merging(team.roleGroups[index]) }
            guard combined.count > 0, grouping.showsGroupScores else { return nil }
            let noun = level == .executive ? "Executives" : "Practitioners"
            return
                "**\(noun)** (\(combined.count.readable)): \(name(combined.recommendation)), "
                + "\(combined.mean[combined.recommendation].oneDecimal) of 100."
        }
        if levels.count == 2 { md.bullets(levels) }
    }

    func respondentScores(_ md: inout Markdown) {
        md.heading(2, "Each respondent")
        guard !options.anonymous else {
            md.paragraph(
                "An anonymous brief does not list respondents one by one, since a respondent's own scores can tell "
                    + "who they are; the groups above summarise everyone."
            )
            return
        }
        let shown = team.members.prefix(options.respondentLimit)
        let rows = shown.map { member -> [String] in
            let role = team.role(ofGroup: TeamAccumulator.groupIndex(member.roleID, roles: questionnaire.roles))
            let who =
                options.anonymous
                ? [label(member.index)] : [label(member.index), role.map { Markdown.escape($0.label) } ?? "—"]
            guard let scores = member.scores, let recommendation = member.recommendation else {
                // Asked about their own work only: the organisation's fit comes from the others.
                return who + Stance.allCases.map { _ in "—" } + ["—"]
            }
            return who + scoreRow(scores) + [name(recommendation)]
        }
        let header = (options.anonymous ? ["Respondent"] : ["Respondent", "Role"]) + paradigmHeader + ["Recommends"]
        let alignments: [Markdown.Alignment] =
            (options.anonymous ? [.left] : [.left, .left]) + Stance.allCases.map { _ in .right } + [.left]
        md.table(header, alignments: alignments, rows)
        if team.members.count > shown.count {
            md.paragraph(
                "The first \(shown.count.readable) of \(team.members.count.readable) respondents are listed; the role "
                    + "table above summarises everyone."
            )
        }
    }

    func agreement(_ md: inout Markdown) {
        md.heading(2, "How far the team agrees")
        guard let w = team.agreement.value else {
            md.paragraph("Agreement \(agreementSentence)")
            return
        }
        let band = KendallW.Band(w)
        let meaning: String =
            switch band {
            case .veryWeak, .weak:
                "Respondents rank the four paradigms differently: the group result is an average of different views, "
                    + "not a shared one. Spend the offsite's first session on why, using the agenda below."
            case .moderate:
                "Respondents partly share a view of which paradigms fit: the group result is a reasonable starting "
                    + "point, but expect real debate about the order."
            case .strong where team.viewsDiffer(in: grouping), .veryStrong where team.viewsDiffer(in: grouping):
                "Respondents largely rank the paradigms alike, yet the perception gap or the split questions below "
                    + "show that they do not see the relationship alike. Settle those before reading the shared "
                    + "ranking as a shared view."
            case .strong where grouping.executives == nil || grouping.practitioners == nil,
                .veryStrong where grouping.executives == nil || grouping.practitioners == nil:
                "Respondents largely rank the paradigms alike, but this anonymous brief cannot show whether "
                    + "executives and practitioners see the relationship alike. Ask at the offsite before reading the "
                    + "shared ranking as a shared view."
            case .strong, .veryStrong:
                "Respondents largely rank the paradigms alike, so the group result reflects a shared view; the "
                    + "offsite can move quickly to how to get there."
            }
        md.paragraph(
            "Kendall's W is **\(w.twoDecimals)**, \(band.rawValue) agreement on the ranking of the candidate models. "
                + "It measures agreement on that ranking only, not on the facts or the perception questions. \(meaning)"
        )
    }

    func leaveOneOut(_ md: inout Markdown) {
        md.heading(2, "Does one respondent decide it?")
        let check = team.leaveOneOut()
        guard check.checked > 0 else {
            md.paragraph("With a single respondent, the group result is that person's result.")
            return
        }
        let rec = name(team.recommendation)
        if check.decisive.isEmpty {
            md.paragraph(
                "No. Leaving out any one of the \(check.checked.readable) respondents in turn, \(rec) stays on top; "
                    + "its smallest remaining lead is \(check.smallestLead.oneDecimal) points."
            )
            return
        }
        if options.anonymous {
            let without = Set(check.decisive.map(\.recommendationWithout))
            let names = Stance.allCases.filter(without.contains).map(name)
            let who =
                check.decisive.count == 1 ? "one respondent" : "any one of \(check.decisive.count.readable) respondents"
            md.paragraph(
                "Yes: without \(who) (an anonymous brief does not say who), the group would recommend "
                    + "\(BriefRenderer.inWords(names)) instead. Ask at the offsite who sees it differently before "
                    + "settling on \(rec)."
            )
            return
        }
        let who =
            check.decisive.count == 1
            ? "this respondent" : "any one of these \(check.decisive.count.readable) respondents"
        md.paragraph(
            "Yes: without \(who), the group would recommend something else. Hear their reasons at the offsite before "
                + "settling on \(rec)."
        )
        md.bullets(
            check.decisive.prefix(10).map { item in
                "\(label(item.member)): without them, \(name(item.recommendationWithout))."
            } + (check.decisive.count > 10 ? ["and \((check.decisive.count - 10).readable) more."] : []))
    }
}

extension GroupScores {
    /// Two groups as one.
    func merging(_ other: GroupScores) -> GroupScores {
        var result = self
        result.absorb(other)
        return result
    }
}

extension Double {
    /// Two decimals: 0.43.
    var twoDecimals: String {
        let hundredths = Int((self * 100).rounded())
        let whole = hundredths / 100
        let rest = abs(hundredths % 100)
        return "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}
