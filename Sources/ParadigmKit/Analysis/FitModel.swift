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
        /// Every option's fit weights (the bounds are their lowest and highest).
        let options: [StanceWeights]
        /// The positions of the options chosen (several for multiple choice).
        let chosen: [Int]
    }

    let terms: [Term]
    /// Every term's lifts, term after term (five per term).
    private let lifts: [Double]
    /// Every term's spans, term after term.
    private let spans: [Double]
    /// For each stance, how many fired gates hold it back (the tie-break's second rule).
    let gatesHolding: [Int]
    /// The as-is model (the tie-break's third rule).
    let asIs: Stance?
    /// The candidates the answers rule out: they never win, whatever the weights.
    let ruledOut: Set<Stance>

    init(_ assessment: Assessment) {
        let questionnaire = assessment.questionnaire
        terms = assessment.fit.contributions.map { contribution in
            let question = questionnaire.question(contribution.questionID)
            var chosen: [Int] = []
            contribution.answer.forEachOptionID { id in question?.optionIndex(id).map { chosen.append($0) } }
            return Term(
                questionID: contribution.questionID, weight: contribution.questionWeight,
                lift: Stance.allCases.map { contribution.chosen[$0] - contribution.lowest[$0] },
                span: Stance.allCases.map { contribution.highest[$0] - contribution.lowest[$0] },
                options: question?.options.map(\.weights) ?? [], chosen: chosen)
        }
        lifts = terms.flatMap(\.lift)
        spans = terms.flatMap(\.span)
        gatesHolding = Stance.allCases.map { stance in assessment.gates(holding: stance).count }
        asIs = assessment.asIs
        ruledOut = Set(assessment.ruledOut.map(\.stance))
    }

    /// The importance multipliers as the questionnaire gives them.
    var weights: [Double] { terms.map(\.weight) }

    /// The five stance scores for a set of weights (one per term).
    func scores(_ weights: [Double]) -> [Double] {
        // Reads the flat copies of the terms' lifts and spans: the robustness analysis calls
        // this thousands of times, and walking `terms` retained and released their arrays.
        let count = Stance.allCases.count
        var sums = [Double](repeating: 0, count: 2 * count)
        lifts.withUnsafeBufferPointer { lifts in
            spans.withUnsafeBufferPointer { spans in
                for (term, weight) in zip(0..<terms.count, weights) {
                    for index in 0..<count {
                        sums[index] += weight * lifts[term * count + index]
                        sums[count + index] += weight * spans[term * count + index]
                    }
                }
            }
        }
        return (0..<count).map { StanceScore.score(lift: sums[$0], span: sums[count + $0]) }
    }

    /// The five stance scores for a set of importances, with every option weight of every
    /// answered question moved by a uniform draw from −`spread` to +`spread` points: the chosen
    /// weight and the bounds follow the moved options, as scoring them would give.
    func scores(_ weights: [Double], optionSpread spread: Double, _ generator: inout SplitMix64) -> [Double] {
        let count = Stance.allCases.count
        var sums = [Double](repeating: 0, count: 2 * count)
        // One draw per option and stance, in that order, with nothing allocated: the brief makes
        // thousands of these draws.
        for (term, weight) in zip(terms, weights) {
            guard !term.chosen.isEmpty else { continue }
            for (index, stance) in Stance.allCases.enumerated() {
                var (low, high, chosen) = (Double.infinity, -Double.infinity, 0.0)
                for (position, option) in term.options.enumerated() {
                    let moved = option[stance] + spread * (2 * generator.unit() - 1)
                    low = min(low, moved)
                    high = max(high, moved)
                    if term.chosen.contains(position) { chosen += moved }
                }
                chosen /= Double(term.chosen.count)
                // A stance no answer to this question moves keeps no span, as in scoring.
                guard term.span[index] > 0 else { continue }
                sums[index] += weight * (chosen - low)
                sums[count + index] += weight * (high - low)
            }
        }
        return (0..<count).map { StanceScore.score(lift: sums[$0], span: sums[count + $0]) }
    }

    /// The recommendation the stance scores give, with the model's tie-break.
    func outcome(_ scores: [Double]) -> Outcome {
        FitModel.outcome(scores, gatesHolding: gatesHolding, asIs: asIs, ruledOut: ruledOut)
    }

    /// The recommendation for five stance scores: the candidates the answers do not rule out
    /// rank by score, then fewer gates, then the as-is model, then less change
    /// (``Assessor/ranksAbove(_:_:asIs:)``), as ``Assessor/rank(fit:today:fired:undefined:ruledOut:steps:)``
    /// ranks them.
    static func outcome(_ scores: [Double], gatesHolding: [Int], asIs: Stance?, ruledOut: Set<Stance>) -> Outcome {
        let candidates = Stance.allCases.filter { !ruledOut.contains($0) }
        let best = (candidates.isEmpty ? Stance.allCases : candidates).min { lhs, rhs in
            Assessor.ranksAbove(
                (lhs, scores[lhs.position], gatesHolding[lhs.position]),
                (rhs, scores[rhs.position], gatesHolding[rhs.position]), asIs: asIs)
        }
        return Outcome(best ?? .siloed)
    }
}
