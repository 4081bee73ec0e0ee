/// Writes ``Answers`` as an answers file: the same format a person fills in by hand, so that
/// `paradigm brief` reads back exactly what was written.
package enum AnswersWriter {
    /// The answers file for a set of answers, questions in questionnaire order. `header` lines
    /// become comments at the top.
    package static func render(_ answers: Answers, questionnaire: Questionnaire, header: [String] = []) -> String {
        let at = SourceLocation(line: 1, column: 1)
        func text(_ value: String) -> Node { .scalar(ScalarNode(value: value, location: at)) }
        func entry(_ key: String, _ value: Node) -> MappingEntry {
            MappingEntry(key: ScalarNode(value: key, location: at), value: value)
        }

        var respondent: [MappingEntry] = []
        if let name = answers.respondent.name { respondent.append(entry("name", text(name))) }
        if let role = answers.respondent.role { respondent.append(entry("role", text(role))) }
        if let organisation = answers.respondent.organisation {
            respondent.append(entry("organisation", text(organisation)))
        }

        var given: [MappingEntry] = []
        for question in questionnaire.questions {
            guard let answer = answers[question.id] else { continue }
            let value: Node =
                switch answer.value {
                case .choice(let id): text(id)
                case .choices(let ids): .sequence(SequenceNode(items: ids.map(text), location: at))
                case .number(let number, _): text(number.plain)
                case .text(let body): text(body)
                case .unsure: text("unsure")
                }
            given.append(entry(question.id, value))
        }

        var top = [entry("questionnaire", text(answers.questionnaireID))]
        if !respondent.isEmpty {
            top.append(entry("respondent", .mapping(MappingNode(entries: respondent, location: at))))
        }
        top.append(entry("answers", given.isEmpty ? text("") : .mapping(MappingNode(entries: given, location: at))))
        let body = DocumentWriter.render(.mapping(MappingNode(entries: top, location: at)))
        return header.map { DocumentWriter.comment($0, indent: 0) }.joined() + body
    }
}
