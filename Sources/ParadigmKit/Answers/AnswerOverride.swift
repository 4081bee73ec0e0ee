/// A what-if change to an answers file, given with `paradigm brief --set QUESTION=ANSWER`.
public struct AnswerOverride: Sendable, Equatable {
    /// The question overridden.
    public let questionID: String
    /// The answer in the file; `nil` when it was not answered.
    public let original: AnswerValue?
    /// The answer used instead; `nil` when the override clears it (`--set QUESTION=`).
    public let value: AnswerValue?
    /// Follow-up answers dropped because their `when:` no longer holds with the new answer.
    public let dropped: [String]

    /// Creates an override.
    public init(questionID: String, original: AnswerValue?, value: AnswerValue?, dropped: [String] = []) {
        self.questionID = questionID
        self.original = original
        self.value = value
        self.dropped = dropped
    }
}
