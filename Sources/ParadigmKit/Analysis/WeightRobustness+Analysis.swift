extension WeightRobustness {
    /// Perturbs the importances of the answered questions and finds the exact single-weight flips.
    package static func analyse(_ assessment: Assessment, settings: Settings = .default) -> WeightRobustness {
        let model = FitModel(assessment)
        let baseline = Outcome(assessment)
        var generator = SplitMix64(seed: settings.seed)
        var counts: [Outcome: Int] = [:]
        let weights = model.weights
        for _ in 0..<settings.draws {
            let drawn = weights.map { $0 * (1 + settings.spread * (2 * generator.unit() - 1)) }
            let scores =
                settings.optionSpread > 0
                ? model.scores(drawn, optionSpread: settings.optionSpread, &generator) : model.scores(drawn)
            counts[model.outcome(scores), default: 0] += 1
        }
        let wins = counts.map { Win(outcome: $0.key, draws: $0.value) }
            .sorted { $0.draws != $1.draws ? $0.draws > $1.draws : $0.outcome < $1.outcome }
        let flips = model.terms.indices.compactMap { nearestFlip(model, term: $0, baseline: baseline) }
            .sorted {
                abs($0.relativeChange) != abs($1.relativeChange)
                    ? abs($0.relativeChange) < abs($1.relativeChange) : $0.questionID < $1.questionID
            }
        return WeightRobustness(settings: settings, wins: wins, nearestFlip: flips.first, flips: flips)
    }

    /// The importance of one question nearest its own at which the recommendation changes.
    ///
    /// With every other importance fixed, stance *s* scores 100 × (N + w·n) ÷ (D + w·d), where
    /// N, D sum the other questions' lifts and spans and n, d are this question's. Two stances
    /// tie where (N₁ + w·n₁)(D₂ + w·d₂) = (N₂ + w·n₂)(D₁ + w·d₁), a quadratic in w solved in
    /// closed form. Each root in [0, ``maximumWeight``] is kept when the recommendation just
    /// past it differs from the one just before it.
    static func nearestFlip(_ model: FitModel, term index: Int, baseline: Outcome) -> WeightFlip? {
        let term = model.terms[index]
        var others = model.weights
        others[index] = 0
        let count = Stance.allCases.count
        var rest = (n: [Double](repeating: 0, count: count), d: [Double](repeating: 0, count: count))
        for (other, weight) in zip(model.terms, others) {
            for s in 0..<count {
                rest.n[s] += weight * other.lift[s]
                rest.d[s] += weight * other.span[s]
            }
        }
        let r = baseline.stance.position
        var roots: [Double] = []
        for o in 0..<count where o != r {
            let a = term.lift[r] * term.span[o] - term.lift[o] * term.span[r]
            let b =
                rest.n[r] * term.span[o] + term.lift[r] * rest.d[o] - rest.n[o] * term.span[r] - term.lift[o]
                * rest.d[r]
            let c = rest.n[r] * rest.d[o] - rest.n[o] * rest.d[r]
            roots += quadraticRoots(a, b, c)
        }
        let w0 = term.weight
        let candidates = roots.filter { $0 >= 0 && $0 <= maximumWeight && abs($0 - w0) > 1e-9 }
            .sorted { abs($0 - w0) < abs($1 - w0) }
        for root in candidates {
            var weights = model.weights
            let toward = root > w0 ? 1.0 : -1.0
            let nudge = max(1e-9, abs(root) * 1e-9)
            weights[index] = root - toward * nudge
            let before = model.outcome(model.scores(weights))
            weights[index] = root + toward * nudge
            let after = model.outcome(model.scores(weights))
            if before == baseline, after != baseline, root + toward * nudge >= 0 {
                return WeightFlip(questionID: term.questionID, weight: w0, threshold: root, outcome: after)
            }
        }
        return nil
    }

    /// The real roots of a·w² + b·w + c = 0 (of b·w + c = 0 when a is 0), computed stably.
    static func quadraticRoots(_ a: Double, _ b: Double, _ c: Double) -> [Double] {
        let scale = max(abs(a), abs(b), abs(c))
        guard scale > 0 else { return [] }
        if abs(a) <= 1e-12 * scale {
            return abs(b) <= 1e-12 * scale ? [] : [-c / b]
        }
        let discriminant = b * b - 4 * a * c
        guard discriminant >= 0 else { return [] }
        let q = -0.5 * (b + (b >= 0 ? 1 : -1) * discriminant.squareRoot())
        var roots = [q / a]
        if q != 0 { roots.append(c / q) }
        return roots
    }
}
