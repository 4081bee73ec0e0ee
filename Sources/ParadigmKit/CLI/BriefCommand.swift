import Foundation

/// `paradigm brief`: answers in, the recommendation brief out.
enum BriefCommand {
    static let date = OptionSpec(
        ["--date"], .value, valueName: "yyyy-mm-dd",
        help: "The date printed in the brief, so that the same answers give the same bytes.", defaultValue: "today")

    static let set = OptionSpec(
        ["--set"], .repeating, valueName: "question=answer",
        help: "Score as if this answer had been given (what-if); repeatable, validated like the file.")
    static let format = OptionSpec(
        ["--format"], .value, valueName: "format", help: "What to write.",
        values: ["markdown", "json", "slides"], defaultValue: "markdown")
    static let anonymous = OptionSpec(["--anonymous"], help: "In a team brief, show respondents by role instead of by name.")
    static let charts = OptionSpec(
        ["--charts"], .value, valueName: "folder", help: "In a team brief, also write SVG charts to this folder and link them.")

    static let spec = CommandSpec(
        name: "brief",
        abstract: "Write the recommendation brief for one or more answers files.",
        discussion: """
            Reads an answers file (see 'paradigm template'), scores the four paradigms and writes a
            Markdown brief with pandoc-compatible front matter: the recommendation, scores, the
            answers behind them, readiness gaps, a first-90-days roadmap, questions for the
            offsite, and the method. Problems in the file are all listed with file:line:column.

            Several answers files, or a folder of them, give one team brief for a leadership
            offsite: the group result, each respondent and role side by side, the perception gap
            and the agenda.
            """,
        arguments: [ArgumentSpec("answers", help: "Answers files or folders; '-' reads standard input.", repeating: true)],
        options: [CommonOptions.output, CommonOptions.force, date, CommonOptions.questionnaire, set, format, anonymous, charts],
        run: run)

    static func run(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        if isTeamBrief(arguments, io: io) {
            try TeamBriefCommand.run(arguments, io)
        } else {
            try runSingle(arguments, io)
        }
    }

    /// A team brief: several inputs, a folder, or an option only team briefs have.
    static func isTeamBrief(_ arguments: ParsedArguments, io: CommandIO) -> Bool {
        if arguments.positionals.count > 1 || arguments.value(format.key) == "slides"
            || arguments.flag(anonymous.key) || arguments.value(charts.key) != nil {
            return true
        }
        guard let path = arguments.positionals.first, path != "-" else { return false }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: io.resolve(path), isDirectory: &isFolder) && isFolder.boolValue
    }

    /// One respondent's brief.
    static func runSingle(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        let dateText = try briefDate(arguments)
        let questionnaire = try CommonOptions.questionnaire(arguments, io: io)
        let path = arguments.positionals[0]
        let source = try FileAccess.readSource(path, io: io)
        let loaded: (answers: Answers, warnings: Diagnostics)
        let assessment: Assessment
        do {
            loaded = try AnswersLoader.load(source, questionnaire: questionnaire)
            assessment = try Assessor.assess(loaded.answers, with: questionnaire)
        } catch {
            throw .data(error)
        }
        CommonOptions.warn(loaded.warnings, io: io)
        let brief = BriefRenderer(assessment: assessment, options: BriefOptions(date: dateText)).render()
        try CommonOptions.emit(brief, arguments, io: io)
    }

    /// `--date` checked as a real calendar date, or today's date.
    static func briefDate(_ arguments: ParsedArguments) throws(CommandError) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        guard let text = arguments.value(date.key) else { return formatter.string(from: Date()) }
        guard text.count == 10, let parsed = formatter.date(from: text), formatter.string(from: parsed) == text else {
            throw .usage("The value '\(text)' is invalid for '--date <yyyy-mm-dd>'; write a date such as 2026-03-31.", command: spec.name)
        }
        return text
    }
}
