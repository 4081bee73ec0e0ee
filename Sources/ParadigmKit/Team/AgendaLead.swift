/// What the offsite agenda leads with: the strongest theme of what people wrote that the rest
/// of the answers bear out, so that the agenda starts where the team both says it hurts and
/// visibly disagrees. Read with ``TeamAssessment/agendaLead(in:)``.
package struct AgendaLead: Sendable, Equatable {
    /// The theme: the most written-about one that a related question bears out.
    package let theme: ThemeTally
    /// The related question (``Theme/questions``) that bears it out.
    package let question: Question
    /// How the question bears it out.
    package let evidence: Evidence

    /// How a related question bears a theme out.
    package enum Evidence: Sendable, Equatable {
        /// A perception gap of at least ``TeamAssessment/wideGap`` between two sides the brief
        /// shows: executives and practitioners, or marketing and sales.
        case gap(PerceptionComparison, first: String, second: String)
        /// Answers divided at least ``TeamAssessment/splitDivergence``.
        case divided(Double)
    }
}

extension TeamAssessment {
    /// The agenda's lead for the groups a brief shows: of the themes anyone wrote about, most
    /// answers first (then questionnaire order), the first one of whose ``Theme/questions``
    /// shows a wide perception gap between sides the grouping keeps apart, or divided answers;
    /// `nil` when no theme is borne out.
    package func agendaLead(in grouping: TeamGrouping) -> AgendaLead? {
        let sides = [
            (executiveGap(in: grouping) ?? [], "executives", "practitioners"),
            (functionGap(in: grouping) ?? [], "marketing", "sales"),
        ]
        let ranked = themes.enumerated().filter { $0.element.theme.id != Theme.otherID && $0.element.total > 0 }
            .sorted {
                $0.element.total != $1.element.total ? $0.element.total > $1.element.total : $0.offset < $1.offset
            }
            .map(\.element)
        for tally in ranked {
            for id in tally.theme.questions {
                for (comparisons, first, second) in sides {
                    guard let comparison = comparisons.first(where: { $0.question.id == id }),
                        let gap = comparison.gap, abs(gap) >= Self.wideGap
                    else { continue }
                    return AgendaLead(
                        theme: tally, question: comparison.question,
                        evidence: .gap(comparison, first: first, second: second))
                }
                if let asked = self.tally(id), asked.question.purpose != .perception, let divided = asked.divergence,
                    divided >= Self.splitDivergence
                {
                    return AgendaLead(theme: tally, question: asked.question, evidence: .divided(divided))
                }
            }
        }
        return nil
    }
}
