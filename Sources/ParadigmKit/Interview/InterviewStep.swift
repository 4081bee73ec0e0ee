/// One thing the interview asks: a field about the respondent, or a question.
package enum InterviewStep: Equatable, Hashable, Sendable {
    /// The respondent's name (optional).
    case name
    /// The respondent's role, one of the questionnaire's roles.
    case role
    /// The organisation the answers describe.
    case organisation
    /// A question of the questionnaire, by id.
    case question(String)

    /// The respondent fields, in the order they are asked, before every question.
    static let respondent: [InterviewStep] = [.name, .role, .organisation]
}

/// What the respondent sees: a step to answer, the review list, or the end.
package enum InterviewScreen: Equatable, Sendable {
    /// A step waits for its answer.
    case asking(InterviewStep)
    /// The answers so far, numbered to change one; `final` after the last question.
    case review(final: Bool)
    /// The respondent accepted the final review.
    case finished
    /// The respondent typed `quit`.
    case quit
}

/// What happened besides moving on, for the renderer to say.
package enum InterviewNotice: Equatable, Sendable {
    /// The reply was not accepted; the same prompt is asked again.
    case problem(AnswerProblem)
    /// The respondent asked for help on the screen shown.
    case help
    /// `back` at the first step.
    case firstStep
    /// These questions stopped applying, and their answers were removed (question ids).
    case dropped([String])
    /// These questions started to apply because of the answer just given (question ids).
    case appeared([String])
    /// `skip` removed an earlier answer.
    case cleared
    /// A number was given as a duration or a range, and read as this value (the question id,
    /// the value, and the text typed).
    case readAs(String, Double, String)
}

/// The effect of one reply.
package struct InterviewResponse: Equatable, Sendable {
    /// What to tell the respondent.
    package var notices: [InterviewNotice] = []
    /// Whether the answers changed, so the file must be saved.
    package var changed = false
    /// Whether a different screen (or the same one afresh) is to be shown.
    package var moved = false
}
