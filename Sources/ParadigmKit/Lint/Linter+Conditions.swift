extension Linter {
    /// Questions whose `when:` can never hold: it needs an earlier question to take two
    /// incompatible answers, directly or through the conditions of the questions it reads.
    mutating func checkConditions() {
        let solver = ConditionSolver(questionnaire: questionnaire)
        var neverAsked: [String: Int] = [:]
        for question in questionnaire.questions {
            guard let condition = question.condition else { continue }
            if let dead = condition.clauses.first(where: { neverAsked[$0.questionID] != nil }) {
                neverAsked[question.id] = question.location.line
                report(
                    .error,
                    "question `\(question.id)` can never be asked: it reads `\(dead.questionID)`, which is never "
                        + "asked (line \(neverAsked[dead.questionID] ?? 0))",
                    at: dead.location, help: "fix the condition of `\(dead.questionID)` first")
            } else if let conflict = solver.conflict(in: condition) {
                neverAsked[question.id] = question.location.line
                report(
                    .error, "question `\(question.id)` can never be asked: \(conflict.reason)", at: conflict.location,
                    help: "name answers that can occur together, or drop one of the conditions")
            }
        }
    }
}
