extension OperatingModelLoader {
    /// `practice_depth:`: the fewest statements to state a depth, the stages and the statements
    /// with the answers each reads; every question and option named must exist.
    static func depthScale(_ node: Node, questions: [Question], _ reader: SchemaReader) -> DepthScale? {
        let what = "`practice_depth`"
        guard let mapping = reader.mapping(node, what) else { return nil }
        let keys = reader.keys(
            of: mapping, allowed: ["minimum_statements", "stages", "statements"],
            required: ["minimum_statements", "stages", "statements"], in: what)
        let minimum = reader.number(keys, "minimum_statements", in: what, range: 1...100) ?? 1
        var stages: [DepthScale.Stage] = []
        for item in list(keys["stages"], "`stages` of \(what)", reader) {
            guard let stage = reader.mapping(item, "a stage of \(what)") else { continue }
            let entries = reader.keys(
                of: stage, allowed: ["id", "from", "meaning"], required: ["id", "from", "meaning"],
                in: "a stage of \(what)")
            guard let id = reader.text(entries, "id", in: "a stage"),
                let from = reader.number(entries, "from", in: "stage `\(id)`", range: 0...100),
                let meaning = reader.text(entries, "meaning", in: "stage `\(id)`")
            else { continue }
            if let last = stages.last, last.from >= from {
                reader.error("stage `\(id)` must start above stage `\(last.id)`", at: item)
            }
            stages.append(DepthScale.Stage(id: id, from: from, meaning: meaning))
        }
        var statements: [DepthScale.Statement] = []
        for item in list(keys["statements"], "`statements` of \(what)", reader) {
            guard let statement = reader.mapping(item, "a statement of \(what)") else { continue }
            let entries = reader.keys(
                of: statement, allowed: ["id", "text", "reads"], required: ["id", "text"],
                in: "a statement of \(what)")
            guard let id = reader.text(entries, "id", in: "a statement"),
                let text = reader.text(entries, "text", in: "statement `\(id)`")
            else { continue }
            var reads: [(questionID: String, scores: [String: Double])] = []
            if let node = entries["reads"], let questionsRead = reader.mapping(node, "`reads` of statement `\(id)`") {
                for entry in questionsRead.entries {
                    let questionID = entry.key.value
                    guard let question = questions.first(where: { $0.id == questionID }) else {
                        reader.error(
                            "statement `\(id)` reads `\(questionID)`, which is not a question", at: entry.key,
                            help: Suggestion.closest(to: questionID, among: questions.map(\.id))
                                .map { "did you mean `\($0)`?" })
                        continue
                    }
                    guard let options = reader.mapping(entry.value, "the scores of `\(questionID)`") else { continue }
                    var scores: [String: Double] = [:]
                    for option in options.entries {
                        guard question.option(option.key.value) != nil else {
                            reader.error(
                                "`\(questionID)` has no option `\(option.key.value)`", at: option.key,
                                help: Suggestion.closest(to: option.key.value, among: question.options.map(\.id))
                                    .map { "did you mean `\($0)`?" })
                            continue
                        }
                        guard let scalar = reader.scalar(option.value, "a score"),
                            let score = Double(decimal: scalar.value), (1...5).contains(score)
                        else {
                            reader.error("a score must be a number from 1 to 5", at: option.value)
                            continue
                        }
                        scores[option.key.value] = score
                    }
                    reads.append((questionID, scores))
                }
            }
            statements.append(DepthScale.Statement(id: id, text: text, reads: reads))
        }
        return DepthScale(minimum: Int(minimum), stages: stages, statements: statements)
    }
}
