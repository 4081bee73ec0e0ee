/// How the recommendation stands up to different question importances.
package struct WeightRobustness: Sendable, Equatable {
    /// The perturbation's settings.
    package struct Settings: Sendable, Equatable {
        /// How many random draws.
        package var draws: Int
        /// Each importance is multiplied by a factor drawn uniformly from 1 ± spread.
        package var spread: Double
        /// Each option weight (on the −3…+3 scale of judgement calls) moves by a uniform draw
        /// from −optionSpread to +optionSpread points in every draw.
        package var optionSpread: Double
        /// The generator's seed.
        package var seed: UInt64

        /// 2,000 draws of ±25% importance and ±0.5 points of option weight, from a fixed seed.
        package static let `default` = Settings(draws: 2_000, spread: 0.25, optionSpread: 0.5, seed: 0x5EED_2026)

        /// Creates settings.
        package init(draws: Int, spread: Double, optionSpread: Double = 0, seed: UInt64) {
            self.draws = draws
            self.spread = spread
            self.optionSpread = optionSpread
            self.seed = seed
        }
    }

    /// The smallest change of one question's importance that changes the recommendation.
    package struct WeightFlip: Sendable, Equatable {
        /// The question.
        package let questionID: String
        /// Its importance in the questionnaire.
        package let weight: Double
        /// The importance at which the recommendation's stance ties with another; any further
        /// and the recommendation changes.
        package let threshold: Double
        /// The recommendation just past the threshold.
        package let outcome: Outcome

        /// The change as a fraction of the questionnaire's importance: −0.4 is 40% lower.
        package var relativeChange: Double { weight > 0 ? (threshold - weight) / weight : .infinity }
    }

    /// The settings used.
    package let settings: Settings
    /// How many draws one recommendation won.
    package struct Win: Sendable, Equatable {
        /// The recommendation.
        package let outcome: Outcome
        /// The draws in which it came out on top.
        package let draws: Int
    }

    /// How many draws each recommendation won, most first.
    package let wins: [Win]
    /// The smallest single-question importance change that flips the recommendation, if one
    /// exists within the importances a questionnaire may give (0 to ``maximumWeight``).
    package let nearestFlip: WeightFlip?
    /// The nearest flip for each question that has one, smallest relative change first.
    package let flips: [WeightFlip]

    /// The share of draws the assessment's own recommendation won.
    package func share(of outcome: Outcome) -> Double {
        Double(wins.first { $0.outcome == outcome }?.draws ?? 0) / Double(max(1, settings.draws))
    }

    /// The highest importance a questionnaire may give a question.
    package static let maximumWeight = 5.0
}
