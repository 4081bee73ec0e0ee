extension Linter {
    /// Gates that can never fire (their condition can never hold) or that cap nothing (a cap of
    /// 100 or more holds no score back; a stance named twice is a slip).
    mutating func checkGates() {
        let solver = ConditionSolver(questionnaire: questionnaire)
        for gate in questionnaire.gates {
            if let conflict = solver.conflict(in: gate.condition) {
                report(
                    .error, "gate `\(gate.id)` can never fire: \(conflict.reason)", at: conflict.location,
                    help: "name answers that can occur together, or split the gate into one gate per alternative")
            }
            if gate.cap >= 100 {
                report(
                    .warning,
                    "gate `\(gate.id)` caps nothing: a score is never above 100, so a cap of \(gate.cap.plain) holds "
                        + "nothing back",
                    at: gate.location, help: "set `cap:` below 100, typically between 40 and 60")
            }
            var seen: Set<Stance> = []
            for stance in gate.caps where !seen.insert(stance).inserted {
                report(
                    .warning, "gate `\(gate.id)` caps `\(stance.rawValue)` twice", at: gate.location,
                    help: "`subservient` already stands for both directions; list each stance once")
            }
        }
    }
}
