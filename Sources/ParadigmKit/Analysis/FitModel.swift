/// The fit scores of one assessment taken apart into per-question terms, so that an analysis
/// can re-score them with other question importances without re-reading any answer.
///
/// For stance *s* and question weights *w*, the score is
/// 100 × Σ w·(chosen − lowest) ÷ Σ w·(highest − lowest), exactly as ``StanceScore`` computes it.
struct FitModel: Sendable {
    /// One answered question's weights per stance, before its importance multiplier.
    struct Term: Sendable {
        let questionID: String
        let weight: Double
        /// chosen − lowest, per stance (in ``Stance/allCases`` order).
        let lift: [Double]
        /// highest − lowest, per stance.
        let span: [Double]
    }

    let terms: [Term]
    /// For each stance, how many fired gates hold it back (the tie-break's second rule).
    let gatesHolding: [Int]
    /// The as-is paradigm (the tie-break's third rule).
    let asIs: Paradigm?

    init(_ assessment: Assessment) {
        terms = assessment.fit.contributions.map { contribution in
            Term(
                questionID: contribution.questionID, weight: contribution.questionWeight,
                lift: Stance.allCases.map { contribution.chosen[$0] - contribution.lowest[$0] },
                span: Stance.allCases.map { contribution.highest[$0] - contribution.lowest[$0] })
        }
        gatesHolding = Stance.allCases.map { stance in assessment.firedGates.filter { $0.caps.contains(stance) }.count }
        asIs = assessment.asIs
    }

    /// The importance multipliers as the questionnaire gives them.
    var weights: [Double] { terms.map(\.weight) }

    /// The five stance scores for a set of weights (one per term).
    func scores(_ weights: [Double]) -> [Double] {
        var numerator = [Double](repeating: 0, count: Stance.allCases.count)
        var denominator = numerator
        for (term, weight) in zip(terms, weights) {
            for index in numerator.indices {
                numerator[index] += weight * term.lift[index]
                denominator[index] += weight * term.span[index]
            }
        }
        return zip(numerator, denominator).map { $1 > 0 ? 100 * $0 / $1 : 50 }
    }

    /// The recommendation the stance scores give, with the model's tie-break.
    func outcome(_ scores: [Double]) -> Outcome {
        FitModel.outcome(scores, gatesHolding: gatesHolding, asIs: asIs)
    }

    /// The recommendation for five stance scores: subservient takes its stronger direction; the
    /// paradigms rank by score, then fewer gates, then the as-is paradigm, then less change.
    static func outcome(_ scores: [Double], gatesHolding: [Int], asIs: Paradigm?) -> Outcome {
        let stances = Stance.allCases
        func index(_ stance: Stance) -> Int { stances.firstIndex(of: stance) ?? 0 }
        let productLed = scores[index(.subservientProductLed)] > scores[index(.subservientSalesLed)]
        let subservient: Stance = productLed ? .subservientProductLed : .subservientSalesLed
        let candidates: [Stance] = [.siloed, .assimilated, subservient, .proportionate]
        let best = candidates.min { lhs, rhs in
            let (a, b) = (scores[index(lhs)], scores[index(rhs)])
            if abs(a - b) > 1e-9 { return a > b }
            let (gatesA, gatesB) = (gatesHolding[index(lhs)], gatesHolding[index(rhs)])
            if gatesA != gatesB { return gatesA < gatesB }
            if (lhs.paradigm == asIs) != (rhs.paradigm == asIs) { return lhs.paradigm == asIs }
            return lhs.paradigm < rhs.paradigm
        }
        return Outcome(best ?? .siloed)
    }
}

extension Stance {
    /// The stance's position in ``Stance/allCases``, for the analyses' arrays.
    var analysisIndex: Int { Stance.allCases.firstIndex(of: self) ?? 0 }
}
