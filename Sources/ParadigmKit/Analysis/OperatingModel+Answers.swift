/// The operating model's data read against one organisation's answers: here rather than beside
/// the data, since the questionnaire comes before the answers read against it.
extension OperatingModel {
    /// The phrases worded for one organisation's answers, with who holds each role (`{role_id}`)
    /// where the caller knows it.
    func wording(answers value: (String) -> AnswerValue?, roles: [String: String] = [:]) -> Wording {
        var words = Dictionary(
            phrases.map { phrase in
                (phrase.id, phrase.variants.first { $0.condition.holds(answers: value) }?.text ?? phrase.text)
            }, uniquingKeysWith: { first, _ in first })
        for (id, name) in roles where words[id] == nil { words[id] = name }
        return Wording(words: words)
    }
}

extension OperatingModel.RulesFirst {
    /// Whether the structural steps wait, for some answers.
    func applies(answers value: (String) -> AnswerValue?) -> Bool {
        missingWhen.contains { $0.holds(answers: value) } && !decidedWhen.contains { $0.holds(answers: value) }
    }
}
