/// One respondent without whom the group recommendation would change.
package struct DecisiveRespondent: Sendable, Equatable {
    /// The member's index in ``TeamAssessment/members``.
    package let member: Int
    /// What the group would recommend without them.
    package let recommendationWithout: Stance
}

/// Leave-one-respondent-out: whether any single respondent decides the group result.
package struct LeaveOneOut: Sendable, Equatable {
    /// How many respondents were left out in turn.
    package let checked: Int
    /// The respondents whose removal changes the group recommendation, in order.
    package let decisive: [DecisiveRespondent]
    /// The smallest lead the group recommendation keeps when one respondent is left out
    /// (negative when it loses first place).
    package let smallestLead: Double
}

/// How one side (executives, practitioners, marketing or sales) answered a perception question.
package struct PerceptionSide: Sendable, Equatable {
    /// The mean point, 1–5.
    package let mean: Double
    /// Respondents on this side who answered (unsure not counted).
    package let count: Int
    /// The share (0–1) who answered 4 or 5.
    package let agreeShare: Double
}

/// A perception question compared between two sides (executives and practitioners, or
/// marketing and sales).
package struct PerceptionComparison: Sendable, Equatable {
    /// The question.
    package let question: Question
    /// The first side, if anyone on it answered.
    package let first: PerceptionSide?
    /// The second side, if anyone on it answered.
    package let second: PerceptionSide?

    /// The question with neither side's answers: what a chart draws for sides it withholds.
    static func withheld(_ comparison: PerceptionComparison) -> PerceptionComparison {
        PerceptionComparison(question: comparison.question, first: nil, second: nil)
    }

    /// First side's mean minus the second's, when both answered.
    package var gap: Double? {
        guard let first, let second else { return nil }
        return first.mean - second.mean
    }
}

/// A question on which the team's answers diverge, for the offsite agenda.
package struct AgendaItem: Sendable, Equatable {
    /// The question's tally.
    package let tally: QuestionTally
    /// How divided the answers are (see ``QuestionTally/divergence``).
    package let divergence: Double
}

extension TeamAssessment {
    /// A gap between two sides' mean answers (on the 1–5 scale) of at least this much is wide.
    package static let wideGap = 1.0
    /// A gap of at least this much is noticeable.
    package static let noticeableGap = 0.5

    /// A question whose answers are divided at least this much (see ``QuestionTally/divergence``)
    /// is split: the team does not share a view on it.
    package static let splitDivergence = 0.5

    /// The perception question on which executives and practitioners are furthest apart, if
    /// both sides answered any.
    package var widestExecutiveGap: PerceptionComparison? { widestExecutiveGap(in: grouping(anonymous: false)) }

    /// The perception question on which the grouping's executives and practitioners are
    /// furthest apart; `nil` when nobody answered on one side or the grouping withholds a side.
    package func widestExecutiveGap(in grouping: TeamGrouping) -> PerceptionComparison? {
        executiveGap(in: grouping)?.filter { $0.gap != nil }.max { abs($0.gap ?? 0) < abs($1.gap ?? 0) }
    }

    /// The agenda questions that are split (divided at least ``splitDivergence``), most divided first.
    package func splitQuestions(limit: Int) -> [AgendaItem] {
        agenda(limit: limit).filter { $0.divergence >= Self.splitDivergence }
    }

    /// Whether the team's views differ beyond its ranking of the candidate models: a wide
    /// perception gap between executives and practitioners, or a split question.
    package var viewsDiffer: Bool { viewsDiffer(in: grouping(anonymous: false)) }

    /// ``viewsDiffer`` as a brief with the grouping can tell: a gap it withholds is not read.
    package func viewsDiffer(in grouping: TeamGrouping) -> Bool {
        if let gap = widestExecutiveGap(in: grouping)?.gap, abs(gap) >= Self.wideGap { return true }
        return !splitQuestions(limit: 1).isEmpty
    }

    /// Leaves each respondent out in turn and re-ranks the group from the sum of the scores less
    /// theirs, so the check is linear in the number of respondents.
    package func leaveOneOut() -> LeaveOneOut {
        guard members.count >= 2 else { return LeaveOneOut(checked: 0, decisive: [], smallestLead: 0) }
        let top = group.recommendation
        var decisive: [DecisiveRespondent] = []
        var smallestLead = Double.infinity
        for member in members {
            let without = group.removing(member)
            let ranking = without.ranking
            let mean = without.mean
            let best = ranking[0] == top ? ranking[1] : ranking[0]
            smallestLead = min(smallestLead, mean[top] - mean[best])
            if ranking[0] != top {
                decisive.append(DecisiveRespondent(member: member.index, recommendationWithout: ranking[0]))
            }
        }
        return LeaveOneOut(checked: members.count, decisive: decisive, smallestLead: smallestLead)
    }

    /// Each perception question compared between executives and practitioners.
    package var executiveGap: [PerceptionComparison] { executiveGap(in: grouping(anonymous: false)) ?? [] }

    /// Each perception question compared between marketing and sales roles (any level).
    package var functionGap: [PerceptionComparison] { functionGap(in: grouping(anonymous: false)) ?? [] }

    /// Each perception question compared between the grouping's executives and practitioners;
    /// `nil` when an anonymous grouping does not keep both sides apart in groups of at least
    /// ``TeamGrouping/minimumSize``.
    package func executiveGap(in grouping: TeamGrouping) -> [PerceptionComparison]? {
        guard let first = grouping.executives, let second = grouping.practitioners else { return nil }
        return comparisons(first, second)
    }

    /// Each perception question compared between the grouping's marketing and sales sides;
    /// `nil` when an anonymous grouping does not keep both apart.
    package func functionGap(in grouping: TeamGrouping) -> [PerceptionComparison]? {
        guard let first = grouping.marketing, let second = grouping.sales else { return nil }
        return comparisons(first, second)
    }

    private func comparisons(_ first: [Int], _ second: [Int]) -> [PerceptionComparison] {
        tallies.filter { $0.question.purpose == .perception && $0.question.kind == .scale }.map { tally in
            func side(_ groups: [Int]) -> PerceptionSide? {
                guard let mean = tally.scaleMean(groups: groups), let agree = tally.agreeShare(groups: groups) else {
                    return nil
                }
                return PerceptionSide(mean: mean, count: tally.answeredCount(groups: groups), agreeShare: agree)
            }
            return PerceptionComparison(question: tally.question, first: side(first), second: side(second))
        }
    }

    /// Facts about the organisation on which respondents contradict each other (see
    /// ``QuestionTally/isContradicted``), in questionnaire order: to settle before the offsite
    /// rather than average. Opinions are never facts to settle.
    package var factsToSettle: [QuestionTally] {
        tallies.filter { $0.question.purpose == .fact && $0.isContradicted }
    }

    /// The questions on which answers diverge most (perception questions and facts excluded:
    /// they have sections of their own), most divided first; ties go to the question with the
    /// larger importance, then to the earlier one.
    package func agenda(limit: Int) -> [AgendaItem] {
        let items = tallies.enumerated().compactMap { offset, tally -> (AgendaItem, Int)? in
            guard tally.question.purpose == nil, let divergence = tally.divergence, divergence > 0 else { return nil }
            return (AgendaItem(tally: tally, divergence: divergence), offset)
        }
        return items.sorted { lhs, rhs in
            if abs(lhs.0.divergence - rhs.0.divergence) > 1e-9 { return lhs.0.divergence > rhs.0.divergence }
            if lhs.0.tally.question.weight != rhs.0.tally.question.weight {
                return lhs.0.tally.question.weight > rhs.0.tally.question.weight
            }
            return lhs.1 < rhs.1
        }.prefix(limit).map(\.0)
    }
}
