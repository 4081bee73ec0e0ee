extension BriefRenderer {
    /// Any answer to a question in words, for the what-if and solidity sections: option labels,
    /// a number with its unit (or its band's label, for a representative band value), "unsure"
    /// or "no answer".
    func valueText(_ value: AnswerValue?, for question: Question, bandLabel: Bool = false) -> String {
        guard let value else { return "no answer" }
        switch value {
        case .unsure: return "unsure"
        case .text(let text): return Markdown.escape(text)
        case .number(let number, let band):
            if bandLabel, let option = question.option(band) { return Markdown.escape(option.label) }
            if case .number(_, _, let unit?) = question.kind {
                return Markdown.escape(unit == "%" ? "\(number.readable)%" : "\(number.readable) \(unit)")
            }
            return number.readable
        case .choice(let id): return Markdown.escape(question.option(id)?.label ?? id)
        case .choices(let ids):
            return ids.map { Markdown.escape(question.option($0)?.label ?? $0) }.joined(separator: "; ")
        }
    }

    /// A question's prompt for use inside a sentence or a table cell, in italics.
    func promptText(_ id: String) -> String {
        guard let question = questionnaire.question(id) else { return "`\(id)`" }
        return "*\(question.prompt.trimmingTrailingPunctuation)*"
    }

    /// "subservient (sales in service of a product-led engine)".
    func outcomeName(_ outcome: Outcome) -> String { outcome.name(in: texts) }
}
