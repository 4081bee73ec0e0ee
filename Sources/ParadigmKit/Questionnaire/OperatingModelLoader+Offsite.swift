extension OperatingModelLoader {
    /// `offsite_questions:`: each a `text:` with a `when:`, or with `quote:` (a free-text
    /// question whose answer `{quote}` stands for).
    static func offsiteQuestions(
        _ node: Node?, questions: [Question], _ reader: SchemaReader, _ builder: inout QuestionBuilder
    ) -> [OperatingModel.OffsiteQuestion] {
        var asked: [OperatingModel.OffsiteQuestion] = []
        for item in list(node, "`offsite_questions`", reader) {
            let what = "an entry of `offsite_questions`"
            guard let mapping = reader.mapping(item, what) else { continue }
            let keys = reader.keys(of: mapping, allowed: ["when", "quote", "text"], required: ["text"], in: what)
            guard let text = reader.text(keys, "text", in: what) else { continue }
            let quote = keys["quote"].flatMap { reader.scalar($0, "a question id") }
            if let quote, !questions.contains(where: { $0.id == quote.value && $0.kind == .text }) {
                reader.referenceError(
                    "`quote` names `\(quote.value)`, which is not a free-text question", at: quote.location,
                    help: "quote the answer to a question of `type: text`")
            }
            if (quote == nil) == (keys["when"] == nil) {
                reader.error("\(what) needs either `when:` or `quote:`", at: mapping.location)
            }
            if quote != nil, !text.contains("{quote}") {
                reader.error("\(what) quotes an answer but has no `{quote}` in its text", at: mapping.location)
            }
            asked.append(
                OperatingModel.OffsiteQuestion(
                    condition: keys["when"].flatMap { builder.condition($0, in: what) }, quote: quote?.value,
                    text: text))
        }
        return asked
    }
}
