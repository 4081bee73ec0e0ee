extension BriefRenderer {
    func frontMatter(_ md: inout Markdown) {
        md.field("title", "\"Marketing and sales paradigm brief\"")
        let subtitle = "Recommendation: \(name(assessment.recommendation))"
        md.field("subtitle", Markdown.frontMatterValue(subtitle))
        md.field("date", "\"\(options.date)\"")
        md.pageSettings()
        md.organisation(organisation)
        md.field("questionnaire", Markdown.frontMatterValue("\(questionnaire.id) \(questionnaire.version)"))
    }

    func summary(_ md: inout Markdown, _ statement: ConfidenceStatement, _ review: OperatingModelReview?) {
        let rec = assessment.recommendation
        let text = self.text(rec)
        md.heading(1, "Executive summary")
        let who = organisation.map { "For \(Markdown.escape($0)), the" } ?? "The"
        var opening = "\(who) recommended paradigm is **\(name(rec))**. \(text.summary)"
        if let direction = rec.direction.flatMap({ text.directions[$0] }) {
            opening += " \(direction.summary)"
        }
        md.paragraph(opening, grounds: grounds(on: assessment.fit.contributions.map(\.questionID)))
        let driverIDs = assessment.fit.effects(on: rec).filter(\.pushes).map(\.contribution.questionID)
        var lines = [
            ListItem(
                "**Confidence:** \(confidenceText(statement))",
                grounds: grounds(on: statement.decidingQuestions + driverIDs))
        ]
        let drivers = assessment.fit.effects(on: rec).filter(\.pushes).sorted(by: Self.strongestFirst)
            .prefix(3)
        let reasons = drivers.compactMap { effect -> String? in
            guard let question = questionnaire.question(effect.contribution.questionID) else { return nil }
            let why = effect.contribution.optionIDs.compactMap { question.option($0)?.why }.first { !$0.isEmpty }
            return why.map { "*\(answerText(question))*: \($0.lowercasedFirst.trimmingTrailingPunctuation)" }
        }
        if !reasons.isEmpty {
            // One sentence per answer, the answer in italics: answers and reasons both hold
            // semicolons, so a semicolon between them would not show where one ends.
            lines.append(
                ListItem(
                    "**Why:** " + reasons.joined(separator: ". ") + ".",
                    grounds: grounds(on: drivers.map(\.contribution.questionID))))
        }
        lines.append(
            ListItem(
                "**As-is → to-be:** \(transition)",
                grounds: grounds(
                    on: assessment.today.contributions.map(\.questionID) + (analysis.depth?.grounds ?? [])
                        + analysis.asIsOpen.map(\.id))))
        if let review, !review.steps.isEmpty {
            let gaps = review.steps.prefix(3).map { $0.element.title.lowercasedFirst }
            lines.append(
                ListItem(
                    "**First gaps to close:** \(gaps.joined(separator: "; ")) (\(review.steps.count) "
                        + "step\(review.steps.count == 1 ? "" : "s") in the plan below).",
                    grounds: grounds(on: review.steps.prefix(3).flatMap(\.grounds))))
        }
        if let review, !review.checkFirst.isEmpty {
            let (open, count) = (review.checkFirst.count, review.elements.count)
            lines.append(
                ListItem(
                    open == count
                        ? "**Today's practice:** the answers show none of the \(count) design elements of this "
                            + "model (listed under \"Check first\"), so the plan cannot say what to change until they "
                            + "are answered."
                        : "**Today's practice:** the answers do not show \(open) of the \(count) design elements of "
                            + "this model (listed under \"Check first\"); the plan may lack steps for "
                            + "\(open == 1 ? "it" : "them").",
                    grounds: grounds(on: review.checkFirst.flatMap { $0.open + $0.evidence })))
        }
        let gates = assessment.gates(holding: rec)
        let open = analysis.openReadiness
        let gateGrounds = grounds(
            on: assessment.firedGates.flatMap { $0.condition.clauses.map(\.questionID) } + open.map(\.id))
        // A gate whose questions were not answered may still hold the model back: say so.
        let unknown =
            open.isEmpty
            ? ""
            : "; \(open.count) question\(open.count == 1 ? "" : "s") not answered could still show "
                + "\(gates.isEmpty ? "one" : "another")"
                + (review == nil
                    ? ": " + open.map { "*\($0.prompt.trimmingTrailingPunctuation)*" }.joined(separator: "; ")
                    : " (listed under \"Check first\")")
        if gates.isEmpty {
            let given = open.isEmpty ? "" : " on the answers given"
            lines.append(
                ListItem(
                    "**Readiness:** no readiness gate holds \(name(rec).lowercasedFirst) back\(given)\(unknown).",
                    grounds: gateGrounds))
        } else {
            let titles = gates.map { $0.title.lowercasedFirst }.joined(separator: "; ")
            lines.append(
                ListItem(
                    "**Readiness:** \(gates.count) gate\(gates.count == 1 ? "" : "s") to lift first: "
                        + "\(titles)\(unknown). " + readyNowSentence, grounds: gateGrounds))
        }
        let check = analysis.settled
        let notAsked = check.open.filter { assessment.answers[$0.id] == nil }
        if !notAsked.isEmpty {
            let list = notAsked.prefix(6).map { "*\($0.prompt.trimmingTrailingPunctuation)*" }.joined(separator: "; ")
            let more = notAsked.count > 6 ? "; and \(notAsked.count - 6) more" : ""
            lines.append(
                ListItem(
                    check.isSettled
                        ? "**Not asked:** \(notAsked.count) question\(notAsked.count == 1 ? "" : "s") about fit "
                            + "\(notAsked.count == 1 ? "was" : "were") not answered; whatever the answers, the "
                            + "recommendation would not change: \(list)\(more)."
                        : "**Not asked:** \(notAsked.count) question\(notAsked.count == 1 ? "" : "s") about fit "
                            + "\(notAsked.count == 1 ? "was" : "were") not answered, and the answers could still change "
                            + "the recommendation: \(list)\(more).", grounds: grounds(on: notAsked.map(\.id))))
        }
        let unsure = assessment.unsureQuestions.count
        if unsure > 0 {
            lines.append(
                ListItem(
                    "**Open facts:** \(unsure) question\(unsure == 1 ? " was" : "s were") answered unsure; settle "
                        + "\(unsure == 1 ? "it" : "them") before the offsite (listed below).",
                    grounds: grounds(on: assessment.unsureQuestions.map(\.id))))
        }
        md.bullets(lines)
        md.paragraph(
            "The paradigm definitions are this tool's interpretation of Forrester's four labels.",
            grounds: .interpretation)
    }

    /// What to run while the gates are lifted: the best fit no gate holds back, or, when every
    /// model is held back, today's model.
    var readyNowSentence: String {
        let ready = assessment.bestReadyNow
        return assessment.gates(holding: ready).isEmpty
            ? "Until then, the best fit no gate holds back is \(name(ready))."
            : "A gate holds back every model; until they are lifted, keep today's, \(name(ready))."
    }

    /// The honest confidence statement in words: the call, the margin in whole points, what
    /// weakened it and, for a call that is not clear, the answers that would decide it.
    func confidenceText(_ statement: ConfidenceStatement) -> String {
        let points = Int(statement.margin.rounded())
        let lead =
            points == 0
            ? "level with \(name(assessment.runnerUp))"
            : "about \(points) point\(points == 1 ? "" : "s") ahead of \(name(assessment.runnerUp))"
        var text = "\(statement.call.words): \(lead) on a 0–100 fit scale"
        let reasons = statement.caveats.map { caveat -> String in
            switch caveat {
            case .unsureCouldChange: "settling the unsure answers could change it"
            case .oneStepAway: "one answer a single step away would change it"
            case .judgementCalls(let share): "it wins \(percent(share)) of the robustness draws"
            }
        }
        if !reasons.isEmpty { text += "; " + reasons.joined(separator: "; ") }
        text += "."
        let deciding = statement.decidingQuestions.compactMap { questionnaire.question($0).map(answerLabel) }
        if !deciding.isEmpty {
            text += " The answers that would decide it: " + deciding.joined(separator: "; ") + "."
        }
        return text
    }

    /// The as-is → to-be line on two axes, shape and depth, framed as the change to make
    /// deliberately.
    var transition: String {
        let rec = assessment.recommendation
        let depth = analysis.depth.map { " " + BriefRenderer.depthSentence($0, cite: cite(Self.kotlerSource)) } ?? ""
        guard let shape = assessment.asIs ?? assessment.closestPractice else {
            return
                "too few answers about today's structure and practice to say which model the organisation resembles "
                + "now.\(depth) The target is \(name(rec))."
        }
        let today = name(shape)
        let open = analysis.asIsOpen.count
        if open > 0 {
            return
                "on the practice answers given, today's structure and practice are closest to \(today) in shape, but "
                + "\(open) practice question\(open == 1 ? "" : "s") not answered could change that.\(depth) Its facts "
                + "call for \(name(rec))."
        }
        let shallow = analysis.depth.map { $0.stage.id == analysis.depth?.lowestStage } ?? false
        if shape == rec {
            return
                "today's structure and practice already resemble \(today), and the facts call for the same.\(depth) "
                + (shallow
                    ? "The task is to choose it on purpose and write down its rules."
                    : "The task is to run it deliberately: make its rules explicit and track its indicators.")
        }
        return
            "today's structure and practice are closest to \(today) in shape; the facts call for \(name(rec)).\(depth) "
            + "Moving from one to the other is the change to make deliberately, not by drift."
    }

    /// The depth of practice in one sentence: Kotler's stage, the score and what it means.
    static func depthSentence(_ depth: PracticeDepth, cite: String = "") -> String {
        "In depth of practice it is at Kotler's *\(depth.stage.id)* stage (\(Int(depth.score.rounded())) on their "
            + "20–100 scale; \(depth.scored.count) of 20 statements answered): \(depth.stage.meaning)\(cite)."
    }

    func scores(_ md: inout Markdown) {
        md.heading(2, "Scores", id: ScoreChart.sectionID)
        md.paragraph(
            options.detail == .full
                ? "Fit is how well each candidate model suits the organisation's market, buyers and economics "
                    + "(0–100); subservient is a candidate in each of its two directions. Ready now caps fit where a "
                    + "readiness gate holds a model back. As-is is how closely today's practice resembles "
                    + "each model."
                : "Fit: how well each model suits the market, buyers and economics (0–100). Ready now: fit capped by "
                    + "readiness gates. As-is: how closely today's practice resembles it."
        )
        let ruledOut = assessment.ruledOut
        let rows = assessment.ranking.map { stance -> [String] in
            let fit = assessment.fit.score(stance)
            let asIs = assessment.today.hasEvidence ? assessment.today.score(stance).oneDecimal : "—"
            let excluded = ruledOut.contains { $0.stance == stance }
            let label =
                stance == assessment.recommendation
                ? "**\(name(stance))** (recommended)" : name(stance) + (excluded ? " (ruled out)" : "")
            return [
                label, fit.oneDecimal, assessment.readyNow(stance).oneDecimal,
                asIs
                    + (stance == analysis.provenAsIs
                        ? " (today)" : stance == assessment.asIs ? " (closest so far)" : ""),
            ]
        }
        // Numbers only, each cell on one line in every format; the HTML page draws the chart.
        md.table(
            ["Model", "Fit", "Ready now", "As-is"], alignments: [.left, .right, .right, .right], rows, unbroken: [0, 3])
        let model = questionnaire.operatingModel
        for (stance, why) in ruledOut {
            let condition = model?.ruledOut.first { $0.stance == stance }?.condition
            md.paragraph(
                "**Ruled out:** \(name(stance)): \(why).",
                grounds: grounds(on: condition?.clauses.map(\.questionID) ?? []))
        }
    }
}
