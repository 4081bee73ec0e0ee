/// What a brief from fewer answers says that the brief from every answer contradicts: the
/// check behind an interview that finishes early. A brief from fewer answers may leave things
/// open (an element unknown, a name given as "the chief revenue officer or the head of
/// sales", a gate question not answered, a step moved after the checks it waits for) but must
/// never state what more answers would overturn.
package struct FewerAnswersCheck: Sendable {
    /// Each statement the full brief contradicts, in words.
    package let contradictions: [String]
    /// The recommended model's elements the fewer answers show (in place, partly or missing).
    package let elementsShown: Int
    /// The recommended model's elements in the full brief.
    package let elements: Int
    /// The plan's steps from the fewer answers (none may come in an earlier phase than in the
    /// full plan).
    package let steps: Int
    /// Steps in the same phase as in the full plan, with the same owner and contributors.
    package let stepsAsInFull: Int

    /// Compares the brief of `fewer` with that of `full`, which answers at least the same.
    package init(_ fewer: Assessment, full: Assessment) {
        var found: [String] = []
        if fewer.recommendation != full.recommendation { found.append("the recommendation") }
        if fewer.isUndefined
            ? !full.isUndefined : fewer.provenAsIs.map({ $0 != full.asIs || full.isUndefined }) ?? false
        {
            found.append("today's model")
        }
        let review = OperatingModelReview(fewer, target: fewer.recommendation)
        let fullReview = OperatingModelReview(full, target: full.recommendation)
        let states = Dictionary(
            (fullReview?.elements ?? []).map { ($0.element.id, $0.state) }, uniquingKeysWith: { first, _ in first })
        let listed = Set((review?.elements ?? []).map(\.element.id))
        for id in states.keys.sorted() where !listed.contains(id) { found.append("element \(id) left out") }
        for element in review?.elements ?? [] where element.state != .unknown {
            if states[element.element.id] != element.state { found.append("element \(element.element.id)") }
        }
        for (row, fullRow) in zip(review?.journey ?? [], fullReview?.journey ?? []) {
            let (name, named) = (row.accountable, fullRow.accountable)
            let includes =
                name == named || name.hasPrefix(named + " or ") || name.hasSuffix(" or " + named)
                || name.contains(" or \(named) or ")
            if !includes && row.accountableShown { found.append("owner of \(row.stage.rawValue)") }
            // Today's owner: "not known" is no contradiction; a different owner is.
            if let today = row.today, today != fullRow.today { found.append("today's owner of \(row.stage.rawValue)") }
        }
        let fullSteps = Dictionary(
            (fullReview?.steps ?? []).map { ($0.element.id, $0) }, uniquingKeysWith: { first, _ in first })
        var same = 0
        for step in review?.steps ?? [] {
            guard let other = fullSteps[step.element.id] else {
                found.append("step \(step.element.id) not in the full plan")
                continue
            }
            if step.phase < other.phase { found.append("step \(step.element.id) too early") }
            if step.phase == other.phase && step.owner == other.owner && step.with == other.with { same += 1 }
        }
        let held = Set(full.gates(holding: full.recommendation).map(\.id))
        for gate in fewer.gates(holding: fewer.recommendation) where !held.contains(gate.id) {
            found.append("gate \(gate.id)")
        }
        if fewer.gates(holding: fewer.recommendation).isEmpty, !held.isEmpty,
            BriefNeeds.undecidedGates(holding: [fewer.recommendation], fewer).isEmpty
        {
            found.append("no gate said to hold it back")
        }
        contradictions = found
        elementsShown = (review?.elements ?? []).filter { $0.state != .unknown }.count
        elements = fullReview?.elements.count ?? 0
        steps = review?.steps.count ?? 0
        stepsAsInFull = same
    }
}
