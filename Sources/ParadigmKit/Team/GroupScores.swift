/// A group's fit result: the sum of its members' stance scores and how many put each paradigm
/// first, from which the mean and the group ranking follow.
public struct GroupScores: Sendable, Equatable {
    /// Members counted.
    public private(set) var count = 0
    /// The sum of their stance-score vectors.
    public private(set) var sum = ScoreVector()
    /// How many members recommend each paradigm, in `Paradigm.allCases` order.
    public private(set) var firstCounts = Array(repeating: 0, count: Paradigm.allCases.count)

    /// An empty group.
    public init() {}

    /// Adds a member.
    public mutating func add(_ member: TeamMember) {
        count += 1
        sum = sum + member.scores
        firstCounts[Self.position(member.recommendation)] += 1
    }

    /// Adds every member of another group.
    mutating func absorb(_ other: GroupScores) {
        count += other.count
        sum = sum + other.sum
        for index in firstCounts.indices { firstCounts[index] += other.firstCounts[index] }
    }

    /// The group without one of its members: the mean's algebra, no re-scoring.
    public func removing(_ member: TeamMember) -> GroupScores {
        var result = self
        result.count -= 1
        result.sum = sum - member.scores
        result.firstCounts[Self.position(member.recommendation)] -= 1
        return result
    }

    /// The mean stance scores; all zero for an empty group.
    public var mean: ScoreVector { count > 0 ? sum / Double(count) : ScoreVector() }

    /// How many members recommend a paradigm.
    public func recommendedBy(_ paradigm: Paradigm) -> Int { firstCounts[Self.position(paradigm)] }

    /// The paradigms best first by ``TeamAssessment/aggregationRule``: the mean score, then
    /// on a tie the paradigm more members recommend, then the single brief's structural order.
    public var ranking: [Paradigm] {
        let mean = self.mean
        return Paradigm.allCases.sorted { lhs, rhs in
            let (a, b) = (mean.score(for: lhs), mean.score(for: rhs))
            if abs(a - b) > KendallW.tolerance { return a > b }
            let (votesA, votesB) = (recommendedBy(lhs), recommendedBy(rhs))
            if votesA != votesB { return votesA > votesB }
            return lhs < rhs
        }
    }

    /// The group's recommendation.
    public var recommendation: Paradigm { ranking[0] }

    /// The margin between the group's top two paradigms, with its band.
    public var confidence: Confidence {
        let ranking = self.ranking
        return Confidence(margin: mean.score(for: ranking[0]) - mean.score(for: ranking[1]))
    }

    static func position(_ paradigm: Paradigm) -> Int { Paradigm.allCases.firstIndex(of: paradigm) ?? 0 }
}
