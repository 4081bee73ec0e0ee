/// What a statement in a brief rests on. Every block that says something about the
/// organisation carries the answers it rests on; the rest is either the tool's interpretation
/// (marked as such in the text) or not about the organisation at all.
enum Grounds: Sendable, Equatable {
    /// Not a statement about the organisation: a heading, the method, a definition, a source.
    case none
    /// The tool's interpretation (a model's design, a paradigm's text, advice), not a fact about
    /// the organisation.
    case interpretation
    /// A statement about the organisation, resting on these answers.
    case answers([Ground])

    /// The answers, or none.
    var answers: [Ground] {
        if case .answers(let grounds) = self { grounds } else { [] }
    }

    /// Grounds on the given questions' answers, each once, in the order given.
    static func on(_ questionIDs: [String], _ answers: Answers) -> Grounds {
        .answers(questionIDs.uniqued.map { Ground(questionID: $0, value: answers[$0]?.value) })
    }
}

/// One answer a statement rests on: the question and what was answered (`nil` when it was not
/// answered, which is itself what a "not known" statement rests on).
struct Ground: Sendable, Equatable {
    /// The question's id.
    let questionID: String
    /// The answer given; `nil` when unanswered.
    let value: AnswerValue?
}
