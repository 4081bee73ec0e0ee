/// How two assessments of one organisation differ (for instance last year's answers and this
/// year's), with each changed answer's share of the score changes.
package struct Comparison: Sendable {
    /// One answer that differs between the two.
    package struct ChangedAnswer: Sendable, Equatable {
        /// The question.
        package let questionID: String
        /// The answer before; `nil` when not answered (or not applicable).
        package let before: AnswerValue?
        /// The answer after.
        package let after: AnswerValue?
        /// Its share of each candidate's fit-score change, in points (``Stance/allCases`` order).
        package let fit: [Double]
        /// Its share of each candidate's as-is-score change, in points.
        package let asIs: [Double]

        /// The largest share it has of any paradigm's fit change, in absolute points.
        package var largestFitShare: Double { fit.map(abs).max() ?? 0 }
    }

    /// How the shares were computed.
    package enum Attribution: Sendable, Equatable {
        /// Exact Shapley values over every subset of the changed answers.
        case exactShapley
        /// Shapley values averaged over this many seeded random orders of the changed answers.
        case sampledShapley(orders: Int)
    }

    /// The earlier assessment.
    package let before: Assessment
    /// The later assessment.
    package let after: Assessment
    /// The scored answers that differ, in questionnaire order.
    package let changes: [ChangedAnswer]
    /// Text answers that differ (they carry no weight).
    package let changedText: [String]
    /// The method behind the shares.
    package let attribution: Attribution
    /// How sure the later recommendation is: the same verdict its own brief gives.
    package var verdict: ConfidenceStatement { ConfidenceStatement(after, Sensitivity(after)) }

    /// Up to this many changed answers, the shares are exact (2ⁿ scorings).
    package static let exactLimit = 10
    /// Beyond ``exactLimit``, the shares average this many random orders, or fewer past
    /// ``scoringBudget`` (see ``orders(changed:questions:)``).
    package static let sampledOrders = 400
    /// The most question scorings a sampled comparison spends: one order switches the *n*
    /// changed answers one at a time and scores all *q* questions after each, *n* × *q* in all.
    /// The built-in questionnaire stays far below it (400 orders of all 63 questions are 1.6
    /// million); 3,000 changed answers of a 3,000-question questionnaire took 400 × 9 million.
    package static let scoringBudget = 10_000_000

    /// How many random orders a comparison of `changed` answers in a questionnaire of
    /// `questions` questions averages: ``sampledOrders``, or as many as ``scoringBudget``
    /// allows, and at least one. Every order's shares add up exactly to the total change, so
    /// the shares of any number of orders do too.
    package static func orders(changed: Int, questions: Int) -> Int {
        orders(changed: changed, questions: questions, budget: scoringBudget)
    }

    static func orders(changed: Int, questions: Int, budget: Int) -> Int {
        let perOrder = max(1, changed) * max(1, questions)
        return max(1, min(sampledOrders, budget / perOrder))
    }

    /// A candidate's fit change from before to after.
    package func fitChange(_ stance: Stance) -> Double {
        after.fit.score(stance) - before.fit.score(stance)
    }

    /// A candidate's as-is change from before to after.
    package func asIsChange(_ stance: Stance) -> Double {
        after.today.score(stance) - before.today.score(stance)
    }
}
