/// The depth of today's working practice between marketing and sales, on Kotler, Rackham and
/// Krishnaswamy's four stages (undefined, defined, aligned, integrated): their twenty
/// statements, each read from the answers that speak to it (data, in the operating model's
/// `practice_depth:`), and the stages' lower bounds on their 20–100 scale.
package struct DepthScale: Sendable {
    /// One of the four stages.
    package struct Stage: Sendable {
        /// Its id: undefined, defined, aligned or integrated.
        package let id: String
        /// The lowest depth (20–100) that reaches it.
        package let from: Double
        /// What it means, in a phrase.
        package let meaning: String
    }

    /// One statement of the self-assessment, as this tool paraphrases it.
    package struct Statement: Sendable {
        /// Stable id.
        package let id: String
        /// The statement.
        package let text: String
        /// Each question that speaks to it, with the score (1–5) of each option; empty when the
        /// questionnaire does not ask about it.
        package let reads: [(questionID: String, scores: [String: Double])]
    }

    /// The fewest statements answered for a depth to be stated.
    package let minimum: Int
    /// The stages, lowest first.
    package let stages: [Stage]
    /// The statements, in the article's order.
    package let statements: [Statement]
}
