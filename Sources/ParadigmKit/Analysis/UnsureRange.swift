/// How far the fit scores could move once the questions answered `unsure` are settled.
package struct UnsureRange: Sendable, Equatable {
    /// One stance's lowest and highest attainable fit score.
    package struct Span: Sendable, Equatable {
        /// The stance.
        package let stance: Stance
        /// The score today, with the questions still unsure.
        package let current: Double
        /// The lowest score any combination of answers gives.
        package let lowest: Double
        /// The highest score any combination of answers gives.
        package let highest: Double
    }

    /// Whether the recommendation survives every combination of answers.
    package enum Verdict: Sendable, Equatable {
        /// No question is unsure.
        case nothingUnsure
        /// Proven: the recommendation's lowest score beats every other stance's highest.
        case holdsByRange
        /// Proven by scoring every combination: it holds in all of them.
        case holdsInEveryCombination(combinations: Int)
        /// Some combinations give another recommendation (counted by scoring all of them).
        case changes(combinations: Int, outcomes: [Outcome: Int])
        /// The ranges overlap and there are too many combinations to score one by one, so it
        /// may change.
        case mayChange(combinations: Double)
    }

    /// The questions answered unsure that apply, in questionnaire order.
    package let questionIDs: [String]
    /// Each stance's range, in ``Stance/allCases`` order.
    package let spans: [Span]
    /// Whether the recommendation holds.
    package let verdict: Verdict

    /// The most combinations scored one by one to settle the verdict when the ranges overlap.
    package static let enumerationLimit = 20_000
}
