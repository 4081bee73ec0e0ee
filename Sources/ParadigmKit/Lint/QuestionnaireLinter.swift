/// How lint finds the paradigm-text file a questionnaire names with `texts:`.
public enum TextsLookup: Sendable {
    /// The file's text.
    case found(SourceFile)
    /// It cannot be read; the reason, in words.
    case unreadable(String)
    /// It was read but is not valid text (located diagnostics).
    case malformed(Diagnostics)
}

/// `paradigm lint`: checks a questionnaire (or a paradigm-text file) for everything that would
/// make the advisor wrong or unclear, reporting every finding at once. See `docs/lint.md`.
public enum QuestionnaireLinter {
    /// Lints a questionnaire, or a paradigm-text file when the file has `paradigms:` and no
    /// `sections:`. `texts` reads the file a questionnaire's `texts:` names.
    public static func lint(_ source: SourceFile, texts: (String) -> TextsLookup) -> LintReport {
        let loaded = load(source, texts: texts)
        var diagnostics = loaded.diagnostics
        if let questionnaire = loaded.questionnaire, let document = loaded.document {
            var linter = Linter(questionnaire: questionnaire, source: source, document: document)
            for finding in linter.run() { diagnostics.append(finding) }
        }
        return LintReport(fileName: source.name, subject: loaded.subject, diagnostics: diagnostics,
                          questionnaire: loaded.questionnaire)
    }

    /// Loads a questionnaire the way lint does — parse errors, schema errors of the
    /// questionnaire and of its paradigm texts, and placeholder prose, all collected — without
    /// the semantic checks. `questionnaire` is `nil` when it cannot be loaded.
    public static func load(_ source: SourceFile, texts: (String) -> TextsLookup)
        -> (questionnaire: Questionnaire?, diagnostics: Diagnostics, subject: LintReport.Subject, document: Document?)
    {
        var diagnostics = Diagnostics()
        let document: Document
        do {
            document = try DocumentParser.parse(source)
        } catch {
            return (nil, error, .questionnaire, nil)
        }
        for finding in ProseCheck(source: source).run(document.root) { diagnostics.append(finding) }
        guard case .mapping(let top)? = document.root else {
            diagnostics.append(contentsOf: loaderErrors { () throws(Diagnostics) in
                _ = try QuestionnaireLoader.load(source) { (_: String?) throws(Diagnostics) -> ParadigmTexts in try builtInTexts() }
            })
            return (nil, diagnostics, .questionnaire, document)
        }
        if top.entry("paradigms") != nil, top.entry("sections") == nil {
            diagnostics.append(contentsOf: loaderErrors { () throws(Diagnostics) in _ = try ParadigmTextsLoader.load(source) })
            return (nil, diagnostics, .paradigmTexts, document)
        }
        if top.entry("models") != nil, top.entry("sections") == nil {
            // An operating model on its own is checked against the built-in questionnaire's questions.
            diagnostics.append(contentsOf: loaderErrors { () throws(Diagnostics) in
                _ = try OperatingModelLoader.load(source, questions: try Questionnaire.builtIn().questions)
            })
            return (nil, diagnostics, .operatingModel, document)
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
                diagnostics.append(Diagnostic(
                    .error, "cannot read the paradigm texts `\(path.value)` named by `texts:`: \(reason)", in: source,
                    at: path.location, width: path.width,
                    help: "give a path relative to the questionnaire, or remove `texts:` to use the built-in texts"))
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
                    throw Diagnostics([Diagnostic(.error, "cannot read the operating model `\(name)` named by `operating_model:`: \(reason)",
                                                  file: source.name, help: "give a path relative to the questionnaire, or remove `operating_model:`")])
                }
            }
        } catch {
            diagnostics.append(contentsOf: error)
        }
        return (questionnaire, diagnostics, .questionnaire, document)
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
