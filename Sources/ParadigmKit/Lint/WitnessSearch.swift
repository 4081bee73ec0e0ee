/// Looks for a set of answers that makes a stance the recommendation, and checks what it finds
/// with ``Assessor/assess(_:with:)``. It scores by the model itself: the sums of each answer's
/// ``Contribution``, ``StanceScore``'s formula and ``Assessor``'s ranking with its tie-break.
///
/// The fit score of a stance is 100 × (points − floor) ÷ (ceiling − floor) over the questions
/// that count, so for a fixed set of asked questions it is linear in each answer. The search
/// starts from the answers that favour the target most over its rivals (each question's option
/// with the largest normalised advantage), then climbs: it changes one answer at a time —
/// including the answers that decide which follow-up questions are asked — while the smallest
/// lead of the target over any rival grows (then its edge in the tie-break). If none of these
/// starts works, it climbs from a dozen seeded random sets of answers. It is a search, not a
/// proof: when it finds nothing, lint says so and shows the best attempt.
struct WitnessSearch {
    /// What a search found: the answers, and how far the target led its closest rival.
    struct Attempt {
        let picks: [Int?]
        let scores: [Double]
        let lead: Double
        let closestRival: Stance
        /// Whether ``Assessor`` confirms the target is the recommendation.
        let confirmed: Bool
        /// Questions asked but answered unsure.
        let unsure: [Question]
        /// Whether a climb of the search stopped at ``WitnessSearch/climbBudget`` rather than
        /// where no single change helped, so that better answers may exist.
        var cutShort = false
    }

    static let stances = Stance.allCases
    /// Random restarts tried after the targeted starts fail.
    static let restarts = 12
    /// The most question scorings one climb spends. Each answer tried scores the question it
    /// changes and the follow-up questions whose conditions that answer decides (the sums are
    /// updated in place), so a pass over every other answer of every question costs about as
    /// many scorings as there are answers: 40 passes of a 10,000-question questionnaire stay
    /// under the budget. Past it the climb keeps the best answers found so far, and lint says so
    /// where it matters.
    static let climbBudget = 2_000_000
    let questionnaire: Questionnaire
    let items: [Item]
    /// The gates' conditions and the signs of undefined practice, by item index.
    let gateClauses: [[Clause]]
    let signClauses: [[Clause]]
    /// The conditions that rule candidates out, by item index.
    let ruledOutClauses: [(stance: Stance, clauses: [Clause])]

    init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        items = Self.items(questionnaire)
        gateClauses = Self.gateClauses(questionnaire)
        signClauses = Self.signClauses(questionnaire)
        ruledOutClauses = Self.ruledOutClauses(questionnaire)
    }

    /// The best attempt at making `target` the recommendation; `confirmed` says whether it does.
    /// With `allowUnsure`, questions that accept `unsure` may be answered so.
    func search(_ target: Stance, allowUnsure: Bool) -> Attempt? {
        guard let t = Self.stances.firstIndex(of: target), !items.isEmpty else { return nil }
        var best: Attempt?
        let rivals: [Int?] = [nil] + Self.stances.indices.filter { $0 != t }.map { Optional($0) }
        var starts = rivals.map { start(t, against: $0) }
        // Then restarts from answers drawn with a fixed seed, so that lint stays deterministic.
        var generator = SplitMix64(seed: 0x5EED + UInt64(t))
        for _ in 0..<Self.restarts {
            starts.append(
                items.map { item in
                    item.choices.isEmpty ? nil : item.choices[Int(generator.next() % UInt64(item.choices.count))]
                })
        }
        var cutShort = false
        for start in starts {
            let climbed = climb(start, target: t, allowUnsure: allowUnsure)
            cutShort = cutShort || climbed.cutShort
            var attempt = attempt(climbed.picks, target: t)
            attempt.cutShort = cutShort
            if attempt.confirmed { return attempt }
            if attempt.lead > best?.lead ?? -.infinity { best = attempt }
        }
        best?.cutShort = cutShort
        return best
    }

    // MARK: Climbing

    /// How well a set of picks serves the target, compared lexicographically: the smallest lead
    /// over any rival (a tie with product-led counts as a lead for sales-led, as the model breaks
    /// it); then, among ties, the tie-break edge (how high the model's ranking, with its
    /// tie-break, puts the target); then the sum of the leads, to cross plateaus.
    struct Objective {
        let lead: Double
        let edge: Double
        let total: Double
        let rival: Int

        func beats(_ other: Objective) -> Bool {
            if abs(lead - other.lead) > 1e-9 { return lead > other.lead }
            if abs(edge - other.edge) > 1e-9 { return edge > other.edge }
            return total > other.total + 1e-9
        }
    }

    private func objective(_ state: State, target t: Int) -> Objective {
        let scores = scores(state)
        var lead = Double.infinity
        var total = 0.0
        var rival = t
        var tied = false
        for x in scores.indices where x != t {
            var margin = scores[t] - scores[x]
            if Self.stances[t] == .subservientSalesLed, Self.stances[x] == .subservientProductLed { margin += 1e-6 }
            total += margin
            if margin < lead { (lead, rival) = (margin, x) }
            tied = tied || abs(margin) < 1e-9
        }
        // Only a tie asks for the tie-break; the ranking is worked out from fresh sums.
        var edge = 0.0
        if tied, let place = ranking(evaluate(state.picks)).firstIndex(of: Self.stances[t]) { edge = -Double(place) }
        return Objective(lead: lead, edge: edge, total: total, rival: rival)
    }

    /// Per question, the option with the largest normalised advantage of the target over one
    /// rival (or over all of them).
    private func start(_ t: Int, against rival: Int?) -> [Int?] {
        var range = [Double](repeating: 0, count: Self.stances.count)
        for item in items where item.counts {
            for s in range.indices { range[s] += item.high[s] - item.low[s] }
        }
        let rivals = rival.map { [$0] } ?? Self.stances.indices.filter { $0 != t }
        func normalised(_ item: Item, _ option: Int, _ s: Int) -> Double {
            range[s] > 0 ? (item.weights[option][s] - item.low[s]) / range[s] : 0
        }
        return items.map { item in
            item.choices.max { a, b in
                let valueA = rivals.map { normalised(item, a, t) - normalised(item, a, $0) }.reduce(0, +)
                let valueB = rivals.map { normalised(item, b, t) - normalised(item, b, $0) }.reduce(0, +)
                return valueA < valueB
            }
        }
    }

    /// Changes one answer at a time while the ``Objective`` improves, until no single change
    /// helps or the climb has spent ``climbBudget`` (`cutShort`).
    private func climb(_ start: [Int?], target t: Int, allowUnsure: Bool) -> (picks: [Int?], cutShort: Bool) {
        var state = evaluate(start)
        var best = objective(state, target: t)
        var scorings = items.count
        for _ in 0..<40 {
            var improved = false
            for (index, item) in items.enumerated() {
                var domain: [Int?] = item.choices.map { Optional($0) }
                if allowUnsure, item.question.unsureAllowed { domain.append(nil) }
                for candidate in domain where candidate != state.picks[index] {
                    if scorings >= Self.climbBudget { return (state.picks, true) }
                    let previous = state.picks[index]
                    scorings += change(&state, index, to: candidate)
                    let value = objective(state, target: t)
                    if value.beats(best) {
                        best = value
                        improved = true
                    } else {
                        scorings += change(&state, index, to: previous)
                    }
                }
            }
            if !improved { break }
        }
        return (state.picks, false)
    }

    // MARK: Checking

    private func attempt(_ picks: [Int?], target t: Int) -> Attempt {
        let state = evaluate(picks)
        let (asked, scores) = (state.asked, scores(state))
        let value = objective(state, target: t)
        let answers = answers(picks, asked: asked)
        var confirmed = false
        if let assessment = try? Assessor.assess(answers, with: questionnaire) {
            let stance = Self.stances[t]
            confirmed = assessment.recommendation == stance
        }
        let unsure = items.indices.filter { asked[$0] && picks[$0] == nil }.map { items[$0].question }
        return Attempt(
            picks: picks, scores: scores, lead: value.lead, closestRival: Self.stances[value.rival],
            confirmed: confirmed, unsure: unsure)
    }

    /// The picks as an answers file would give them: every asked question answered (or unsure).
    func answers(_ picks: [Int?], asked: [Bool]) -> Answers {
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: "<lint>")
        for (index, item) in items.enumerated() where asked[index] {
            let question = item.question
            guard let pick = picks[index] else {
                answers.set(Answer(questionID: question.id, value: .unsure))
                continue
            }
            answers.set(Answer(questionID: question.id, value: Self.value(question, pick)))
        }
        return answers
    }
}
