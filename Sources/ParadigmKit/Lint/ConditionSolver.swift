/// Decides whether a `when:` can ever hold. Conditions are conjunctions of "question Q was
/// answered with one of these options", and a question counts only when its own condition holds,
/// so a condition needs every question it reads — and every question those read, back to the
/// first — answered within the options named. It can hold exactly when, for each question with
/// one answer, the option sets required of it share an option that some answer can choose; a
/// multiple-choice question can satisfy any number of non-empty sets at once.
struct ConditionSolver {
    /// Why a condition can never hold, in words, and where the clause that cannot be met is.
    struct Conflict: Equatable {
        let reason: String
        let location: SourceLocation
    }

    let questionnaire: Questionnaire

    /// `nil` when the condition can hold, or the first conflict found. The reason reads after
    /// "can never be asked: " or "can never fire: ".
    func conflict(in condition: Condition) -> Conflict? {
        var required: [String: (options: Set<String>, phrase: String)] = [:]
        var expanded: Set<String> = []
        // Each clause with its words and the clause of the condition itself it was reached from,
        // so that a conflict is located in the condition being checked.
        typealias Pending = (clause: Condition.Clause, phrase: (String) -> String, root: SourceLocation)
        var queue: [Pending] = condition.clauses.map { clause in
            (clause, { "it needs `\(clause.questionID)` to be \($0)" }, clause.location)
        }
        var index = 0
        while index < queue.count {
            let (clause, phrase, root) = queue[index]
            index += 1
            guard let question = questionnaire.question(clause.questionID) else { continue }
            let choosable = Set(question.options.filter(question.canBeChosen).map(\.id))
            let wanted = Set(clause.optionIDs)
            var allowed = wanted.intersection(choosable)
            if allowed.isEmpty {
                return Conflict(
                    reason: "\(phrase(Self.list(wanted))), and no answer in `min`…`max` falls there", location: root)
            }
            if question.kind != .multiple, let earlier = required[question.id] {
                allowed.formIntersection(earlier.options)
                if allowed.isEmpty {
                    return Conflict(reason: "\(earlier.phrase), but \(phrase(Self.list(wanted)))", location: root)
                }
            }
            required[question.id] = (allowed, required[question.id]?.phrase ?? phrase(Self.list(wanted)))
            if expanded.insert(question.id).inserted, let own = question.condition {
                let line = question.location.line
                queue += own.clauses.map { clause in
                    (
                        clause,
                        { "`\(question.id)` (line \(line)) is asked only when `\(clause.questionID)` is \($0)" }, root
                    )
                }
            }
        }
        return nil
    }

    private static func list(_ ids: Set<String>) -> String {
        ids.sorted().map { "`\($0)`" }.joined(separator: " or ")
    }
}

extension Question {
    /// The lowest value an answer in a number band can have (`nil` for other questions).
    func lowestValue(in band: Option) -> Double? {
        guard case .number(let low, let high, _) = kind, let position = options.firstIndex(of: band) else { return nil }
        let start = position == 0 ? low : max(low, options[position - 1].below ?? low)
        if let below = band.below, start >= below { return nil }
        return start <= high ? start : nil
    }

    /// Whether some answer can choose the option: always, except number bands that lie
    /// outside `min`…`max` or behind an earlier band.
    func canBeChosen(_ option: Option) -> Bool {
        guard case .number = kind else { return true }
        return lowestValue(in: option) != nil
    }
}
