/// How lint finds the paradigm-text file a questionnaire names with `texts:`.
package enum TextsLookup: Sendable {
    /// The file's text.
    case found(SourceFile)
    /// It cannot be read; the reason, in words.
    case unreadable(String)
    /// It was read but is not valid text (located diagnostics).
    case malformed(Diagnostics)
}

/// `paradigm lint`: checks a questionnaire (or a paradigm-text file) for everything that would
/// make the advisor wrong or unclear, reporting every finding at once. See `docs/lint.md`.
package enum QuestionnaireLinter {
    /// Lints a questionnaire, or a paradigm-text file when the file has `paradigms:` and no
    /// `sections:`. `texts` reads the file a questionnaire's `texts:` names.
    package static func lint(_ source: SourceFile, texts: (String) -> TextsLookup) -> LintReport {
        let loaded = load(source, texts: texts)
        var diagnostics = loaded.diagnostics
        if let questionnaire = loaded.questionnaire, let document = loaded.document {
            var linter = Linter(questionnaire: questionnaire, source: source, document: document)
            for finding in linter.run() { diagnostics.append(finding) }
        }
        return LintReport(
            fileName: source.name, subject: loaded.subject, diagnostics: diagnostics,
            questionnaire: loaded.questionnaire)
    }

    /// Loads a questionnaire the way lint does — parse errors, schema errors of the
    /// questionnaire and of its paradigm texts, and placeholder prose, all collected — without
    /// the semantic checks. `questionnaire` is `nil` when it cannot be loaded.
    package static func load(
        _ source: SourceFile, texts: (String) -> TextsLookup
    )
        -> (questionnaire: Questionnaire?, diagnostics: Diagnostics, subject: LintReport.Subject, document: Document?)
    {
        var diagnostics = Diagnostics()
        let parsed = DocumentParser.parsePartially(source)
        guard parsed.diagnostics.isEmpty else { return withSyntaxErrors(parsed) }
        let document = parsed.document
        for finding in ProseCheck(source: source).run(document.root) { diagnostics.append(finding) }
        let subject = subject(of: document.root)
        guard subject == .questionnaire, case .mapping(let top)? = document.root else {
            diagnostics.append(contentsOf: schemaErrors(source, subject))
            return (nil, diagnostics, subject, document)
        }
        var paradigmTexts: ParadigmTexts?
        if case .scalar(let path)? = top.entry("texts")?.value, !path.value.trimmingWhitespace().isEmpty {
            switch texts(path.value.trimmingWhitespace()) {
            case .found(let file):
                do {
                    paradigmTexts = try ParadigmTextsLoader.load(file)
                } catch {
                    diagnostics.append(contentsOf: error)
                }
                if let parsed = try? DocumentParser.parse(file) {
                    for finding in ProseCheck(source: file).run(parsed.root) { diagnostics.append(finding) }
                }
            case .unreadable(let reason):
                diagnostics.append(
                    Diagnostic(
                        .error, "cannot read the paradigm texts `\(path.value)` named by `texts:`: \(reason)",
                        in: source,
                        at: path.location, width: path.width,
                        help: "give a path relative to the questionnaire, or remove `texts:` to use the built-in texts")
                )
            case .malformed(let found):
                diagnostics.append(contentsOf: found)
            }
        }
        var questionnaire: Questionnaire?
        do throws(Diagnostics) {
            let resolved: ParadigmTexts
            if let paradigmTexts { resolved = paradigmTexts } else { resolved = try builtInTexts() }
            questionnaire = try QuestionnaireLoader.load(source) { (_: String?) throws(Diagnostics) -> ParadigmTexts in
                resolved
            } file: { (name: String) throws(Diagnostics) -> SourceFile in
                switch texts(name) {
                case .found(let file): return file
                case .malformed(let found): throw found
                case .unreadable(let reason):
                    throw Diagnostics([
                        Diagnostic(
                            .error, "cannot read the operating model `\(name)` named by `operating_model:`: \(reason)",
                            file: source.name,
                            help: "give a path relative to the questionnaire, or remove `operating_model:`")
                    ])
                }
            }
        } catch {
            diagnostics.append(contentsOf: error)
        }
        return (questionnaire, diagnostics, .questionnaire, document)
    }

    /// A file with syntax errors: they and the schema errors of every part that parsed, as its
    /// loader reports them. Nothing more is checked: findings about a questionnaire that did
    /// not load whole would be guesses.
    private static func withSyntaxErrors(
        _ parsed: PartialDocument
    )
        -> (questionnaire: Questionnaire?, diagnostics: Diagnostics, subject: LintReport.Subject, document: Document?)
    {
        let subject = subject(of: parsed.document.root)
        return (nil, schemaErrors(parsed.document.source, subject), subject, nil)
    }

    /// What a file is: paradigm texts or an operating model when it has their key and no
    /// `sections:`, else a questionnaire.
    private static func subject(of root: Node?) -> LintReport.Subject {
        guard case .mapping(let top)? = root, top.entry("sections") == nil else { return .questionnaire }
        if top.entry("paradigms") != nil { return .paradigmTexts }
        if top.entry("models") != nil { return .operatingModel }
        return .questionnaire
    }

    /// The errors of the loader of a subject (a questionnaire with the built-in paradigm texts; an
    /// operating model on its own is checked against the built-in questionnaire's questions).
    private static func schemaErrors(_ source: SourceFile, _ subject: LintReport.Subject) -> Diagnostics {
        loaderErrors { () throws(Diagnostics) in
            switch subject {
            case .questionnaire:
                _ = try QuestionnaireLoader.load(source) { (_: String?) throws(Diagnostics) -> ParadigmTexts in
                    try builtInTexts()
                }
            case .paradigmTexts: _ = try ParadigmTextsLoader.load(source)
            case .operatingModel:
                _ = try OperatingModelLoader.load(source, questions: try Questionnaire.builtIn().questions)
            }
        }
    }

    private static func builtInTexts() throws(Diagnostics) -> ParadigmTexts {
        try Questionnaire.builtIn().texts
    }

    private static func loaderErrors(_ body: () throws(Diagnostics) -> Void) -> Diagnostics {
        do {
            try body()
            return Diagnostics()
        } catch {
            return error
        }
    }
}
