extension WitnessSearch {
    /// A set of picks (`nil`: unanswered or unsure) with what the model makes of it so far: the
    /// questions asked and the fit and as-is sums of the answers that count. Changing one pick
    /// updates the sums in place (``change(_:_:to:)``), so that a climb's step costs the
    /// questions it touches, not the whole questionnaire.
    struct State {
        private(set) var picks: [Int?]
        private(set) var asked: [Bool]
        /// The sums, as ``Assessor`` adds the contributions of the answers that count.
        private(set) var fit = StanceTotals()
        private(set) var today = StanceTotals()
        /// For each stance, how many counted fit answers move it: at zero its sums are cleared,
        /// so that adding and taking back leaves no rounding behind.
        private var moving = [Int](repeating: 0, count: Stance.allCases.count)

        init(count: Int) {
            picks = [Int?](repeating: nil, count: count)
            asked = [Bool](repeating: false, count: count)
        }

        /// Whether clauses hold: each names an asked question answered with one of its options.
        func holds(_ clauses: [Clause]) -> Bool {
            clauses.allSatisfy { clause in
                asked[clause.item] && picks[clause.item].map { clause.options.contains($0) } ?? false
            }
        }

        fileprivate mutating func setPick(_ index: Int, _ pick: Int?) { picks[index] = pick }
        fileprivate mutating func setAsked(_ index: Int, _ value: Bool) { asked[index] = value }

        /// Adds (`sign` 1) or takes back (-1) the answer of an item.
        fileprivate mutating func count(_ item: Item, _ index: Int, _ sign: Int) {
            guard asked[index], let pick = picks[index] else { return }
            if let totals = item.fit[pick] {
                if sign > 0 { fit.add(totals) } else { fit.remove(totals) }
                for stance in Stance.allCases where totals.moves(stance) {
                    moving[stance.position] += sign
                    if moving[stance.position] == 0 { fit.clear(stance) }
                }
            }
            if let totals = item.today[pick] {
                if sign > 0 { today.add(totals) } else { today.remove(totals) }
            }
        }
    }

    /// The state of a set of picks, scored from scratch.
    func evaluate(_ picks: [Int?]) -> State {
        var state = State(count: items.count)
        for (index, item) in items.enumerated() {
            state.setPick(index, picks[index])
            state.setAsked(index, state.holds(item.clauses))
            state.count(item, index, 1)
        }
        return state
    }

    /// Changes one pick, updating what it changes: its own answer, and the questions whose
    /// conditions it decides (in turn). Returns how many questions were scored again.
    @discardableResult
    func change(_ state: inout State, _ index: Int, to pick: Int?) -> Int {
        state.count(items[index], index, -1)
        state.setPick(index, pick)
        state.count(items[index], index, 1)
        // Conditions read only earlier questions: dependents come later, so one ordered walk.
        var pending = items[index].dependents
        var scored = 1
        while let next = pending.min() {
            pending.removeAll { $0 == next }
            scored += 1
            let asked = state.holds(items[next].clauses)
            guard asked != state.asked[next] else { continue }
            state.count(items[next], next, -1)
            state.setAsked(next, asked)
            state.count(items[next], next, 1)
            for dependent in items[next].dependents where !pending.contains(dependent) { pending.append(dependent) }
        }
        return scored
    }

    /// The five fit scores, in ``stances`` order, by the model's formula (``StanceScore``).
    func scores(_ state: State) -> [Double] {
        Self.stances.map { state.fit.score($0) }
    }

    /// What the model recommends for a state: the fit ranking with the tie-break (gates that
    /// fire, the as-is model, less change), by ``Assessor/rank(fit:today:fired:undefined:ruledOut:steps:)``.
    func ranking(_ state: State) -> [Stance] {
        let fired = questionnaire.gates.indices.filter { state.holds(gateClauses[$0]) }.map { questionnaire.gates[$0] }
        let undefined =
            questionnaire.undefinedPractice.map { practice in
                signClauses.count { state.holds($0) } >= practice.minimum
            } ?? false
        let ruledOut = Set(ruledOutClauses.filter { state.holds($0.clauses) }.map(\.stance))
        return Assessor.rank(
            fit: state.fit, today: state.today, fired: fired, undefined: undefined, ruledOut: ruledOut,
            steps: questionnaire.changeSteps
        ).ranking
    }
}
