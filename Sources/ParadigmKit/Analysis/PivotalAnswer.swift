/// One other answer to one question that would change the recommendation.
package struct PivotalAnswer: Sendable, Equatable {
    /// The question whose answer changes.
    package let questionID: String
    /// The answer given.
    package let given: AnswerValue
    /// The other answer; `nil` for "left unanswered" (which scores like `unsure`).
    package let alternative: AnswerValue?
    /// How far the other answer lies from the given one: points on a scale or bands of a number
    /// apart, options added or removed for multiple choice, 1 otherwise.
    package let steps: Int
    /// Follow-up answers the other answer would make inapplicable (their `when:` no longer holds).
    package let dropped: [String]
    /// The recommendation with the other answer.
    package let outcome: Outcome
    /// How far that recommendation would lead its runner-up, in fit points.
    package let margin: Double

    /// How many answers change: this one and the follow-ups it drops.
    package var answersChanged: Int { 1 + dropped.count }

    /// The order of the brief: fewest answers changed, then the nearest answer, then the most
    /// decisive new lead, then the questionnaire's order (`position`).
    static func precedes(_ a: (PivotalAnswer, Int), _ b: (PivotalAnswer, Int)) -> Bool {
        if a.0.answersChanged != b.0.answersChanged { return a.0.answersChanged < b.0.answersChanged }
        if a.0.steps != b.0.steps { return a.0.steps < b.0.steps }
        if abs(a.0.margin - b.0.margin) > 1e-9 { return a.0.margin > b.0.margin }
        return a.1 < b.1
    }
}
