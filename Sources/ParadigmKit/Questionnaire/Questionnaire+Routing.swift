extension Questionnaire {
    /// Whether respondents in a role answer only for their own work (``Role/Scope/ownWork``):
    /// `false` for a role the questionnaire does not name, or none.
    package func answersOwnWorkOnly(_ roleID: String?) -> Bool {
        roleID.flatMap(role)?.scope == .ownWork
    }

    /// Whether a respondent in a role is asked a question at all (its `when:` aside): every
    /// question for a role that answers for the organisation; only the questions asked of
    /// everyone for a role that answers for its own work.
    package func asks(_ question: Question, roleID: String?) -> Bool {
        question.askedOfEveryone || !answersOwnWorkOnly(roleID)
    }
}
