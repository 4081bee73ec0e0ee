/// Writes a comparison of two assessments as Markdown for an executive: how the recommendation
/// and each paradigm's scores moved, and which changed answers moved them most.
package struct CompareRenderer: Sendable {
    let comparison: Comparison
    let date: String
    /// How many changed answers the "moved most" table lists.
    static let moverRows = 8

    /// Creates a renderer.
    package init(comparison: Comparison, date: String) {
        self.comparison = comparison
        self.date = date
    }

    private var questionnaire: Questionnaire { comparison.after.questionnaire }
    private var texts: ParadigmTexts { questionnaire.texts }

    /// The whole comparison.
    package func render() -> String {
        var md = Markdown()
        let (before, after) = (comparison.before, comparison.after)
        let organisation = after.answers.respondent.organisation ?? before.answers.respondent.organisation
        md.field("title", "\"Marketing and sales paradigm comparison\"")
        md.field("date", "\"\(date)\"")
        md.pageSettings()
        md.organisation(organisation)
        md.field("questionnaire", Markdown.frontMatterValue("\(questionnaire.id) \(questionnaire.version)"))
        md.field("before", Markdown.frontMatterValue(before.answers.fileName))
        md.field("after", Markdown.frontMatterValue(after.answers.fileName))
        summary(&md)
        scores(&md)
        movers(&md)
        everyChange(&md)
        method(&md)
        return md.text.trimmingTrailingBlankLines() + "\n"
    }

    private func name(_ outcome: Outcome) -> String { outcome.name(in: texts) }

    private func summary(_ md: inout Markdown) {
        let (before, after) = (comparison.before, comparison.after)
        let (was, now) = (Outcome(before), Outcome(after))
        let verdict = comparison.verdict.call.words
        md.heading(1, "What changed")
        var text: String
        if was == now {
            text =
                "The recommendation is unchanged: **\(name(now).capitalisedFirst)**. Its lead over the runner-up went "
                + "from \(before.confidence.margin.oneDecimal) to \(after.confidence.margin.oneDecimal) points "
                + "(\(verdict))."
        } else {
            text =
                "The recommendation changed from **\(name(was))** to **\(name(now))**, now "
                + "\(after.confidence.margin.oneDecimal) points ahead of "
                + "\(after.displayName(after.runnerUp).lowercasedFirst) (\(verdict))."
        }
        let count = comparison.changes.count
        text +=
            count == 0
            ? " No scored answer differs between the two files."
            : " \(count) scored answer\(count == 1 ? "" : "s") differ\(count == 1 ? "s" : "") between the two files."
        md.paragraph(text)
        if before.asIs != after.asIs || before.isUndefined != after.isUndefined {
            let show = { (assessment: Assessment) -> String in
                if assessment.isUndefined { return "no deliberate model (undefined)" }
                return assessment.asIs.map { assessment.displayName($0).lowercasedFirst } ?? "not enough answers to say"
            }
            md.paragraph("Today's practice moved too: from \(show(before)) to \(show(after)).")
        }
        if was != now {
            // The gap between the new and the old recommendation is linear in the shares.
            let (k, j) = (now.stance.position, was.stance.position)
            let movers = comparison.changes.map { ($0, $0.fit[k] - $0.fit[j]) }.filter { $0.1 > Effect.driverThreshold }
                .sorted { $0.1 > $1.1 }.prefix(3)
            if !movers.isEmpty {
                md.paragraph("The answers that did most to move \(name(now)) past \(name(was)):")
                md.bullets(
                    movers.map { change, gap in
                        "\(prompt(change.questionID)): “\(answer(change.before, change.questionID))” → "
                            + "“\(answer(change.after, change.questionID))” (\(Markdown.signed(gap)) points of the gap)"
                    })
            }
        }
        if let top = comparison.changes.max(by: { $0.largestFitShare < $1.largestFitShare }), top.largestFitShare > 0.05
        {
            md.paragraph("The change that moved the fit scores most: \(answerChange(top)).")
        }
    }

    private func scores(_ md: inout Markdown) {
        md.heading(2, "Scores before and after")
        md.paragraph(
            "Fit is how well each candidate model suits the organisation's market, buyers and economics; as-is is how "
                + "closely today's practice resembles it (0–100)."
        )
        let rows = Stance.allCases.map { stance -> [String] in
            let (b, a) = (comparison.before, comparison.after)
            return [
                Markdown.escape(a.displayName(stance)),
                b.fit.score(stance).oneDecimal, a.fit.score(stance).oneDecimal,
                Markdown.signed(comparison.fitChange(stance)),
                b.today.hasEvidence ? b.today.score(stance).oneDecimal : "—",
                a.today.hasEvidence ? a.today.score(stance).oneDecimal : "—",
                b.today.hasEvidence && a.today.hasEvidence ? Markdown.signed(comparison.asIsChange(stance)) : "—",
            ]
        }
        md.table(
            ["Model", "Fit before", "Fit after", "Change", "As-is before", "As-is after", "Change"],
            alignments: [.left, .right, .right, .right, .right, .right, .right], rows)
    }

    private func movers(_ md: inout Markdown) {
        guard !comparison.changes.isEmpty else { return }
        md.heading(2, "The changed answers that moved the scores most")
        md.paragraph(
            "Each cell is that answer's share of the paradigm's score change, in points; each column adds up to the "
                + "change in the table above. The method is explained at the end."
        )
        md.line("**Fit** (what the facts call for):")
        md.line()
        moverTable(&md, share: \.fit, total: comparison.fitChange)
        guard comparison.before.today.hasEvidence, comparison.after.today.hasEvidence else { return }
        md.line("**As-is** (what today's practice amounts to):")
        md.line()
        moverTable(&md, share: \.asIs, total: comparison.asIsChange)
    }

    private func moverTable(
        _ md: inout Markdown, share: KeyPath<Comparison.ChangedAnswer, [Double]>, total: (Stance) -> Double
    ) {
        let largest = { (change: Comparison.ChangedAnswer) in change[keyPath: share].map(abs).max() ?? 0 }
        let sorted = comparison.changes.enumerated().filter { largest($0.element) >= 0.05 }.sorted { lhs, rhs in
            abs(largest(lhs.element) - largest(rhs.element)) > 1e-9
                ? largest(lhs.element) > largest(rhs.element) : lhs.offset < rhs.offset
        }.map(\.element)
        let shown = Array(sorted.prefix(Self.moverRows))
        var rows = shown.map { change in
            [
                prompt(change.questionID), answer(change.before, change.questionID),
                answer(change.after, change.questionID),
            ]
                + change[keyPath: share].map(Markdown.signed)
        }
        let rest = comparison.changes.filter { change in !shown.contains { $0.questionID == change.questionID } }
        if !rest.isEmpty {
            rows.append(
                ["\(rest.count) other change\(rest.count == 1 ? "" : "s")", "", ""]
                    + Stance.allCases.indices.map { k in
                        Markdown.signed(rest.map { $0[keyPath: share][k] }.reduce(0, +))
                    })
        }
        rows.append(["**Total**", "", ""] + Stance.allCases.map { "**\(Markdown.signed(total($0)))**" })
        md.table(
            ["Question", "Before", "After"] + Stance.allCases.map(\.shortName),
            alignments: [.left, .left, .left] + Stance.allCases.map { _ in .right }, rows)
    }

    private func everyChange(_ md: inout Markdown) {
        guard !comparison.changes.isEmpty || !comparison.changedText.isEmpty else { return }
        md.heading(2, "Every changed answer")
        var rows = comparison.changes.map { change in
            [
                "`\(change.questionID)`", prompt(change.questionID), answer(change.before, change.questionID),
                answer(change.after, change.questionID),
            ]
        }
        rows += comparison.changedText.map { id in ["`\(id)`", prompt(id), "(text)", "(text, changed; not scored)"] }
        md.table(["Id", "Question", "Before", "After"], alignments: [.left, .left, .left, .left], rows)
    }

    private func method(_ md: inout Markdown) {
        md.heading(2, "Method")
        let how: String
        switch comparison.attribution {
        case .exactShapley:
            how = "computed exactly, by scoring every subset of the changed answers"
        case .sampledShapley(let orders):
            how =
                "averaged over \(orders) random order\(orders == 1 ? "" : "s") of the changed answers (fixed seed, so "
                + "the result is the same on every run), because more than \(Comparison.exactLimit) answers changed"
                + (orders < Comparison.sampledOrders
                    ? " (fewer than \(Comparison.sampledOrders), because so many answers changed in so long a"
                        + " questionnaire that \(Comparison.sampledOrders) would take minutes)"
                    : "")
        }
        md.paragraph(
            """
            Both files are scored with the same questionnaire and the formula of the brief's method \
            appendix. A changed answer's share of a paradigm's score change is its Shapley value: \
            switch the answers from before to after one at a time, note how much the score moves \
            when this answer switches, and average that over every order of switching. In symbols, \
            the share of answer i is the sum, over every set S of the other changed answers, of \
            s! (n – s – 1)! ÷ n! × (v(S and i) – v(S)), where s is the number of answers in S, and v(S) is the score \
            with the answers in S switched. The shares \
            add up exactly to the total change, and no answer gains from being switched first. \
            Here the shares were \(how). Because scores are ratios, an answer's share depends on \
            the other answers; read the shares as "how much this answer explains", not as a fixed \
            price per answer.
            """)
    }

    private func prompt(_ id: String) -> String {
        guard let question = questionnaire.question(id) else { return "`\(id)`" }
        return "*\(question.prompt.trimmingTrailingPunctuation)*"
    }

    private func answer(_ value: AnswerValue?, _ id: String) -> String {
        guard let question = questionnaire.question(id) else { return "" }
        guard let value else { return "no answer" }
        return AnswerWords.text(value, for: question, escape: Markdown.escape)
    }

    private func answerChange(_ change: Comparison.ChangedAnswer) -> String {
        let biggest = Stance.allCases.indices.max { abs(change.fit[$0]) < abs(change.fit[$1]) } ?? 0
        let stance = Stance.allCases[biggest]
        return
            "\(prompt(change.questionID)) went from “\(answer(change.before, change.questionID))” to "
            + "“\(answer(change.after, change.questionID))”, \(Markdown.signed(change.fit[biggest])) points for "
            + "\(texts.name(of: stance).lowercasedFirst)"
    }
}
