/// How two assessments of one organisation differ (for instance last year's answers and this
/// year's), with each changed answer's share of the score changes.
public struct Comparison: Sendable {
    /// One answer that differs between the two.
    public struct ChangedAnswer: Sendable, Equatable {
        /// The question.
        public let questionID: String
        /// The answer before; `nil` when not answered (or not applicable).
        public let before: AnswerValue?
        /// The answer after.
        public let after: AnswerValue?
        /// Its share of each candidate's fit-score change, in points (``Stance/allCases`` order).
        public let fit: [Double]
        /// Its share of each candidate's as-is-score change, in points.
        public let asIs: [Double]

        /// The largest share it has of any paradigm's fit change, in absolute points.
        public var largestFitShare: Double { fit.map(abs).max() ?? 0 }
    }

    /// How the shares were computed.
    public enum Attribution: Sendable, Equatable {
        /// Exact Shapley values over every subset of the changed answers.
        case exactShapley
        /// Shapley values averaged over this many seeded random orders of the changed answers.
        case sampledShapley(orders: Int)
    }

    /// The earlier assessment.
    public let before: Assessment
    /// The later assessment.
    public let after: Assessment
    /// The scored answers that differ, in questionnaire order.
    public let changes: [ChangedAnswer]
    /// Text answers that differ (they carry no weight).
    public let changedText: [String]
    /// The method behind the shares.
    public let attribution: Attribution
    /// How sure the later recommendation is: the same verdict its own brief gives.
    public var verdict: ConfidenceStatement { ConfidenceStatement(after, Sensitivity(after)) }

    /// Up to this many changed answers, the shares are exact (2ⁿ scorings).
    public static let exactLimit = 10
    /// Beyond ``exactLimit``, the shares average this many random orders, or fewer past
    /// ``scoringBudget`` (see ``orders(changed:questions:)``).
    public static let sampledOrders = 400
    /// The most question scorings a sampled comparison spends: one order switches the *n*
    /// changed answers one at a time and scores all *q* questions after each, *n* × *q* in all.
    /// The built-in questionnaire stays far below it (400 orders of all 63 questions are 1.6
    /// million); 3,000 changed answers of a 3,000-question questionnaire took 400 × 9 million.
    public static let scoringBudget = 10_000_000

    /// How many random orders a comparison of `changed` answers in a questionnaire of
    /// `questions` questions averages: ``sampledOrders``, or as many as ``scoringBudget``
    /// allows, and at least one. Every order's shares add up exactly to the total change, so
    /// the shares of any number of orders do too.
    public static func orders(changed: Int, questions: Int) -> Int {
        orders(changed: changed, questions: questions, budget: scoringBudget)
    }

    static func orders(changed: Int, questions: Int, budget: Int) -> Int {
        let perOrder = max(1, changed) * max(1, questions)
        return max(1, min(sampledOrders, budget / perOrder))
    }

    /// A candidate's fit change from before to after.
    public func fitChange(_ stance: Stance) -> Double {
        after.fit.score(stance) - before.fit.score(stance)
    }

    /// A candidate's as-is change from before to after.
    public func asIsChange(_ stance: Stance) -> Double {
        after.today.score(stance) - before.today.score(stance)
    }
}
