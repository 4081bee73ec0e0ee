/// How deep today's working practice between marketing and sales goes, beside its shape: the
/// stage of Kotler, Rackham and Krishnaswamy's four (undefined, defined, aligned, integrated)
/// that the answers reach on the statements they speak to. "Siloed in shape, undefined in
/// practice" is a true sentence; "not siloed but undefined" is not.
package struct PracticeDepth: Sendable {
    /// One statement the answers speak to, with its score (1–5).
    package struct Scored: Sendable {
        /// The statement.
        package let statement: DepthScale.Statement
        /// The mean score of the answers that speak to it.
        package let score: Double
    }

    /// The depth on the article's 20–100 scale: 20 times the mean score of the statements
    /// answered.
    package let score: Double
    /// The stage that score reaches.
    package let stage: DepthScale.Stage
    /// The statements the answers speak to, in the article's order.
    package let scored: [Scored]
    /// The statements the questionnaire does not ask about, for the team to score together.
    package let notAsked: [DepthScale.Statement]
    /// The questions the depth rests on.
    package let grounds: [String]
    /// The id of the scale's lowest stage (undefined).
    package let lowestStage: String

    /// The depth of an assessment's practice; `nil` without a scale, or when fewer statements
    /// than the scale's minimum were answered.
    package init?(_ assessment: Assessment) {
        guard let scale = assessment.questionnaire.operatingModel?.depth, let lowest = scale.stages.first else {
            return nil
        }
        var scored: [Scored] = []
        var grounds: [String] = []
        for statement in scale.statements {
            var scores: [Double] = []
            for read in statement.reads {
                guard let answer = assessment.answers[read.questionID],
                    let question = assessment.questionnaire.question(read.questionID),
                    assessment.answers.applies(question)
                else { continue }
                let picked = (answer.value.optionIDs ?? []).compactMap { read.scores[$0] }
                guard !picked.isEmpty else { continue }
                scores.append(picked.reduce(0, +) / Double(picked.count))
                grounds.append(read.questionID)
            }
            if !scores.isEmpty {
                scored.append(Scored(statement: statement, score: scores.reduce(0, +) / Double(scores.count)))
            }
        }
        guard scored.count >= scale.minimum else { return nil }
        let score = 20 * scored.map(\.score).reduce(0, +) / Double(scored.count)
        self.score = score
        lowestStage = lowest.id
        self.stage = scale.stages.last { $0.from <= score + 1e-9 } ?? lowest
        self.scored = scored
        notAsked = scale.statements.filter(\.reads.isEmpty)
        self.grounds = grounds.uniqued
    }
}
