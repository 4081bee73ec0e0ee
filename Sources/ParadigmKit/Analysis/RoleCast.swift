/// Who holds each role of the operating model in one organisation, as its answers show it: a
/// role is named only where the answers show it exists; one being hired is named as such, and
/// its steps wait for the hire; one that does not exist, or that the answers do not show, is
/// held by its stand-in or left for the leadership team to assign, and the brief says which.
struct RoleCast {
    /// Whether the answers show a role.
    enum Presence: String, Sendable {
        /// The answers show it (or every organisation has it).
        case present
        /// The answers show it is being hired.
        case hired
        /// The answers show it does not exist.
        case absent
        /// The answers do not show whether it exists.
        case unknown
    }

    /// One role as this organisation holds it.
    struct Holder: Sendable {
        /// The role's id.
        let roleID: String
        /// Whether the answers show it.
        let presence: Presence
        /// Who is named in the brief: the role's name, its hired name, or its stand-in with the
        /// reason, or that someone must be named.
        let name: String
        /// The questions whose answers show who holds it (or that nobody does).
        let grounds: [String]
        /// Who holds it, without the reason: the name to use inside a sentence (`{role_id}` in
        /// the operating model's texts); "the head of sales to be named" when nobody does.
        let plainName: String
        /// Whether a step owned by it waits for a hire.
        var waitsForHire: Bool { presence == .hired }
    }

    private let holders: [String: Holder]

    /// The cast of an assessment's answers for an operating model.
    init(_ model: OperatingModel, _ assessment: Assessment) {
        var holders: [String: Holder] = [:]
        for role in model.roles { holders[role.id] = Self.holder(role, model, assessment, depth: 0) }
        self.holders = holders
    }

    /// The holder of a role (an unknown role id is named by its id).
    func holder(_ id: String) -> Holder {
        holders[id] ?? Holder(roleID: id, presence: .present, name: id, grounds: [], plainName: id)
    }

    /// Every role's holder by `role_` and its id, for the `{role_id}` placeholders of the
    /// operating model's texts (``Wording``).
    var words: [String: String] {
        Dictionary(uniqueKeysWithValues: holders.map { ("role_\($0.key)", $0.value.plainName) })
    }

    /// Whether a holder may be listed as a contributor: only a role the answers show (or one
    /// being hired).
    static func contributes(_ holder: Holder) -> Bool { holder.presence == .present || holder.presence == .hired }

    private static func holder(
        _ role: OperatingModel.Role, _ model: OperatingModel, _ assessment: Assessment, depth: Int
    ) -> Holder {
        let answers = assessment.answers
        let questionnaire = assessment.questionnaire
        let value = { (id: String) in answers[id]?.value }
        let nameQuestions = role.names.flatMap { $0.condition.clauses.map(\.questionID) }
        let existQuestions = role.existsWhen.flatMap { $0.clauses.map(\.questionID) }
        let hireQuestions = role.hiredWhen?.clauses.map(\.questionID) ?? []
        let absentQuestions = role.absentWhen.flatMap { $0.clauses.map(\.questionID) }
        let grounds = (nameQuestions + existQuestions + hireQuestions + absentQuestions).uniqued
        let named = role.names.contains { $0.condition.holds(answers: value) }
        // Absent only where an answer says so; otherwise the answers do not show it. An answer
        // saying there is none outweighs one that only implies the role (a reporting line).
        let absent = role.absentWhen.contains { $0.holds(answers: value) }
        let exists = role.existsWhen.isEmpty || role.existsWhen.contains { $0.holds(answers: value) }
        if named || (exists && !absent) {
            let name = presentName(role, answers, questionnaire)
            return Holder(roleID: role.id, presence: .present, name: name, grounds: grounds, plainName: name)
        }
        if let hired = role.hiredWhen, hired.holds(answers: value) {
            let noun = role.name.droppingArticle
            let name = role.hiredName ?? "the \(noun) being hired"
            return Holder(roleID: role.id, presence: .hired, name: name, grounds: grounds, plainName: name)
        }
        // Not absent while the answers could still show it being hired.
        let mayBeHired = role.hiredWhen?.couldStillHold(answers, in: questionnaire) ?? false
        let presence: Presence = absent && !mayBeHired ? .absent : .unknown
        let noun = role.name.droppingArticle
        let reason = absent ? role.absentReason ?? "there is no \(noun) today" : "the answers do not show \(role.name)"
        let standIn = role.standIns.lazy.compactMap { id -> Holder? in
            guard depth < 4, let other = model.role(id) else { return nil }
            let holder = Self.holder(other, model, assessment, depth: depth + 1)
            return holder.presence == .present ? holder : nil
        }.first
        let name = standIn.map { "\($0.name) (\(reason))" } ?? "someone to be named (\(reason))"
        return Holder(
            roleID: role.id, presence: presence, name: name, grounds: (grounds + (standIn?.grounds ?? [])).uniqued,
            plainName: standIn?.plainName ?? "\(role.name) to be named")
    }

    /// A present role's name: the first of its names whose condition holds; while an earlier one
    /// could still hold (its question not answered), every name it could be, joined by "or".
    private static func presentName(
        _ role: OperatingModel.Role, _ answers: Answers, _ questionnaire: Questionnaire
    ) -> String {
        let value = { (id: String) in answers[id]?.value }
        var possible: [String] = []
        var decided = false
        for name in role.names where !decided {
            decided = name.condition.holds(answers: value)
            if decided || name.condition.couldStillHold(answers, in: questionnaire) { possible.append(name.name) }
        }
        if !decided { possible.append(role.name) }
        return (possible).uniqued.joined(separator: " or ")
    }

}

extension String {
    /// The text without a leading "the " or "a ": "the head of partners" → "head of partners".
    var droppingArticle: String {
        for article in ["the ", "a "] where hasPrefix(article) { return String(dropFirst(article.count)) }
        return self
    }
}
