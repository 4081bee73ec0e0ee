/// Reads an answers file against a questionnaire, reporting every problem located.
public enum AnswersLoader {
    /// Loads answers from a parsed source. Warnings (such as an answer to a question that does
    /// not apply) are returned alongside; errors are thrown together.
    public static func load(
        _ source: SourceFile, questionnaire: Questionnaire
    ) throws(Diagnostics) -> (answers: Answers, warnings: Diagnostics) {
        // Most files are plain and right, and read much faster without a document tree.
        if let answers = PlainAnswersReader.read(source, questionnaire: questionnaire) {
            return (answers, Diagnostics())
        }
        return try loadInGeneral(source, questionnaire: questionnaire)
    }

    /// Loads answers the general way: the document tree, read against the schema, with every
    /// problem reported. ``PlainAnswersReader`` reads plain files by the same schema
    /// (``AnswersSchema``).
    package static func loadInGeneral(
        _ source: SourceFile, questionnaire: Questionnaire
    ) throws(Diagnostics) -> (answers: Answers, warnings: Diagnostics) {
        // After a syntax error, the schema errors of every part that parsed are reported too.
        let parsed = DocumentParser.parsePartially(source)
        let reader = SchemaReader(parsed)
        guard let root = parsed.document.root else {
            try reader.finish()
            throw Diagnostics([
                Diagnostic(
                    .error, "the answers file is empty", file: source.name,
                    help: "run `paradigm template > answers.yaml` for a file to fill in")
            ])
        }
        guard let top = reader.mapping(root, "an answers file") else {
            try reader.finish()
            throw reader.diagnostics
        }
        typealias Key = AnswersSchema.Key
        let keys = reader.keys(
            of: top, allowed: Key.allCases.map(\.rawValue), required: Key.required.map(\.rawValue),
            in: "the answers file")
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: source.name)
        if let node = keys[Key.questionnaire.rawValue], let scalar = reader.scalar(node, "`questionnaire`"),
            !AnswersSchema.names(questionnaire, scalar.value)
        {
            reader.error(
                "these answers are for the questionnaire `\(scalar.value)`, but the questionnaire in use is "
                    + "`\(questionnaire.id)`",
                at: scalar,
                help:
                    "pass the right questionnaire with --questionnaire FILE, or write `questionnaire: "
                    + "\(questionnaire.id)`"
            )
        }
        if let node = keys[Key.respondent.rawValue] { answers.respondent = respondent(node, reader, questionnaire) }
        if let node = keys[Key.answers.rawValue] {
            if case .scalar(let scalar) = node, scalar.value.isEmpty {
                // `answers:` with nothing under it: nothing answered yet.
            } else if let mapping = reader.mapping(node, "`answers`") {
                read(mapping, into: &answers, reader, questionnaire)
            }
        }
        try reader.finish()
        return (answers, reader.diagnostics)
    }

    private static func respondent(_ node: Node, _ reader: SchemaReader, _ questionnaire: Questionnaire) -> Respondent {
        if case .scalar(let scalar) = node, scalar.value.isEmpty { return Respondent() }
        guard let mapping = reader.mapping(node, "`respondent`") else { return Respondent() }
        typealias Key = AnswersSchema.RespondentKey
        let keys = reader.keys(of: mapping, allowed: Key.allCases.map(\.rawValue), in: "`respondent`")
        var respondent = Respondent(
            name: reader.text(keys, Key.name.rawValue, in: "`respondent`", required: false),
            organisation: reader.text(keys, Key.organisation.rawValue, in: "`respondent`", required: false))
        if let role = reader.text(keys, Key.role.rawValue, in: "`respondent`", required: false) {
            let ids = questionnaire.roles.map(\.id)
            if AnswersSchema.isRole(role, of: questionnaire) {
                respondent.role = role
            } else if let node = keys[Key.role.rawValue] {
                reader.error(
                    "`role` must be one of: \(ids.joined(separator: ", ")); found \"\(role)\"", at: node,
                    help: Suggestion.closest(to: role, among: ids).map { "did you mean `\($0)`?" })
            }
        }
        return respondent
    }

    private static func read(
        _ mapping: MappingNode, into answers: inout Answers, _ reader: SchemaReader,
        _ questionnaire: Questionnaire
    ) {
        // Where each question was answered, by its position: only the conditions need it.
        var given = [Int](repeating: -1, count: questionnaire.questions.count)
        let entries = mapping.entries
        answers.reserveCapacity(entries.count)
        // Only the first unknown keys can be shown (the diagnostics are capped and an unknown
        // key is reported at its own line, in file order), so only they get a suggestion: a
        // million unknown keys, each compared with every question id, took minutes.
        var unknown = 0
        var suggestions: Suggestion.Candidates?
        // Required questions left blank, by position: errors where they apply.
        var blank: [Int] = []
        // By index, so that no entry is copied (which retains its texts).
        for index in entries.indices {
            let id = entries[index].key.value
            guard let position = questionnaire.position(of: id) else {
                unknown += 1
                var help: String?
                if unknown <= Diagnostics.cap {
                    let candidates = suggestions ?? Suggestion.Candidates(questionnaire.questions.map(\.id))
                    suggestions = candidates
                    help =
                        candidates.closest(to: id).map { "did you mean `\($0)`?" }
                        ?? "`paradigm questions` lists every question id"
                }
                reader.error("unknown question `\(id)`", at: entries[index].key, help: help)
                continue
            }
            given[position] = index
            if case .scalar(let scalar) = entries[index].value, AnswersSchema.isUnanswered(scalar.value),
                AnswersSchema.isRequired(questionnaire.questions[position])
            {
                blank.append(position)
            }
            guard let value = value(entries[index].value, questionnaire.questions[position], reader) else { continue }
            answers.set(Answer(questionID: id, value: value, location: entries[index].value.location))
        }
        for position in blank where answers.isAsked(questionnaire.questions[position], in: questionnaire) {
            let question = questionnaire.questions[position]
            let key = mapping.entries[given[position]].key
            reader.error(
                "`\(question.id)` is left blank, but it needs an answer"
                    + (question.kind == .text ? "" : " (it does not accept `unsure`)"),
                at: key,
                help: question.kind == .text
                    ? "write a line of text after the colon" : "write \(AnswerReader.expected(question))")
        }
        // Conditions read earlier answers: dropped in questionnaire order, each with a warning at its key.
        for id in answers.dropInapplicable(in: questionnaire) {
            guard let position = questionnaire.position(of: id), given[position] >= 0,
                let condition = questionnaire.questions[position].condition
            else { continue }
            let key = mapping.entries[given[position]].key
            reader.warning(
                "`\(id)` only applies when \(condition.summary); this answer is ignored",
                at: key.location, width: key.width)
        }
    }

    private static func value(_ node: Node, _ question: Question, _ reader: SchemaReader) -> AnswerValue? {
        let result: Result<AnswerValue, AnswerProblem>
        switch node {
        case .scalar(let scalar):
            if AnswersSchema.isUnanswered(scalar.value) { return nil }
            result = AnswerReader.read(scalar.value, for: question)
        case .sequence(let list):
            guard question.kind == .multiple else {
                if case .failure(let problem) = AnswerReader.read([], for: question) {
                    reader.error(problem.message, at: node, help: problem.help)
                }
                return nil
            }
            var items: [String] = []
            var scalars: [ScalarNode] = []
            var valid = true
            for item in list.items {
                guard let scalar = reader.scalar(item, "an option of `\(question.id)`") else {
                    valid = false
                    continue
                }
                scalars.append(scalar)
                items.append(scalar.value.trimmingWhitespace())
            }
            // Nearly every list is right: read it whole, and item by item only to locate a problem.
            if valid, let value = AnswerReader.cleanList(items, for: question) { return value }
            // Something is wrong: report each item that is wrong on its own, at its place.
            for (scalar, text) in zip(scalars, items) {
                if case .failure(let problem) = AnswerReader.read([text], for: question) {
                    reader.error(problem.message, at: scalar, help: problem.help)
                    valid = false
                }
            }
            guard valid else { return nil }
            result = AnswerReader.read(items, for: question)
        case .mapping:
            reader.error(
                "`\(question.id)` expects \(AnswerReader.expected(question)); found \(node.kindName)", at: node)
            return nil
        }
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            reader.error(problem.message, at: node, help: problem.help)
            return nil
        }
    }
}
