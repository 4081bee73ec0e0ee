extension Comparison {
    /// Compares two assessments made with the same questionnaire.
    ///
    /// Each changed answer's share of a score change is its Shapley value: the change it makes
    /// when switched from its before to its after answer, averaged over every order in which the
    /// changed answers could be switched. The shares of all changed answers add up exactly to the
    /// total change, and no answer is favoured by coming first.
    package static func compare(_ before: Assessment, _ after: Assessment) -> Comparison {
        compare(before, after, scoringBudget: scoringBudget)
    }

    /// ``compare(_:_:)`` with another ``scoringBudget``, for tests.
    static func compare(_ before: Assessment, _ after: Assessment, scoringBudget budget: Int) -> Comparison {
        let questionnaire = after.questionnaire
        var scored: [Question] = []
        var changedText: [String] = []
        for question in questionnaire.questions {
            let old = before.answers.applies(question) ? before.answers[question.id]?.value : nil
            let new = after.answers.applies(question) ? after.answers[question.id]?.value : nil
            guard old != new else { continue }
            if question.kind == .text { changedText.append(question.id) } else { scored.append(question) }
        }
        let evaluator = ScoreEvaluator(questionnaire: questionnaire, before: before.answers, after: after.answers)
        let positions = scored.map { question in questionnaire.position(of: question.id) ?? 0 }
        let value = { (mask: [Bool]) -> [Double] in
            var switched = [Bool](repeating: false, count: questionnaire.questions.count)
            for (position, on) in zip(positions, mask) where on { switched[position] = true }
            return evaluator.scores(switched)
        }
        let n = scored.count
        var shares = [[Double]](repeating: [Double](repeating: 0, count: 2 * Stance.allCases.count), count: n)
        let attribution: Attribution
        if n <= exactLimit {
            attribution = .exactShapley
            var values: [[Double]] = []
            for mask in 0..<(1 << n) { values.append(value((0..<n).map { mask & (1 << $0) != 0 })) }
            var factorial = [1.0]
            for k in 1...max(1, n) { factorial.append(factorial[k - 1] * Double(k)) }
            for i in 0..<n {
                for mask in 0..<(1 << n) where mask & (1 << i) == 0 {
                    let size = mask.nonzeroBitCount
                    let weight = factorial[size] * factorial[n - size - 1] / factorial[n]
                    for k in 0..<(2 * Stance.allCases.count) {
                        shares[i][k] += weight * (values[mask | (1 << i)][k] - values[mask][k])
                    }
                }
            }
        } else {
            let orders = Self.orders(changed: n, questions: questionnaire.questions.count, budget: budget)
            attribution = .sampledShapley(orders: orders)
            var generator = SplitMix64(seed: 0xC0DE_2026)
            for _ in 0..<orders {
                var order = Array(0..<n)
                for i in stride(from: n - 1, to: 0, by: -1) {
                    let j = Int(generator.next() % UInt64(i + 1))
                    order.swapAt(i, j)
                }
                var mask = [Bool](repeating: false, count: n)
                var previous = value(mask)
                for i in order {
                    mask[i] = true
                    let current = value(mask)
                    for k in 0..<(2 * Stance.allCases.count) {
                        shares[i][k] += (current[k] - previous[k]) / Double(orders)
                    }
                    previous = current
                }
            }
        }
        let changes = scored.enumerated().map { index, question in
            ChangedAnswer(
                questionID: question.id,
                before: before.answers.applies(question) ? before.answers[question.id]?.value : nil,
                after: after.answers.applies(question) ? after.answers[question.id]?.value : nil,
                fit: Array(shares[index][0..<Stance.allCases.count]),
                asIs: Array(shares[index][Stance.allCases.count...]))
        }
        return Comparison(
            before: before, after: after, changes: changes, changedText: changedText, attribution: attribution)
    }
}
