extension UnsureRange {
    /// One unsure question's possible answers as (lift, span) per stance; the first is "still
    /// unsure", which adds nothing.
    private struct Choices {
        var lift: [[Double]]
        var span: [Double]
    }

    /// The exact range of every stance's fit score over all answers to the unsure questions.
    ///
    /// With the other answers fixed at N (lift) and D (span), a stance scores
    /// 100 × (N + Σ lᵢ) ÷ (D + Σ dᵢ), where question *i* adds lᵢ = importance × (chosen − lowest)
    /// and dᵢ = importance × (highest − lowest) once answered, and nothing while unsure. The
    /// choices are independent, so Dinkelbach's iteration finds the exact maximum (and minimum):
    /// for the current best ratio λ, pick for each question the choice that maximises lᵢ − λ·dᵢ;
    /// the ratio of that pick is at least λ, and when it no longer improves, λ is optimal.
    /// Multiple choice scores the mean of the chosen options, which lies between the single
    /// options' weights, so the single options attain every extreme.
    package static func analyse(_ assessment: Assessment) -> UnsureRange {
        let unsure = assessment.unsureQuestions.filter {
            assessment.answers.applies($0) && $0.informs.countsForFit && !$0.options.isEmpty
        }
        let spans = ranges(assessment, open: unsure)
        return UnsureRange(
            questionIDs: unsure.map(\.id), spans: spans,
            verdict: verdict(assessment, unsure: unsure, spans: spans))
    }

    /// Each stance's exact lowest and highest fit score (or, with `weights: .today`, as-is
    /// score) when every question in `open` (none of them counted yet: unsure or unanswered)
    /// could still get any answer or none.
    static func ranges(_ assessment: Assessment, open: [Question], weights set: WeightSet = .fit) -> [Span] {
        let unsure = open
        let fit = set == .fit ? assessment.fit : assessment.today
        let stances = Stance.allCases
        let choices = unsure.map { question in
            Choices(
                lift: [Array(repeating: 0.0, count: stances.count)]
                    + question.options.map { option in
                        stances.map { question.weight * (option.weights(set)[$0] - low(question, $0, set)) }
                    },
                span: stances.map { question.weight * (high(question, $0, set) - low(question, $0, set)) })
        }
        var spans: [Span] = []
        for (s, stance) in stances.enumerated() {
            let total = fit.stances[stance]
            let n = (total?.points ?? 0) - (total?.floor ?? 0)
            let d = (total?.ceiling ?? 0) - (total?.floor ?? 0)
            let highest = extreme(n, d, choices, stance: s, sign: 1)
            let lowest = -extreme(
                -n, d, choices.map { Choices(lift: $0.lift.map { $0.map { -$0 } }, span: $0.span) }, stance: s, sign: -1
            )
            spans.append(Span(stance: stance, current: fit.score(stance), lowest: lowest, highest: highest))
        }
        return spans
    }

    private static func low(_ question: Question, _ stance: Stance, _ set: WeightSet) -> Double {
        question.options.map { $0.weights(set)[stance] }.min() ?? 0
    }

    private static func high(_ question: Question, _ stance: Stance, _ set: WeightSet) -> Double {
        question.options.map { $0.weights(set)[stance] }.max() ?? 0
    }

    /// The largest 100 × (n + Σ lift) ÷ (d + Σ span) over the choices, by Dinkelbach's
    /// iteration; a ratio with nothing below the line scores 50, as in the model. `sign` is −1
    /// when the lifts were negated to find a minimum.
    private static func extreme(_ n: Double, _ d: Double, _ choices: [Choices], stance s: Int, sign: Double) -> Double {
        func sums(_ picks: [Int]) -> (top: Double, bottom: Double) {
            var (top, bottom) = (n, d)
            for (question, pick) in zip(choices, picks) where pick > 0 {
                top += question.lift[pick][s]
                bottom += question.span[s]
            }
            return (top, bottom)
        }
        // Start from everything unsure, or, when that has no evidence, from the first answers.
        var picks = [Int](repeating: 0, count: choices.count)
        if sums(picks).bottom <= 0 {
            picks = choices.map { $0.span[s] > 0 ? 1 : 0 }
            if sums(picks).bottom <= 0 { return sign * 50 }  // no answer can move this stance
        }
        var best = sums(picks)
        var lambda = best.top / best.bottom
        for _ in 0..<1_000 {
            let next = choices.map { question -> Int in
                var pick = 0
                var pickValue = 0.0
                for option in 1..<question.lift.count {
                    let value = question.lift[option][s] - lambda * question.span[s]
                    if value > pickValue + 1e-12 { (pick, pickValue) = (option, value) }
                }
                return pick
            }
            let candidate = sums(next)
            guard candidate.bottom > 0, candidate.top / candidate.bottom > lambda + 1e-12 else { break }
            (picks, best, lambda) = (next, candidate, candidate.top / candidate.bottom)
        }
        // The model's score formula (best.bottom > 0 here), so an unmoved stance shows its exact score.
        var score = StanceScore.score(lift: best.top, span: best.bottom)
        // With no evidence at all (d = 0), leaving every question unsure scores 50.
        if d <= 0 { score = max(score, sign * 50) }
        return score
    }

    /// Settles whether the recommendation holds: by the ranges when they do not overlap, or by
    /// scoring every combination when there are few enough.
    private static func verdict(_ assessment: Assessment, unsure: [Question], spans: [Span]) -> Verdict {
        guard !unsure.isEmpty else { return .nothingUnsure }
        let baseline = Outcome(assessment)
        let r = baseline.stance.position
        if spans.indices.allSatisfy({ $0 == r || spans[$0].highest < spans[r].lowest - 1e-9 }) { return .holdsByRange }
        let answerSets = unsure.map(possibleAnswers)
        let combinations = answerSets.reduce(1.0) { $0 * Double($1.count) }
        guard combinations <= Double(enumerationLimit) else { return .mayChange(combinations: combinations) }
        var outcomes: [Outcome: Int] = [:]
        var indices = [Int](repeating: 0, count: unsure.count)
        var total = 0
        while true {
            var answers = assessment.answers
            for (question, (set, index)) in zip(unsure, zip(answerSets, indices)) {
                answers.set(Answer(questionID: question.id, value: set[index]))
            }
            if let scored = try? Assessor.assess(answers, with: assessment.questionnaire) {
                outcomes[Outcome(scored), default: 0] += 1
            }
            total += 1
            var position = 0
            while position < indices.count {
                indices[position] += 1
                if indices[position] < answerSets[position].count { break }
                indices[position] = 0
                position += 1
            }
            if position == indices.count { break }
        }
        return outcomes.keys.allSatisfy { $0 == baseline }
            ? .holdsInEveryCombination(combinations: total) : .changes(combinations: total, outcomes: outcomes)
    }

    /// Every answer an unsure question could get, "still unsure" first; for multiple choice
    /// every non-empty set of options.
    private static func possibleAnswers(_ question: Question) -> [AnswerValue] {
        var values: [AnswerValue] = [.unsure]
        switch question.kind {
        case .multiple:
            let ids = question.options.map(\.id)
            guard ids.count < 16 else { return values + ids.map { .choices([$0]) } }
            for mask in 1..<(1 << ids.count) {
                values.append(.choices(ids.indices.filter { mask & (1 << $0) != 0 }.map { ids[$0] }))
            }
        case .number(let low, _, _):
            for (index, band) in question.options.enumerated() {
                values.append(.number(index == 0 ? low : question.options[index - 1].below ?? low, band: band.id))
            }
        default:
            values += question.options.map { .choice($0.id) }
        }
        return values
    }
}
