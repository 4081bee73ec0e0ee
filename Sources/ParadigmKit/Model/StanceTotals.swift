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

    /// Takes back sums added before (the witness search of `paradigm lint` changes one answer
    /// at a time). ``hasEvidence`` keeps saying whether any contribution was ever added.
    mutating func remove(_ other: StanceTotals) {
        for stance in Stance.allCases {
            points[stance] -= other.points[stance]
            floor[stance] -= other.floor[stance]
            ceiling[stance] -= other.ceiling[stance]
        }
        count -= other.count
    }

    /// Sets a stance's sums to exactly zero: what remains once every contribution that moved it
    /// was taken back, without the rounding left by adding and taking back.
    mutating func clear(_ stance: Stance) {
        (points[stance], floor[stance], ceiling[stance]) = (0, 0, 0)
    }

    /// Whether a contribution moves a stance (its ceiling is above its floor).
    func moves(_ stance: Stance) -> Bool { ceiling[stance] > floor[stance] }

    /// A stance's points, floor and ceiling.
    func total(_ stance: Stance) -> StanceScore {
        StanceScore(stance: stance, points: points[stance], floor: floor[stance], ceiling: ceiling[stance])
    }

    /// A stance's score.
    func score(_ stance: Stance) -> Double { total(stance).score }
}
