/// A group's fit result: the sum of its members' stance scores and how many put each candidate
/// model first, from which the mean and the group ranking follow.
package struct GroupScores: Sendable, Equatable {
    /// Members counted in the scores: those with fit scores.
    package private(set) var count = 0
    /// Every member of the group, with fit scores or not.
    package private(set) var members = 0
    /// The sum of their stance-score vectors.
    package private(set) var sum = ScoreVector()
    /// How many members recommend each candidate model, in `Stance.allCases` order.
    package private(set) var firstCounts = Array(repeating: 0, count: Stance.allCases.count)

    /// An empty group.
    package init() {}

    /// Adds a member; one without fit scores is not counted.
    package mutating func add(_ member: TeamMember) {
        members += 1
        guard let scores = member.scores, let recommendation = member.recommendation else { return }
        count += 1
        sum = sum + scores
        firstCounts[recommendation.position] += 1
    }

    /// Adds every member of another group.
    mutating func absorb(_ other: GroupScores) {
        count += other.count
        members += other.members
        sum = sum + other.sum
        for index in firstCounts.indices { firstCounts[index] += other.firstCounts[index] }
    }

    /// The group without one of its members: the mean's algebra, no re-scoring.
    package func removing(_ member: TeamMember) -> GroupScores {
        var result = self
        result.members -= 1
        guard let scores = member.scores, let recommendation = member.recommendation else { return result }
        result.count -= 1
        result.sum = sum - scores
        result.firstCounts[recommendation.position] -= 1
        return result
    }

    /// The mean stance scores; all zero for an empty group.
    package var mean: ScoreVector { count > 0 ? sum / Double(count) : ScoreVector() }

    /// How many members recommend a candidate model.
    package func recommendedBy(_ stance: Stance) -> Int { firstCounts[stance.position] }

    /// The candidate models best first by ``TeamAssessment/aggregationRule``: the mean score,
    /// then on a tie the model more members recommend, then the single brief's structural order.
    package var ranking: [Stance] {
        let mean = self.mean
        return Stance.allCases.sorted { lhs, rhs in
            let (a, b) = (mean[lhs], mean[rhs])
            if abs(a - b) > KendallW.tolerance { return a > b }
            let (votesA, votesB) = (recommendedBy(lhs), recommendedBy(rhs))
            if votesA != votesB { return votesA > votesB }
            return lhs.tieBreakRank < rhs.tieBreakRank
        }
    }

    /// The group's recommendation.
    package var recommendation: Stance { ranking[0] }

    /// The margin between the group's top two candidate models, with its band.
    package var confidence: Confidence {
        let ranking = self.ranking
        return Confidence(margin: mean[ranking[0]] - mean[ranking[1]])
    }
}
