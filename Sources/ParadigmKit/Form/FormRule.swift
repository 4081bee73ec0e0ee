/// What the browser form accepts as the answer to one question: the validation rules the page
/// applies, generated from the question, so that the form refuses what the answers reader
/// refuses (see ``AnswerReader``) and writes only what it reads.
package struct FormRule: Sendable, Equatable, Encodable {
    /// One band of a number question: the band holds values below `below` (`nil` for the last).
    package struct Band: Sendable, Equatable, Encodable {
        /// The band's option id, which conditions name.
        package let id: String
        /// The band holds values below this; `nil` for the last band.
        package let below: Double?
    }

    /// `single`, `multiple`, `scale`, `number`, `yes_no` or `text`, as in the questionnaire.
    package let kind: String
    /// The option ids the form offers (scale points `1`…`5`, `yes` and `no`); empty for numbers
    /// and text.
    package let options: [String]
    /// Whether `unsure` is offered.
    package let unsure: Bool
    /// Text questions: whether the answer may stay empty.
    package let optional: Bool
    /// Number questions: the lowest and highest value accepted, the unit, and the bands.
    package let min: Double?
    /// See ``min``.
    package let max: Double?
    /// The unit shown after the number (`%`, `days`), which may also be typed with it.
    package let unit: String?
    /// The bands, in rising order.
    package let bands: [Band]
    /// Number questions: what the hint suggests typing (``AnswerReader/examples(low:high:unit:)``).
    package let examples: String?
    /// Whether the form makes a respondent answer the question before going on: a choice or
    /// number that cannot be `unsure` (as the interview does), or a text that is not optional.
    package let required: Bool

    /// The rule for a question.
    package init(_ question: Question) {
        kind = question.kind.name
        unsure = question.unsureAllowed
        optional = question.optional
        required = AnswersSchema.isRequired(question)
        switch question.kind {
        case .number(let low, let high, let unit):
            (options, min, max, self.unit) = ([], low, high, unit)
            bands = question.options.map { Band(id: $0.id, below: $0.below) }
            examples = AnswerReader.examples(low: low, high: high, unit: unit)
        case .text:
            (options, min, max, unit, bands, examples) = ([], nil, nil, nil, [], nil)
        case .single, .multiple, .scale, .yesNo:
            (options, min, max, unit, bands, examples) = (question.options.map(\.id), nil, nil, nil, [], nil)
        }
    }
}
