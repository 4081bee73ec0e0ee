/// Whether the model gives any candidate a head start by construction: over many seeded,
/// uniformly random answer sets, how often each candidate model wins, comes second, and its
/// median fit score. A questionnaire whose weights are even gives every candidate a similar
/// median and a share of wins near a fifth.
package struct ModelBalance: Sendable {
    /// One candidate model's figures.
    package struct Figures: Sendable {
        /// The candidate.
        package let stance: Stance
        /// The share of answer sets it is recommended for (0–1).
        package let winShare: Double
        /// The share it is the runner-up for.
        package let runnerUpShare: Double
        /// Its median fit score.
        package let medianFit: Double
    }

    /// How many answer sets were scored.
    package let count: Int
    /// One entry per candidate, in ``Stance/allCases`` order.
    package let figures: [Figures]

    /// Scores `count` random answer sets drawn from `seed`: every question that applies is
    /// answered, each option (band, scale point) equally likely; multiple choice takes each
    /// option with even odds and at least one; free text is left empty.
    package static func measure(_ questionnaire: Questionnaire, count: Int, seed: UInt64) -> ModelBalance {
        var generator = SplitMix64(seed: seed)
        var wins = [Int](repeating: 0, count: Stance.allCases.count)
        var seconds = wins
        var fits = [[Double]](repeating: [], count: Stance.allCases.count)
        var scored = 0
        for _ in 0..<count {
            let answers = randomAnswers(questionnaire, &generator)
            guard let assessment = try? Assessor.assess(answers, with: questionnaire) else { continue }
            scored += 1
            wins[assessment.recommendation.position] += 1
            seconds[assessment.runnerUp.position] += 1
            for stance in Stance.allCases { fits[stance.position].append(assessment.fit.score(stance)) }
        }
        let total = Double(max(1, scored))
        let figures = Stance.allCases.map { stance in
            Figures(
                stance: stance, winShare: Double(wins[stance.position]) / total,
                runnerUpShare: Double(seconds[stance.position]) / total, medianFit: median(fits[stance.position]))
        }
        return ModelBalance(count: scored, figures: figures)
    }

    /// One random answer set, in questionnaire order so that conditions read earlier answers.
    static func randomAnswers(_ questionnaire: Questionnaire, _ generator: inout SplitMix64) -> Answers {
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: "<random>")
        for question in questionnaire.questions where question.kind != .text && question.purpose != .perception {
            guard answers.applies(question), !question.options.isEmpty else { continue }
            let pick = Int(generator.next() % UInt64(question.options.count))
            let option = question.options[pick]
            let value: AnswerValue
            switch question.kind {
            case .multiple:
                var ids = question.options.filter { _ in generator.next() & 1 == 1 }.map(\.id)
                if ids.isEmpty { ids = [option.id] }
                value = .choices(ids)
            case .number: value = .number(question.lowestValue(in: option) ?? 0, band: option.id)
            default: value = .choice(option.id)
            }
            answers.set(Answer(questionID: question.id, value: value))
        }
        return answers
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
