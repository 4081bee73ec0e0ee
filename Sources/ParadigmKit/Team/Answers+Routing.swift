extension Answers {
    /// The answers as the interview would have asked them: only the questions the
    /// respondent's role is asked (``Questionnaire/asks(_:roleID:)``, the interview's routing
    /// rule), with how many answers were left out. A sales or marketing team member who filled
    /// in the whole template gives the team their own work and their view, not the
    /// organisation's facts, which come from the roles that hold them.
    func routed(in questionnaire: Questionnaire) -> (answers: Answers, leftOut: Int) {
        guard questionnaire.answersOwnWorkOnly(respondent.role) else { return (self, 0) }
        var routed = self
        var leftOut = 0
        for question in questionnaire.questions where !questionnaire.asks(question, roleID: respondent.role) {
            guard self[question.id] != nil else { continue }
            routed.remove(question.id)
            leftOut += 1
        }
        return (routed, leftOut)
    }
}
