/// What the answers so far leave undecided about a condition: read by the adaptive interview
/// (what the brief still needs) and by the review of the operating model (what a brief from
/// fewer answers must not guess).
extension Condition {
    /// The open questions of the condition that the answers so far leave undecided; empty when
    /// it already holds, or cannot hold because an answered clause fails (an unsure answer never
    /// satisfies a clause) or reads a question that no longer applies.
    func openQuestions(_ answers: Answers, in questionnaire: Questionnaire) -> [String] {
        var open: [String] = []
        for clause in clauses {
            if let answer = answers[clause.questionID] {
                if !answer.value.choosesAny(of: clause.optionIDs) { return [] }
                continue
            }
            guard let question = questionnaire.question(clause.questionID), SettledCheck.mayApply(question, answers)
            else { return [] }
            open.append(clause.questionID)
        }
        return open
    }

    /// Whether the condition does not hold yet but could, once the open questions are answered.
    func couldStillHold(_ answers: Answers, in questionnaire: Questionnaire) -> Bool {
        !openQuestions(answers, in: questionnaire).isEmpty
    }
}
