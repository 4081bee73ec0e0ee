/// How the recommendation stands up to different question importances.
public struct WeightRobustness: Sendable, Equatable {
    /// The perturbation's settings.
    public struct Settings: Sendable, Equatable {
        /// How many random draws.
        public var draws: Int
        /// Each importance is multiplied by a factor drawn uniformly from 1 ± spread.
        public var spread: Double
        /// Each option weight (on the −3…+3 scale of judgement calls) moves by a uniform draw
        /// from −optionSpread to +optionSpread points in every draw.
        public var optionSpread: Double
        /// The generator's seed.
        public var seed: UInt64

        /// 2,000 draws of ±25% importance and ±0.5 points of option weight, from a fixed seed.
        public static let `default` = Settings(draws: 2_000, spread: 0.25, optionSpread: 0.5, seed: 0x5EED_2026)

        /// Creates settings.
        public init(draws: Int, spread: Double, optionSpread: Double = 0, seed: UInt64) {
            self.draws = draws
            self.spread = spread
            self.optionSpread = optionSpread
            self.seed = seed
        }
    }

    /// The smallest change of one question's importance that changes the recommendation.
    public struct WeightFlip: Sendable, Equatable {
        /// The question.
        public let questionID: String
        /// Its importance in the questionnaire.
        public let weight: Double
        /// The importance at which the recommendation's stance ties with another; any further
        /// and the recommendation changes.
        public let threshold: Double
        /// The recommendation just past the threshold.
        public let outcome: Outcome

        /// The change as a fraction of the questionnaire's importance: −0.4 is 40% lower.
        public var relativeChange: Double { weight > 0 ? (threshold - weight) / weight : .infinity }
    }

    /// The settings used.
    public let settings: Settings
    /// How many draws one recommendation won.
    public struct Win: Sendable, Equatable {
        /// The recommendation.
        public let outcome: Outcome
        /// The draws in which it came out on top.
        public let draws: Int
    }

    /// How many draws each recommendation won, most first.
    public let wins: [Win]
    /// The smallest single-question importance change that flips the recommendation, if one
    /// exists within the importances a questionnaire may give (0 to ``maximumWeight``).
    public let nearestFlip: WeightFlip?
    /// The nearest flip for each question that has one, smallest relative change first.
    public let flips: [WeightFlip]

    /// The share of draws the assessment's own recommendation won.
    public func share(of outcome: Outcome) -> Double {
        Double(wins.first { $0.outcome == outcome }?.draws ?? 0) / Double(max(1, settings.draws))
    }

    /// The highest importance a questionnaire may give a question.
    public static let maximumWeight = 5.0
}
