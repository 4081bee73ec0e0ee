extension BriefRenderer {
    func recommended(_ md: inout Markdown) {
        let rec = assessment.recommendation
        let text = self.text(rec)
        md.heading(2, "The recommended paradigm: \(name(rec))")
        md.paragraph(text.definition)
        var pros = text.pros
        var cons = text.cons
        var risks = text.risks
        if let direction = rec.direction.flatMap({ text.directions[$0] }) {
            md.paragraph("**Direction:** \(direction.name). \(direction.summary)")
            pros += direction.pros
            cons += direction.cons
            risks += direction.risks
        }
        md.line("**When it fits:**")
        md.line()
        md.bullets(text.fitsWhen)
        md.line("**Pros:**")
        md.line()
        md.bullets(pros)
        md.line("**Cons:**")
        md.line()
        md.bullets(cons)
        md.line("**Risks to manage:**")
        md.line()
        md.bullets(risks)
    }

    func readiness(_ md: inout Markdown) {
        md.heading(2, "Readiness gaps")
        guard !assessment.firedGates.isEmpty else {
            md.paragraph("No readiness gate fired: nothing in the answers makes any model premature.")
            return
        }
        md.paragraph(
            "A gate does not change fit; it caps how ready a model is today. Each one below fired on the answers given."
        )
        for gate in assessment.firedGates {
            let first =
                assessment.cap(of: gate, for: assessment.recommendation) != nil
                ? " **Fix this first: it holds back the recommendation.**" : ""
            md.line("- **\(gate.title)** (\(capsText(gate))).\(first)")
            md.line("  - Why: \(gate.why)")
            md.line("  - Fired because: \(gateReason(gate))")
            md.line("  - What would lift it: \(gate.lift)")
        }
        md.line()
    }

    /// What a gate caps, naming each model exactly: "caps proportionate at 45, assimilated at 50".
    func capsText(_ gate: Gate) -> String {
        let held = Stance.allCases.compactMap { stance in
            assessment.cap(of: gate, for: stance).map { "\(name(stance).lowercasedFirst) at \($0.plain)" }
        }
        return held.isEmpty ? "holds back no model here" : "caps " + held.joined(separator: ", ")
    }

    /// The answers that made a gate fire, in words.
    private func gateReason(_ gate: Gate) -> String {
        gate.condition.clauses.compactMap { clause in
            questionnaire.question(clause.questionID).map { answerLabel($0) }
        }.joined(separator: "; ")
    }

    func roadmap(_ md: inout Markdown) {
        let rec = assessment.recommendation
        let text = self.text(rec)
        md.heading(2, "First 90 days")
        if let asIs = analysis.provenAsIs, asIs.paradigm != rec.paradigm, let move = text.movingFrom[asIs.paradigm] {
            md.paragraph("**From \(name(asIs).lowercasedFirst) to \(name(rec).lowercasedFirst).** \(move)")
        }
        let gates = assessment.gates(holding: rec)
        if !gates.isEmpty {
            md.paragraph(
                "Start by lifting the gate\(gates.count == 1 ? "" : "s") that hold\(gates.count == 1 ? "s" : "") the "
                    + "recommendation back: \(gates.map { $0.lift }.joined(separator: " "))"
            )
        }
        for phase in text.firstNinetyDays {
            md.line("**\(phase.phase)**")
            md.line()
            md.bullets(phase.actions)
        }
        md.line("**Leading indicators to track:**")
        md.line()
        md.bullets(text.indicators.map(\.text))
    }

    func offsiteQuestions(
        _ md: inout Markdown, _ statement: ConfidenceStatement, _ review: OperatingModelReview?,
        _ sensitivity: Sensitivity
    ) {
        let rec = assessment.recommendation
        md.heading(2, "Questions for the leadership offsite")
        var questions =
            review.map { gapQuestions($0, sensitivity) }
            ?? text(rec).offsiteQuestions.map {
                ListItem($0, grounds: .interpretation)
            }
        if statement.call == .close {
            questions.insert(
                ListItem(
                    "The result is a close call between \(name(rec).lowercasedFirst) and "
                        + "\(name(assessment.runnerUp).lowercasedFirst). Which of the two do we choose, and what "
                        + "evidence would settle it?", grounds: grounds(on: statement.decidingQuestions)),
                at: 0)
        }
        if let asIs = analysis.provenAsIs, asIs != rec {
            questions.append(
                ListItem(
                    "Are we willing to leave \(name(asIs).lowercasedFirst) behind, and who owns that change?",
                    grounds: grounds(on: assessment.today.contributions.map(\.questionID))))
        }
        // Every unsure answer is listed, in one question that the concise brief always keeps,
        // whatever the length of the list: the summary says they are listed here.
        let unsure = assessment.unsureQuestions
        var settle: [ListItem] = []
        if !unsure.isEmpty {
            let list = unsure.map { "*\($0.prompt.trimmingTrailingPunctuation)*" }.joined(separator: "; ")
            settle.append(
                ListItem(
                    unsure.count == 1
                        ? "Settle a fact we were unsure of: \(list)."
                        : "Settle the \(unsure.count) facts we were unsure of: \(list).",
                    grounds: grounds(on: unsure.map(\.id))))
        }
        md.numbered((options.detail == .full ? questions : Array(questions.prefix(6 - settle.count))) + settle)
    }

    func research(_ md: inout Markdown) {
        guard !texts.statistics.isEmpty else { return }
        md.heading(2, "What the research says")
        md.bullets(texts.statistics.map { "\($0.text) (source \(sourceNumber($0)))" })
    }
}
