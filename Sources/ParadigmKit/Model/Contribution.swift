/// What one answered question adds to each stance: the chosen option's weights, and the lowest
/// and highest weights any answer to that question could have given. The question's importance
/// multiplies all three.
public struct Contribution: Sendable, Equatable {
    /// The question.
    public let questionID: String
    /// The options chosen (one, several for multiple choice, or a number's band).
    public let optionIDs: [String]
    /// The question's importance multiplier.
    public let questionWeight: Double
    /// The chosen weights (the mean of the chosen options for multiple choice), before the multiplier.
    public let chosen: StanceWeights
    /// The lowest weight any answer could have given, per stance, before the multiplier.
    public let lowest: StanceWeights
    /// The highest weight any answer could have given, per stance, before the multiplier.
    public let highest: StanceWeights

    /// The points this answer adds to a stance's score.
    public func points(_ stance: Stance) -> Double { questionWeight * chosen[stance] }
    /// The least this question could have added to a stance.
    public func floor(_ stance: Stance) -> Double { questionWeight * lowest[stance] }
    /// The most this question could have added to a stance.
    public func ceiling(_ stance: Stance) -> Double { questionWeight * highest[stance] }
    /// How far this answer pushed a stance above its floor.
    public func lift(_ stance: Stance) -> Double { points(stance) - floor(stance) }

    /// The contribution of an answer, using fit or as-is weights.
    init?(question: Question, optionIDs: [String], weights: KeyPath<Option, StanceWeights>) {
        let chosenOptions = optionIDs.compactMap { question.option($0) }
        guard !chosenOptions.isEmpty, !question.options.isEmpty else { return nil }
        var chosen = StanceWeights()
        var lowest = StanceWeights()
        var highest = StanceWeights()
        for stance in Stance.allCases {
            let values = question.options.map { $0[keyPath: weights][stance] }
            lowest[stance] = values.min() ?? 0
            highest[stance] = values.max() ?? 0
            chosen[stance] = chosenOptions.map { $0[keyPath: weights][stance] }.reduce(0, +) / Double(chosenOptions.count)
        }
        self.questionID = question.id
        self.optionIDs = optionIDs
        self.questionWeight = question.weight
        self.chosen = chosen
        self.lowest = lowest
        self.highest = highest
    }

    /// Whether the question could move any stance at all.
    var isInformative: Bool { Stance.allCases.contains { highest[$0] > lowest[$0] } }
}
