extension BriefRenderer {
    func recommended(_ md: inout Markdown) {
        let rec = assessment.recommendation
        let text = texts[rec]
        md.heading(2, "The recommended paradigm: \(name(rec))")
        md.paragraph(text.definition)
        var pros = text.pros
        var cons = text.cons
        var risks = text.risks
        if rec == .subservient, let direction = text.directions[assessment.direction] {
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
            md.paragraph("No readiness gate fired: nothing in the answers makes any paradigm premature.")
            return
        }
        md.paragraph("A gate does not change fit; it caps how ready a paradigm is today. Each one below fired on the answers given.")
        for gate in assessment.firedGates {
            let held = Array(Set(gate.caps.map(\.paradigm))).sorted().map { texts[$0].name.lowercased() }
            let first = gate.caps.contains(assessment.fit.stance(for: assessment.recommendation)) ? " **Fix this first: it holds back the recommendation.**" : ""
            md.line("- **\(gate.title)** (caps \(held.joined(separator: ", ")) at \(gate.cap.plain)).\(first)")
            md.line("  - Why: \(gate.why)")
            md.line("  - Fired because: \(gateReason(gate))")
            md.line("  - What would lift it: \(gate.lift)")
        }
        md.line()
    }

    /// The answers that made a gate fire, in words.
    private func gateReason(_ gate: Gate) -> String {
        gate.condition.clauses.compactMap { clause in
            questionnaire.question(clause.questionID).map { answerLabel($0) }
        }.joined(separator: "; ")
    }

    func roadmap(_ md: inout Markdown) {
        let rec = assessment.recommendation
        let text = texts[rec]
        md.heading(2, "First 90 days")
        if let asIs = assessment.asIs, asIs != rec, let move = text.movingFrom[asIs] {
            md.paragraph("**From \(texts[asIs].name.lowercased()) to \(text.name.lowercased()).** \(move)")
        }
        let gates = assessment.gates(holding: rec)
        if !gates.isEmpty {
            md.paragraph("Start by lifting the gate\(gates.count == 1 ? "" : "s") that hold\(gates.count == 1 ? "s" : "") the recommendation back: \(gates.map { $0.lift }.joined(separator: " "))")
        }
        for phase in text.firstNinetyDays {
            md.line("**\(phase.phase)**")
            md.line()
            md.bullets(phase.actions)
        }
        md.line("**Leading indicators to track:**")
        md.line()
        md.bullets(text.indicators)
    }

    func offsiteQuestions(_ md: inout Markdown) {
        let rec = assessment.recommendation
        md.heading(2, "Questions for the leadership offsite")
        var questions = texts[rec].offsiteQuestions
        if assessment.confidence.label == .narrow || assessment.confidence.label == .tooCloseToCall {
            questions.insert("The result is \(assessment.confidence.label.rawValue) between \(texts[rec].name.lowercased()) and \(texts[assessment.runnerUp].name.lowercased()). Which of the two do we choose, and what evidence would settle it?", at: 0)
        }
        if let asIs = assessment.asIs, asIs != rec {
            questions.append("Are we willing to leave \(texts[asIs].name.lowercased()) behind, and who owns that change?")
        }
        for question in assessment.unsureQuestions {
            questions.append("Settle a fact we were unsure of: \(question.prompt)")
        }
        md.numbered(questions)
    }

    func research(_ md: inout Markdown) {
        guard !texts.statistics.isEmpty else { return }
        md.heading(2, "What the research says")
        md.bullets(texts.statistics.map { "\($0.text) (source \(sourceNumber($0)))" })
    }
}
