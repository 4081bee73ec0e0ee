/// How an answer reads to people, in one place: the brief, the comparison, the team brief and
/// the interview all put answers into words with it. An option by its label, several joined by
/// "; ", a number grouped in thousands with its unit (`15,000 USD`, `40%`), "unsure", the text.
enum AnswerWords {
    /// The answer to `question` in words.
    ///
    /// - Parameters:
    ///   - bandLabel: a number as the label of its band (for a representative band value).
    ///   - escape: what the output format does to text from the questionnaire or the answers
    ///     (Markdown escapes it); a bare number and "unsure" need none.
    ///   - option: an option's words (the interview shows a scale point as `3 (label)`).
    ///   - freeText: a text answer's words (the interview quotes its first line).
    static func text(
        _ value: AnswerValue, for question: Question, bandLabel: Bool = false,
        escape: (String) -> String = { $0 }, option: (Option) -> String = \.label,
        freeText: ((String) -> String)? = nil
    ) -> String {
        func label(_ id: String) -> String { question.option(id).map(option) ?? id }
        switch value {
        case .unsure: return "unsure"
        case .text(let text): return freeText?(text) ?? escape(text)
        case .number(let number, let band):
            if bandLabel, let option = question.option(band) { return escape(option.label) }
            guard case .number(_, _, let unit?) = question.kind else { return number.readable }
            return escape(unit == "%" ? "\(number.readable)%" : "\(number.readable) \(unit)")
        case .choice(let id): return escape(label(id))
        case .choices(let ids): return ids.map { escape(label($0)) }.joined(separator: "; ")
        }
    }
}
