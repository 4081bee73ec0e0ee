/// Running sums of contributions for every stance: points, floor and ceiling, added in
/// questionnaire order. ``ScoreSet`` keeps one with its contributions; the analyses keep only
/// these sums when they score hundreds of variants of an answer set.
struct StanceTotals: Sendable, Equatable {
    private var points = StanceWeights()
    private var floor = StanceWeights()
    private var ceiling = StanceWeights()
    /// How many contributions were added.
    private(set) var count = 0
    /// Whether any contribution added could move a stance.
    private(set) var hasEvidence = false

    /// Adds one answer's contribution.
    mutating func add(_ contribution: Contribution) {
        for stance in Stance.allCases {
            points[stance] += contribution.points(stance)
            floor[stance] += contribution.floor(stance)
            ceiling[stance] += contribution.ceiling(stance)
        }
        count += 1
        hasEvidence = hasEvidence || contribution.isInformative
    }

    /// Adds sums kept elsewhere (one answer's, worked out once).
    mutating func add(_ other: StanceTotals) {
        for stance in Stance.allCases {
            points[stance] += other.points[stance]
            floor[stance] += other.floor[stance]
            ceiling[stance] += other.ceiling[stance]
        }
        count += other.count
        hasEvidence = hasEvidence || other.hasEvidence
    }

    /// A stance's points, floor and ceiling.
    func total(_ stance: Stance) -> StanceScore {
        StanceScore(stance: stance, points: points[stance], floor: floor[stance], ceiling: ceiling[stance])
    }

    /// A stance's score.
    func score(_ stance: Stance) -> Double { total(stance).score }
}
