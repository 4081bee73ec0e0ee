/// Reads a questionnaire file into a ``Questionnaire``, reporting every schema problem located.
package enum QuestionnaireLoader {
    /// Loads a questionnaire. `texts` resolves its `texts:` value (or `nil` when absent) to the
    /// paradigm texts; `file` reads another file it names (`operating_model:`), relative to it.
    package static func load(
        _ source: SourceFile, texts: (String?) throws(Diagnostics) -> ParadigmTexts,
        file: (String) throws(Diagnostics) -> SourceFile = noFile
    ) throws(Diagnostics) -> Questionnaire {
        // After a syntax error, the schema errors of every part that parsed are reported too.
        let parsed = DocumentParser.parsePartially(source)
        let reader = SchemaReader(parsed)
        guard let root = parsed.document.root else {
            try reader.finish()
            throw Diagnostics([
                Diagnostic(
                    .error, "the questionnaire is empty", file: source.name,
                    help: "see docs/questionnaire-format.md for what it holds")
            ])
        }
        guard let top = reader.mapping(root, "the questionnaire") else {
            try reader.finish()
            throw reader.diagnostics
        }
        let keys = reader.keys(
            of: top,
            allowed: [
                "id", "version", "title", "texts", "roles", "sections", "gates", "undefined_practice", "change_steps",
                "operating_model",
                "themes",
            ],
            required: ["id", "version", "title", "roles", "sections"], in: "the questionnaire")
        let id = reader.text(keys, "id", in: "the questionnaire") ?? ""
        let version = reader.text(keys, "version", in: "the questionnaire") ?? ""
        let title = reader.text(keys, "title", in: "the questionnaire") ?? ""
        let textsPath = reader.text(keys, "texts", in: "the questionnaire", required: false)
        let roles = keys["roles"].map { readRoles($0, reader) } ?? []

        var builder = QuestionBuilder(reader: reader, sections: keys["sections"])
        var sections: [Section] = []
        if let node = keys["sections"], let list = reader.sequence(node, "`sections`") {
            for item in list.items {
                if let section = builder.section(item) { sections.append(section) }
            }
        }
        var gates: [Gate] = []
        if let node = keys["gates"], let list = reader.sequence(node, "`gates`") {
            var seen: [String: SourceLocation] = [:]
            for item in list.items {
                guard let gate = builder.gate(item) else { continue }
                if let first = seen[gate.id] {
                    reader.error(
                        "duplicate gate id `\(gate.id)`; it was first used on line \(first.line)", at: gate.location)
                }
                seen[gate.id] = gate.location
                gates.append(gate)
            }
        }
        let undefined = keys["undefined_practice"].flatMap { builder.undefinedPractice($0) }
        let steps = keys["change_steps"].map { readChangeSteps($0, reader) } ?? ChangeSteps()
        let themes = keys["themes"].map { readThemes($0, questions: sections.flatMap(\.questions), reader) } ?? []
        try reader.finish()
        let modelPath = reader.text(keys, "operating_model", in: "the questionnaire", required: false)
        let paradigmTexts = try texts(textsPath)
        var questionnaire = Questionnaire(
            id: id, version: version, title: title, roles: roles, sections: sections, gates: gates,
            undefinedPractice: undefined, changeSteps: steps, texts: paradigmTexts, sourceName: source.name)
        questionnaire.themes = themes
        guard let modelPath else { return questionnaire }
        let model = try OperatingModelLoader.load(try file(modelPath), questions: questionnaire.questions)
        return questionnaire.with(model)
    }

    /// `change_steps:`: for a model, the steps to each other model, e.g. `siloed:` then
    /// `proportionate: 2`. Each pair is given once, in either order, as a whole number 1 to 5.
    private static func readChangeSteps(_ node: Node, _ reader: SchemaReader) -> ChangeSteps {
        var steps = ChangeSteps()
        var seen: [Set<Stance>: SourceLocation] = [:]
        guard let mapping = reader.mapping(node, "`change_steps`") else { return steps }
        for entry in mapping.entries {
            guard let from = stance(entry.key, reader),
                let targets = reader.mapping(entry.value, "`change_steps: \(entry.key.value)`")
            else { continue }
            for target in targets.entries {
                guard let to = stance(target.key, reader) else { continue }
                let what = "`change_steps` from `\(from.rawValue)` to `\(to.rawValue)`"
                guard let scalar = reader.scalar(target.value, what) else { continue }
                guard let value = Int(scalar.value), (1...5).contains(value), from != to else {
                    reader.error("\(what) must be a whole number from 1 to 5 between two different models", at: scalar)
                    continue
                }
                if let first = seen[[from, to]] {
                    reader.error("\(what) is given twice; it was first given on line \(first.line)", at: target.key)
                }
                seen[[from, to]] = target.key.location
                steps.set(value, between: from, and: to)
            }
        }
        return steps
    }

    private static func stance(_ key: ScalarNode, _ reader: SchemaReader) -> Stance? {
        if let stance = Stance(rawValue: key.value) { return stance }
        let ids = Stance.allCases.map(\.rawValue)
        reader.error(
            "`\(key.value)` is not a candidate model", at: key,
            help: Suggestion.closest(to: key.value, among: ids).map { "did you mean `\($0)`?" })
        return nil
    }

    /// For a questionnaire read from text alone: any other file it names cannot be read.
    package static func noFile(_ name: String) throws(Diagnostics) -> SourceFile {
        throw Diagnostics([
            Diagnostic(
                .error, "cannot read `\(name)`: the questionnaire was read without its folder", file: name,
                help: "load the questionnaire from a file so that the files it names can be found")
        ])
    }

    /// `themes:`: each with an `id`, a `title`, the free-text `question` it groups, its `keywords`
    /// and, optionally, the `questions` that show whether the team is divided on it.
    private static func readThemes(_ node: Node, questions: [Question], _ reader: SchemaReader) -> [Theme] {
        guard let list = reader.sequence(node, "`themes`") else { return [] }
        var themes: [Theme] = []
        for item in list.items {
            guard let mapping = reader.mapping(item, "a theme") else { continue }
            let keys = reader.keys(
                of: mapping,
                allowed: ["id", "title", "question", "keywords", "questions", "decision", "decides", "output"],
                required: ["id", "title", "question", "keywords"], in: "a theme")
            guard let id = reader.text(keys, "id", in: "a theme"),
                let title = reader.text(keys, "title", in: "a theme"),
                let questionID = reader.text(keys, "question", in: "theme `\(id)`"),
                let keywords = reader.texts(keys, "keywords", in: "theme `\(id)`")
            else { continue }
            if themes.contains(where: { $0.id == id }) {
                reader.error("duplicate theme id `\(id)`", at: mapping.location)
            }
            let question = questions.first { $0.id == questionID }
            if question?.kind != .text, let at = keys["question"] {
                reader.referenceError(
                    "theme `\(id)` groups `\(questionID)`, which is not a free-text question", at: at,
                    help: "`question:` names a question of `type: text`")
            }
            let blank = keywords.isEmpty || keywords.contains { $0.trimmingWhitespace().isEmpty }
            if blank, let at = keys["keywords"] {
                reader.error("theme `\(id)` needs at least one keyword, and no empty one", at: at)
            }
            let related = keys["questions"] == nil ? [] : reader.texts(keys, "questions", in: "theme `\(id)`") ?? []
            for unknown in related where !questions.contains(where: { $0.id == unknown }) {
                if let at = keys["questions"] {
                    reader.referenceError("theme `\(id)` names the unknown question `\(unknown)`", at: at)
                }
            }
            var theme = Theme(id: id, title: title, questionID: questionID, keywords: keywords, questions: related)
            theme.decision = keys["decision"] == nil ? nil : reader.text(keys, "decision", in: "theme `\(id)`")
            theme.decides = keys["decides"] == nil ? nil : reader.text(keys, "decides", in: "theme `\(id)`")
            theme.output = keys["output"] == nil ? nil : reader.text(keys, "output", in: "theme `\(id)`")
            themes.append(theme)
        }
        return themes
    }

    private static func readRoles(_ node: Node, _ reader: SchemaReader) -> [Role] {
        guard let list = reader.sequence(node, "`roles`") else { return [] }
        var roles: [Role] = []
        for item in list.items {
            guard let mapping = reader.mapping(item, "a role") else { continue }
            let keys = reader.keys(
                of: mapping, allowed: ["id", "label", "level", "function", "answers"],
                required: ["id", "label", "level", "function"], in: "a role")
            guard let id = reader.text(keys, "id", in: "a role"),
                let label = reader.text(keys, "label", in: "a role"),
                let level = reader.word(keys, "level", in: "a role", oneOf: Role.Level.allCases.map(\.rawValue))
                    .flatMap(Role.Level.init(rawValue:)),
                let function = reader.word(
                    keys, "function", in: "a role", oneOf: Role.Function.allCases.map(\.rawValue)
                )
                .flatMap(Role.Function.init(rawValue:))
            else { continue }
            let scope =
                keys["answers"] == nil
                ? Role.Scope.organisation
                : reader.word(keys, "answers", in: "a role", oneOf: Role.Scope.allCases.map(\.rawValue))
                    .flatMap(Role.Scope.init(rawValue:)) ?? .organisation
            if roles.contains(where: { $0.id == id }) {
                reader.error("duplicate role id `\(id)`", at: mapping.location)
            }
            roles.append(Role(id: id, label: label, level: level, function: function, scope: scope))
        }
        return roles
    }
}
