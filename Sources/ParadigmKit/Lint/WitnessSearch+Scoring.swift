extension WitnessSearch {
    /// One question with options, prepared for fast scoring.
    struct Item {
        let question: Question
        /// The options an answer can choose, by index.
        let choices: [Int]
        /// Fit weights of each option by stance index, times the question's importance, with
        /// the lowest and highest of any option per stance.
        let weights: [[Double]]
        let low: [Double]
        let high: [Double]
        /// The same for the as-is (`today:`) weights.
        let today: [[Double]]
        let todayLow: [Double]
        let todayHigh: [Double]
        /// Whether the question counts towards fit, and towards the as-is.
        let counts: Bool
        let countsToday: Bool
        /// The condition, as (item index, allowed option indices) clauses.
        let clauses: [Clause]
    }

    /// A condition clause by item and option index.
    struct Clause {
        let item: Int
        let options: Set<Int>
    }

    /// A gate by stance and item index.
    struct GateRule {
        let caps: Set<Int>
        let clauses: [Clause]
    }

    /// What a set of picks amounts to: the questions asked, the fit scores, how many fired
    /// gates hold each stance back, and the as-is stance when enough practice answers count.
    struct Outcome {
        let asked: [Bool]
        let scores: [Double]
        let gatesHolding: [Int]
        let asIs: Int?
    }

    static func items(_ questionnaire: Questionnaire) -> [Item] {
        let scored = questionnaire.questions.filter { $0.kind != .text }
        let position = Dictionary(scored.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return scored.map { question in
            func table(_ key: KeyPath<Option, StanceWeights>) -> (values: [[Double]], low: [Double], high: [Double], varies: Bool) {
                let values = question.options.map { option in stances.map { question.weight * option[keyPath: key][$0] } }
                let low = stances.indices.map { s in values.map { $0[s] }.min() ?? 0 }
                let high = stances.indices.map { s in values.map { $0[s] }.max() ?? 0 }
                let varies = stances.contains { stance in Set(question.options.map { $0[keyPath: key][stance] }).count > 1 }
                return (values, low, high, varies)
            }
            let fit = table(\.weights)
            let today = table(\.today)
            return Item(
                question: question, choices: question.options.indices.filter { question.canBeChosen(question.options[$0]) },
                weights: fit.values, low: fit.low, high: fit.high, today: today.values, todayLow: today.low, todayHigh: today.high,
                counts: question.informs.countsForFit && fit.varies, countsToday: question.informs.countsForToday && today.varies,
                clauses: clauses(question.condition, scored, position))
        }
    }

    static func gates(_ questionnaire: Questionnaire) -> [GateRule] {
        let scored = questionnaire.questions.filter { $0.kind != .text }
        let position = Dictionary(scored.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        return questionnaire.gates.map { gate in
            GateRule(caps: Set(gate.caps.compactMap { stances.firstIndex(of: $0) }),
                     clauses: clauses(gate.condition, scored, position))
        }
    }

    private static func clauses(_ condition: Condition?, _ scored: [Question], _ position: [String: Int]) -> [Clause] {
        (condition?.clauses ?? []).compactMap { clause in
            guard let index = position[clause.questionID] else { return nil }
            let options = scored[index].options.enumerated().filter { clause.optionIDs.contains($0.element.id) }.map(\.offset)
            return Clause(item: index, options: Set(options))
        }
    }

    /// Scores a set of picks (`nil`: unanswered or unsure) the way ``Assessor`` does.
    func evaluate(_ picks: [Int?]) -> Outcome {
        let count = Self.stances.count
        var asked = [Bool](repeating: false, count: items.count)
        var fit = (points: [Double](repeating: 0, count: count), floor: [Double](repeating: 0, count: count), ceiling: [Double](repeating: 0, count: count))
        var today = fit
        var practiceAnswers = 0
        func holds(_ clauses: [Clause]) -> Bool {
            clauses.allSatisfy { clause in asked[clause.item] && picks[clause.item].map { clause.options.contains($0) } ?? false }
        }
        for (index, item) in items.enumerated() {
            asked[index] = holds(item.clauses)
            guard asked[index], let pick = picks[index] else { continue }
            for s in 0..<count where item.counts {
                fit.points[s] += item.weights[pick][s]
                fit.floor[s] += item.low[s]
                fit.ceiling[s] += item.high[s]
            }
            if item.countsToday {
                practiceAnswers += 1
                for s in 0..<count {
                    today.points[s] += item.today[pick][s]
                    today.floor[s] += item.todayLow[s]
                    today.ceiling[s] += item.todayHigh[s]
                }
            }
        }
        func scores(_ sums: (points: [Double], floor: [Double], ceiling: [Double])) -> [Double] {
            (0..<count).map { s in
                sums.ceiling[s] > sums.floor[s] ? 100 * (sums.points[s] - sums.floor[s]) / (sums.ceiling[s] - sums.floor[s]) : 50
            }
        }
        var holding = [Int](repeating: 0, count: count)
        for gate in gates where holds(gate.clauses) {
            for s in gate.caps { holding[s] += 1 }
        }
        var asIs: Int?
        if practiceAnswers >= Assessor.minimumPracticeAnswers {
            let todayScores = scores(today)
            asIs = todayScores.indices.max { todayScores[$0] < todayScores[$1] }
        }
        return Outcome(asked: asked, scores: scores(fit), gatesHolding: holding, asIs: asIs)
    }
}
