extension BriefRenderer {
    /// Any answer to a question in words, for the what-if and solidity sections: option labels,
    /// a number with its unit (or its band's label, for a representative band value), "unsure"
    /// or "no answer".
    func valueText(_ value: AnswerValue?, for question: Question, bandLabel: Bool = false) -> String {
        guard let value else { return "no answer" }
        return AnswerWords.text(value, for: question, bandLabel: bandLabel, escape: Markdown.escape)
    }

    /// A question's prompt for use inside a sentence or a table cell, in italics.
    func promptText(_ id: String) -> String {
        guard let question = questionnaire.question(id) else { return "`\(id)`" }
        return "*\(question.prompt.trimmingTrailingPunctuation)*"
    }

    /// "subservient (sales in service of a product-led engine)".
    func outcomeName(_ outcome: Outcome) -> String { outcome.name(in: texts) }
}
