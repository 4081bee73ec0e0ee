extension OperatingModel {
    /// An offsite question the facts call for: asked when its condition holds, or, with
    /// `quote:`, when the respondent wrote an answer to that free-text question, which the
    /// question quotes in place of `{quote}`.
    package struct OffsiteQuestion: Sendable {
        /// When it is asked; `nil` with a quote.
        package let condition: Condition?
        /// The free-text question whose answer it quotes.
        package let quote: String?
        /// The question.
        package let text: String
    }
}
