import Foundation

extension BriefRenderer {
    /// "Today against the target", the plan from the gaps, the buying-stage owners, the
    /// starters the gaps call for and when to revisit: what it takes to run the recommended
    /// model, starting from where the organisation is.
    func operatingModel(
        _ md: inout Markdown, _ review: OperatingModelReview, _ sensitivity: Sensitivity, starters withStarters: Bool
    ) {
        if withStarters {
            gapTable(&md, review, heading: "Today against the target")
        } else {
            gapSummary(&md, review)
        }
        plan(&md, review)
        people(&md, review)
        // The concise brief gives the scorecard in an appendix.
        if withStarters { scorecard(&md, review, heading: "Scorecard and what it costs") }
        if withStarters {
            journeyMap(&md, review)
            starters(&md, review, heading: "Starters for what is missing")
        }
        revisit(&md, sensitivity, small: review.isSmall ? review.wording.words["small_company_revisit"] : nil)
    }

    /// The element-by-element table for a target model.
    func gapTable(
        _ md: inout Markdown, _ review: OperatingModelReview, heading: String, level: Int = 2, targets: Bool = true
    ) {
        md.heading(level, "\(heading): \(name(review.target))")
        let counts = [OperatingModelReview.State.inPlace, .partly, .missing, .unknown, .notNeeded].map { state in
            review.elements.filter { $0.state == state }.count
        }
        let needed = review.elements.count - counts[4]
        md.paragraph(
            "Of the \(needed) design elements this model needs, \(counts[0]) "
                + "\(counts[0] == 1 ? "is" : "are") in place, \(counts[1]) partly there, \(counts[2]) missing and "
                + "\(counts[3]) unknown (not asked or answered unsure)"
                + (counts[4] == 0 ? "." : "; \(counts[4]) more \(counts[4] == 1 ? "is" : "are") not needed here.")
                + (targets
                    ? " The targets are this tool's interpretation of the model."
                    : " What each element looks like under this model is in the appendix."))
        let rows = review.elements.map { grounds(on: $0.evidence + $0.open) }
        if targets {
            md.table(
                ["Element", "Under this model", "Today", "State"], alignments: [.left, .left, .left, .left],
                review.elements.map { item in
                    [item.element.title, Markdown.escape(item.design.target), evidenceText(item), item.state.markdown]
                }, grounds: rows)
        } else {
            md.table(
                ["Element", "Today", "State"], alignments: [.left, .left, .left],
                review.elements.map { item in [item.element.title, evidenceText(item), item.state.markdown] },
                grounds: rows)
        }
    }

    /// Today against the target in a few lines, for the concise brief: the elements by state.
    func gapSummary(_ md: inout Markdown, _ review: OperatingModelReview) {
        md.heading(2, "Today against the target: \(name(review.target))")
        // The gaps are named once, in the plan below; this lists what needs no step.
        let gaps = review.elements.filter { $0.state == .partly || $0.state == .missing }.count
        let groups: [(OperatingModelReview.State, String)] = [
            (.inPlace, "In place"), (.unknown, "Unknown (not asked or unsure)"), (.notNeeded, "Not needed here"),
        ]
        md.bullets(
            groups.compactMap { state, label in
                let items = review.elements.filter { $0.state == state }
                guard !items.isEmpty else { return nil }
                let titles: [String] = items.map { item in
                    guard item.state == .notNeeded, let reason = item.element.notNeededBecause else {
                        return item.element.title
                    }
                    return "\(item.element.title) (\(reason))"
                }
                return ListItem(
                    "**\(label):** \(titles.joined(separator: "; ")).",
                    grounds: grounds(on: items.flatMap { $0.evidence + $0.open }))
            })
        md.paragraph(
            "\(gaps == 0 ? "No element is" : gaps == 1 ? "One element is" : "\(gaps) elements are") partly there or "
                + "missing: the plan below closes \(gaps == 1 ? "it" : "them"). `--detail full` has the table of what "
                + "each element looks like under this model and the answers that show it today.")
    }

    /// Grounds on the answers to these questions.
    func grounds(on questionIDs: [String]) -> Grounds { .on(questionIDs, assessment.answers) }

    private func evidenceText(_ item: OperatingModelReview.ElementState) -> String {
        let shown = item.evidence.compactMap { id -> String? in
            guard let question = questionnaire.question(id), assessment.answers[id] != nil else { return nil }
            return answerText(question)
        }
        let text = shown.isEmpty ? "not asked" : shown.joined(separator: "; ")
        // In place as far as the answers show: the part of the target no question asks about is
        // named as not shown, never assumed.
        guard item.state == .inPlace || item.state == .partly, let part = item.design.notShown else { return text }
        return text + "; not shown by the answers: \(part)"
    }

    private func plan(_ md: inout Markdown, _ review: OperatingModelReview) {
        md.heading(2, "First 90 days: closing the gaps")
        let gates = assessment.gates(holding: review.target)
        if !gates.isEmpty {
            md.paragraph(
                "Lift the readiness gate\(gates.count == 1 ? "" : "s") that hold\(gates.count == 1 ? "s" : "") the "
                    + "recommendation back as part of these steps: "
                    + "\(gates.map { $0.title.lowercasedFirst }.joined(separator: "; "))."
            )
        }
        if let why = review.rulesFirst {
            md.paragraph(
                "**Rules before structure** (Kotler, Rackham and Krishnaswamy\(cite(Self.kotlerSource))). \(why)")
        }
        if review.isSmall {
            md.paragraph(
                "At this size the advice is for a founder-stage company: a few agreements between the people who do "
                    + "the work, not a programme between two departments."
            )
        }
        // The gate questions not answered that could still hold the recommendation back, where
        // no element's question already asks them.
        let listed = Set(review.checkFirst.compactMap(\.firstQuestion))
        let readiness = analysis.openReadiness.filter { !listed.contains($0.id) }
        if !review.checkFirst.isEmpty || !readiness.isEmpty {
            md.paragraph("**Check first** (the answers do not show these):")
            md.bullets(
                review.checkFirst.map { item in
                    let question = item.firstQuestion.map(promptText) ?? item.element.title
                    return ListItem(
                        "\(item.element.title): \(question)?", grounds: grounds(on: item.open + item.evidence))
                } + readiness.map { ListItem("Readiness: \(promptText($0.id))?", grounds: grounds(on: [$0.id])) })
        }
        guard !review.steps.isEmpty else {
            let known = review.elements.count - review.checkFirst.count
            md.paragraph(
                review.checkFirst.isEmpty
                    ? "Every element of \(name(review.target).lowercasedFirst) that the answers show is already in "
                        + "place: the task is to run the model deliberately and track it, not to build it."
                    : known == 0
                        ? "The answers show none of these elements yet, so there is no plan to give until the "
                            + "questions above are answered."
                        : "The elements the answers show are already in place; whether the model still needs "
                            + "building depends on the ones to check first."
            )
            return
        }
        // The concise brief says why an owner stands in once ("the CEO (there is no single
        // revenue leader today)"), then names the owner alone.
        var explained: Set<String> = []
        let item = { (step: OperatingModelReview.Step) -> ListItem in
            let owner = step.owner
            guard options.detail == .concise, let open = owner.range(of: " (") else { return stepItem(step, owner) }
            return stepItem(step, explained.insert(owner).inserted ? owner : String(owner[..<open.lowerBound]))
        }
        for (phase, steps) in review.stepsByPhase {
            guard let phase else { continue }
            let title = Self.phaseTitle(phase)
            // A pre-read details at most three steps a month, and the last month's only when
            // there are two or fewer; the rest go in a line (`--detail full` details them all).
            let detailed =
                options.detail == .full ? steps[...] : phase == 3 && steps.count > 2 ? [] : steps.prefix(3)
            let rest = steps.dropFirst(detailed.count).map {
                "\($0.element.title.lowercasedFirst) (\(Self.baseName($0.owner))\($0.state == .partly ? ", partly there" : ""))"
            }
            if detailed.isEmpty {
                md.paragraph(
                    "**\(title):** \(rest.joined(separator: "; ")). `--detail full` gives each step with its result.")
                continue
            }
            md.paragraph("**\(title)**")
            md.bullets(detailed.map(item))
            if !rest.isEmpty { md.paragraph("Also in \(title.lowercasedFirst): \(rest.joined(separator: "; ")).") }
        }
        if let waiting = review.stepsByPhase.last(where: { $0.phase == nil })?.steps, let first = waiting.first {
            md.paragraph("**Once \(first.owner) starts** (these steps are that role's to lead)")
            let detailed = options.detail == .full ? waiting[...] : waiting.prefix(3)
            md.bullets(detailed.map(item))
            let rest = waiting.dropFirst(detailed.count).map {
                $0.element.title.lowercasedFirst + ($0.state == .partly ? " (partly there)" : "")
            }
            if !rest.isEmpty { md.paragraph("Then: \(rest.joined(separator: "; ")).") }
        }
    }

    /// One step of the plan as a list item, resting on the answers that show the gap and its
    /// owners.
    private func stepItem(_ step: OperatingModelReview.Step, _ owner: String) -> ListItem {
        var text = Self.stepText(step, full: options.detail == .full, owner: owner)
        if options.detail == .full { text += " *Rests on: \(groundsText(step.grounds)).*" }
        return ListItem(text, grounds: grounds(on: step.grounds))
    }

    /// A phase of the plan as the single and the team brief title it: "Days 1–30" for phase 1.
    static func phaseTitle(_ phase: Int) -> String {
        ["Days 1–30", "Days 31–60", "Days 61–90"][min(max(phase, 1), 3) - 1]
    }

    /// One step of the plan in words, as the single and the team brief give it: the element,
    /// the action (its first sentence unless `full`), the owner, who contributes and the result.
    /// One step in words; `owner` replaces the step's owner (the concise brief's plan names a
    /// stand-in's reason once).
    static func stepText(_ step: OperatingModelReview.Step, full: Bool, owner: String? = nil) -> String {
        let with = step.with.isEmpty ? "" : ", with \(inWords(step.with))"
        let completes = step.state == .partly ? " (partly there: complete it)" : ""
        let result = step.result.map { " Result: \($0)" } ?? ""
        let action = full ? step.action.trimmingWhitespace() : firstSentence(step.action)
        return "**\(step.element.title)**\(completes): \(action) Owner: \(owner ?? step.owner)\(with).\(result)"
    }

    /// The answers a statement rests on, in words: "question: answer; …".
    func groundsText(_ questionIDs: [String]) -> String {
        questionIDs.uniqued.compactMap { id in
            questionnaire.question(id).map { question in
                "\(question.prompt.trimmingTrailingPunctuation): "
                    + (assessment.answers[id] == nil ? "not answered" : answerText(question))
            }
        }.joined(separator: "; ")
    }

    /// Names in a sentence: "A", "A and B", "A, B and C".
    static func inWords(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The first sentence of a text: up to the first full stop followed by a space.
    static func firstSentence(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard let end = trimmed.range(of: ". ") else { return trimmed }
        return String(trimmed[..<end.lowerBound]) + "."
    }

    func journeyMap(
        _ md: inout Markdown, _ review: OperatingModelReview, heading: String = "Who owns each buying stage"
    ) {
        md.heading(2, heading)
        let after = review.journey.suffix(3).map { $0.title.lowercasedFirst }
        md.paragraph(
            "Gartner describes buying as six jobs that buyers move between in any order"
                + "\(cite(Self.buyingJobsSource)); \(Self.inWords(after)) "
                + "follow. Today: who looks after each stage now, as far as the answers show it. The "
                + "owners under the recommended model are this tool's interpretation of it."
        )
        md.table(
            ["Stage", "Today", "Accountable", "Contributes"], alignments: [.left, .left, .left, .left],
            review.journey.map { row in
                [row.title, row.today ?? "not known", row.accountable, row.contributes.joined(separator: ", ")]
            }, grounds: review.journey.map { grounds(on: $0.grounds) })
    }

    /// The starters for the gaps; with a limit, those of the plan's earliest steps first.
    func starters(_ md: inout Markdown, _ review: OperatingModelReview, heading: String, limit: Int? = nil) {
        var wanted = review.elements.filter {
            ($0.state == .missing || $0.state == .partly) && $0.element.starter != nil
        }
        if let limit {
            let order = review.steps.map(\.element.id)
            wanted = Array(
                wanted.sorted {
                    (order.firstIndex(of: $0.element.id) ?? order.count)
                        < (order.firstIndex(of: $1.element.id) ?? order.count)
                }.prefix(limit))
        }
        guard !wanted.isEmpty else { return }
        md.heading(2, heading)
        for item in wanted {
            guard let starter = item.element.starter else { continue }
            md.heading(3, item.element.title)
            // The starter keeps its list: a line starting with "- " opens an item, and the lines
            // below it continue that item.
            var blocks: [String] = []
            for raw in starter.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("- ") || blocks.isEmpty {
                    blocks.append(line)
                } else {
                    blocks[blocks.count - 1] += (blocks[blocks.count - 1].isEmpty ? "" : " ") + line
                }
            }
            let items = blocks.filter { !$0.isEmpty }
            for (index, block) in items.enumerated() {
                md.line(block)
                if !block.hasPrefix("- ") || index + 1 == items.count || !items[index + 1].hasPrefix("- ") { md.line() }
            }
        }
    }

    /// The drifting facts whose change would change the recommendation.
    /// `small`: for a small company, the size at which to revisit and why (the phrase
    /// `small_company_revisit` of operating-model.yaml).
    private func revisit(_ md: inout Markdown, _ sensitivity: Sensitivity, small: String?) {
        guard let revisit = questionnaire.operatingModel?.revisit else { return }
        var lines: [String] = []
        for id in revisit {
            guard let question = questionnaire.question(id),
                let pivot = sensitivity.pivotalAnswers.first(where: { $0.questionID == id && $0.alternative != nil })
            else { continue }
            lines.append(
                "\(promptText(id)): if it became “\(valueText(pivot.alternative, for: question, bandLabel: true))” "
                    + "(today “\(valueText(pivot.given, for: question))”), \(outcomeName(pivot.outcome)) would "
                    + "fit better."
            )
        }
        md.heading(2, "When to revisit")
        if let small { md.paragraph(small) }
        if lines.isEmpty {
            md.paragraph(
                "None of the facts that drift over time (size, stage, deal value, self-serve share, segments, motion) "
                    + "would change the recommendation on its own at its next value. Revisit it once a year, or when "
                    + "several of them move at once."
            )
        } else {
            md.paragraph(
                "These facts drift as the company grows. The recommendation would change when one of them does:")
            md.bullets(lines)
        }
    }
}

extension OperatingModelReview.State {
    /// The state in a brief's table cell: gaps in bold. The single and the team brief share it.
    var markdown: String {
        switch self {
        case .inPlace: "in place"
        case .partly: "**partly**"
        case .missing: "**missing**"
        case .unknown: "unknown"
        case .notNeeded: "not needed"
        }
    }
}
