/// What one answered question adds to each stance: the chosen option's weights, and the lowest
/// and highest weights any answer to that question could have given. The question's importance
/// multiplies all three.
package struct Contribution: Sendable, Equatable {
    /// The question.
    package let questionID: String
    /// The answer counted.
    let answer: AnswerValue
    /// The options chosen (one, several for multiple choice, or a number's band).
    package var optionIDs: [String] { answer.optionIDs ?? [] }
    /// The question's importance multiplier.
    package let questionWeight: Double
    /// The chosen weights (the mean of the chosen options for multiple choice), before the multiplier.
    package let chosen: StanceWeights
    /// The lowest weight any answer could have given, per stance, before the multiplier.
    package let lowest: StanceWeights
    /// The highest weight any answer could have given, per stance, before the multiplier.
    package let highest: StanceWeights

    /// The points this answer adds to a stance's score.
    package func points(_ stance: Stance) -> Double { questionWeight * chosen[stance] }
    /// The least this question could have added to a stance.
    package func floor(_ stance: Stance) -> Double { questionWeight * lowest[stance] }
    /// The most this question could have added to a stance.
    package func ceiling(_ stance: Stance) -> Double { questionWeight * highest[stance] }
    /// How far this answer pushed a stance above its floor.
    package func lift(_ stance: Stance) -> Double { points(stance) - floor(stance) }

    /// The contribution of an answer, using fit or as-is weights.
    init?(question: Question, answer: AnswerValue, weights: WeightSet) {
        // The bounds are the question's, worked out once; the chosen options are read in place,
        // by index: copying each `Option` (retaining its texts) was most of scoring's cost.
        guard let bounds = question.bounds(weights) else { return nil }
        let options = question.options
        var chosen = StanceWeights()
        var chosenCount = 0
        answer.forEachOptionID { id in
            guard let index = question.optionIndex(id) else { return }
            let values = options[index].weights(weights)
            for stance in Stance.allCases { chosen[stance] += values[stance] }
            chosenCount += 1
        }
        guard chosenCount > 0 else { return nil }
        for stance in Stance.allCases { chosen[stance] /= Double(chosenCount) }
        self.questionID = question.id
        self.answer = answer
        self.questionWeight = question.weight
        self.chosen = chosen
        self.lowest = bounds.lowest
        self.highest = bounds.highest
    }

    /// The contribution an answer makes to fit or as-is scores, as ``Assessor`` counts it: `nil`
    /// when the question does not inform that score, the answer names no option (unsure), or no
    /// answer to the question could move any stance.
    static func counted(question: Question, answer: AnswerValue, weights: WeightSet) -> Contribution? {
        let informs = question.informs
        guard weights == .fit ? informs.countsForFit : informs.countsForToday,
            let contribution = Contribution(question: question, answer: answer, weights: weights),
            contribution.isInformative
        else { return nil }
        return contribution
    }

    /// Whether the question could move any stance at all.
    var isInformative: Bool { Stance.allCases.contains { highest[$0] > lowest[$0] } }
}
