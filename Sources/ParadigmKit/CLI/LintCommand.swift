import Foundation

/// `paradigm lint`: checks a questionnaire (the built-in one or a custom file) and its paradigm
/// texts, or prints it in plain language with `--outline`.
enum LintCommand {
    static let outline = OptionSpec(
        ["--outline"],
        help:
            "Print the questionnaire in plain language (sections, questions, conditions, leanings, gates) instead of "
            + "checking it."
    )

    static let spec = CommandSpec(
        name: "lint",
        abstract: "Check a questionnaire file for mistakes.",
        discussion: """
            Checks a questionnaire and the paradigm texts its 'texts:' names: the schema (ids, keys,
            weights, conditions), the wording (no empty or placeholder text), conditions that can
            never hold, gates that never fire, bands no number falls into, weights that never
            count, and whether every paradigm, and both subservient directions, can be the
            recommendation for some set of answers. Every finding is listed with
            file:line:column. A paradigm-text file can be checked on its own too.

            Exits 65 if there is any error, 0 if there are only warnings (printed on standard
            error) or none. See docs/lint.md.
            """,
        arguments: [
            ArgumentSpec(
                "questionnaire",
                help: "The questionnaire to check (default: the built-in one); '-' reads standard input.",
                optional: true)
        ],
        options: [outline],
        run: run)

    static func run(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        let (source, texts) = try input(arguments.positionals.first, io: io)
        if arguments.flag(outline.key) {
            let loaded = QuestionnaireLinter.load(source, texts: texts)
            guard loaded.subject == .questionnaire else {
                throw .data(
                    Diagnostics([
                        Diagnostic(
                            .error, "this is a paradigm-text file, not a questionnaire, so it has no outline",
                            file: source.name, help: "pass the questionnaire that names it with `texts:`")
                    ]))
            }
            guard let questionnaire = loaded.questionnaire else { throw .data(loaded.diagnostics) }
            io.out(QuestionnaireOutline.render(questionnaire))
            return
        }
        let report = QuestionnaireLinter.lint(source, texts: texts)
        if report.hasErrors { throw .data(report.diagnostics) }
        if report.diagnostics.isEmpty {
            io.out(report.summary)
        } else {
            io.err(report.diagnostics.rendered + report.summary)
        }
    }

    /// The file to check and how to read the paradigm texts it names: relative to the file, or
    /// the built-in pair when no file is given.
    private static func input(
        _ path: String?, io: CommandIO
    ) throws(CommandError) -> (SourceFile, (String) -> TextsLookup) {
        guard let path else {
            let texts = SourceFile(name: EmbeddedData.textsName, text: EmbeddedData.texts)
            let model = SourceFile(name: EmbeddedData.operatingModelName, text: EmbeddedData.operatingModel)
            return (
                SourceFile(name: EmbeddedData.questionnaireName, text: EmbeddedData.questionnaire),
                { name in
                    name.hasSuffix("operating-model.yaml") ? .found(model) : .found(texts)
                }
            )
        }
        let source = try FileAccess.readSource(path, io: io)
        let folder = path == "-" ? "" : (path as NSString).deletingLastPathComponent
        return (
            source,
            { textsPath in
                let relative =
                    textsPath.hasPrefix("/") || folder.isEmpty
                    ? textsPath : (folder as NSString).appendingPathComponent(textsPath)
                do throws(CommandError) {
                    return .found(try FileAccess.readSource(relative, io: io))
                } catch {
                    switch error {
                    case .data(let diagnostics): return .malformed(diagnostics)
                    case .noInput(let message), .io(let message), .cannotCreate(let message), .unavailable(let message),
                        .usage(let message, _):
                        return .unreadable(message)
                    case .interrupted: return .unreadable("interrupted")
                    }
                }
            }
        )
    }
}
