extension TeamBriefRenderer {
    /// The readiness gates and today's practice against the group's recommendation, read from
    /// the group's answers (what most respondents said), with the elements respondents disagree
    /// on shown as disagreements.
    func practice(_ md: inout Markdown) {
        guard let practice = GroupPractice(team) else { return }
        let target = team.recommendation
        md.heading(2, "Readiness gates for the group recommendation")
        let gates = practice.gates
        if gates.isEmpty {
            md.paragraph(
                "On the answers most respondents gave, no readiness gate holds \(name(target).lowercasedFirst) back.")
        } else {
            md.paragraph(
                "On the answers most respondents gave, \(Self.count(gates.count, "gate")) "
                    + "hold\(gates.count == 1 ? "s" : "") \(name(target).lowercasedFirst) back:"
            )
            md.bullets(
                gates.map { held in
                    "**\(held.gate.title)**\(held.disputed ? " (respondents disagree on the answers behind it)" : ""). "
                        + "What would lift it: \(held.gate.lift.trimmingWhitespace())"
                })
        }
        guard let elements = practice.elements else { return }
        md.heading(2, "Today against the target, from the group's answers: \(name(target))")
        md.paragraph(
            "Each element's state is read from the answer most respondents gave; where respondents gave different "
                + "answers, the element is marked as a disagreement to settle first."
        )
        md.table(
            ["Element", "Under this model", "State", "Respondents"], alignments: [.left, .left, .left, .left],
            elements.map { item in
                [
                    item.reviewed.element.title, Markdown.escape(item.reviewed.design.target),
                    item.reviewed.state.markdown, item.disputed ? "**disagree**" : "agree",
                ]
            })
    }
}
