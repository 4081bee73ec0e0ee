extension OperatingModel {
    /// An offsite question the facts call for: asked when its condition holds, or, with
    /// `quote:`, when the respondent wrote an answer to that free-text question, which the
    /// question quotes in place of `{quote}`.
    public struct OffsiteQuestion: Sendable {
        /// When it is asked; `nil` with a quote.
        public let condition: Condition?
        /// The free-text question whose answer it quotes.
        public let quote: String?
        /// The question.
        public let text: String
    }
}
