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
    public var score: Double {
        ceiling > floor ? 100 * (points - floor) / (ceiling - floor) : 50
    }

    /// Whether any answered question could move this stance.
    public var hasEvidence: Bool { ceiling > floor }
}

/// The scores from one set of weights (fit or as-is) with the contributions behind them.
public struct ScoreSet: Sendable, Equatable {
    /// The answered questions' contributions, in questionnaire order.
    public let contributions: [Contribution]
    /// Each stance's score.
    public let stances: [Stance: StanceScore]

    /// Adds up contributions.
    init(contributions: [Contribution]) {
        self.contributions = contributions
        var stances: [Stance: StanceScore] = [:]
        for stance in Stance.allCases {
            stances[stance] = StanceScore(
                stance: stance,
                points: contributions.map { $0.points(stance) }.reduce(0, +),
                floor: contributions.map { $0.floor(stance) }.reduce(0, +),
                ceiling: contributions.map { $0.ceiling(stance) }.reduce(0, +))
        }
        self.stances = stances
    }

    /// The score of a stance.
    public func score(_ stance: Stance) -> Double { stances[stance]?.score ?? 50 }

    /// The subservient direction that scores higher; on an exact tie, marketing in service of
    /// sales, the more common arrangement.
    public var subservientDirection: SubservientDirection {
        score(.subservientProductLed) > score(.subservientSalesLed) ? .productLed : .salesLed
    }

    /// The stance that stands for a paradigm: itself, or subservient's stronger direction.
    public func stance(for paradigm: Paradigm) -> Stance {
        switch paradigm {
        case .siloed: .siloed
        case .assimilated: .assimilated
        case .proportionate: .proportionate
        case .subservient: subservientDirection == .productLed ? .subservientProductLed : .subservientSalesLed
        }
    }

    /// A paradigm's score: its stance's, subservient taking its stronger direction.
    public func score(for paradigm: Paradigm) -> Double { score(stance(for: paradigm)) }

    /// Whether any answered question carries a weight that could move a score.
    public var hasEvidence: Bool { contributions.contains { $0.isInformative } }
}
