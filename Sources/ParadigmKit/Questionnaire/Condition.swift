/// When a question is asked or a gate fires: every clause must hold.
package struct Condition: Sendable, Equatable {
    /// One clause: an earlier question's answer is one of these options.
    package struct Clause: Sendable, Equatable {
        /// The question the clause reads.
        package let questionID: String
        /// The options that satisfy it (band ids for numbers, `1`…`5` for scales).
        package let optionIDs: [String]
        /// Where the clause is written.
        package let location: SourceLocation
    }

    /// The clauses, all of which must hold.
    package let clauses: [Clause]

    /// Whether the condition holds for the chosen options of each question. A question that is
    /// unanswered or unsure makes its clause false: nothing is assumed.
    func holds(_ chosen: (String) -> [String]?) -> Bool {
        clauses.allSatisfy { clause in
            guard let picked = chosen(clause.questionID) else { return false }
            return picked.contains { clause.optionIDs.contains($0) }
        }
    }

    /// The condition in plain words, e.g. "`primary_motion` is field or hybrid".
    package var summary: String {
        clauses.map { "`\($0.questionID)` is \($0.optionIDs.joined(separator: " or "))" }
            .joined(separator: " and ")
    }
}
