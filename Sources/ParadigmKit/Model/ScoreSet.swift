/// A stance's score: points earned, against the floor and ceiling attainable from the questions
/// actually answered, normalised to 0–100.
public struct StanceScore: Sendable, Equatable {
    /// The stance.
    public let stance: Stance
    /// Σ importance × chosen weight.
    public let points: Double
    /// Σ importance × lowest weight.
    public let floor: Double
    /// Σ importance × highest weight.
    public let ceiling: Double

    /// 100 × (points − floor) ÷ (ceiling − floor); 50 when no answered question can move it.
    public var score: Double { Self.score(lift: points - floor, span: ceiling - floor) }

    /// The score formula, written here once and called by every fast path (the robustness
    /// draws, the unsure ranges, the linter's witness search): 100 × `lift` ÷ `span`, where
    /// `lift` is the points earned above the floor and `span` the ceiling less the floor; 50 when
    /// nothing answered can move the stance (`span` 0).
    static func score(lift: Double, span: Double) -> Double { span > 0 ? 100 * lift / span : 50 }

    /// Whether any answered question could move this stance.
    public var hasEvidence: Bool { ceiling > floor }
}

/// The scores from one set of weights (fit or as-is) with the contributions behind them.
public struct ScoreSet: Sendable, Equatable {
    /// The answered questions' contributions, in questionnaire order.
    package let contributions: [Contribution]
    /// Their sums per stance.
    let totals: StanceTotals

    /// Adds up contributions.
    init(contributions: [Contribution]) {
        self.contributions = contributions
        var totals = StanceTotals()
        for contribution in contributions { totals.add(contribution) }
        self.totals = totals
    }

    /// Each stance's score with its points, floor and ceiling.
    public var stances: [Stance: StanceScore] {
        Dictionary(uniqueKeysWithValues: Stance.allCases.map { ($0, totals.total($0)) })
    }

    /// The score of a stance.
    public func score(_ stance: Stance) -> Double { totals.score(stance) }

    /// Whether any answered question carries a weight that could move a score.
    public var hasEvidence: Bool { totals.hasEvidence }
}
