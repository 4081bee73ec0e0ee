/// The questionnaire's conditions read against answers: here rather than beside the
/// conditions, since the questionnaire comes before the answers that are read against it.
extension Condition {
    /// Whether the condition holds for the answer to each question (`nil` when unanswered):
    /// the same as ``holds(_:)`` given each answer's ``AnswerValue/optionIDs``.
    func holds(answers value: (String) -> AnswerValue?) -> Bool {
        clauses.allSatisfy { clause in value(clause.questionID)?.choosesAny(of: clause.optionIDs) ?? false }
    }
}

extension OperatingModel.Role {
    /// The role's name for some answers.
    func name(answers: (String) -> AnswerValue?) -> String {
        names.first { $0.condition.holds(answers: answers) }?.name ?? name
    }
}
