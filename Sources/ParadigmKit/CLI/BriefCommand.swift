import Foundation

/// `paradigm brief`: answers in, the recommendation brief out.
enum BriefCommand {
    static let date = OptionSpec(
        ["--date"], .value, valueName: "yyyy-mm-dd",
        help: "The date printed in the brief, so that the same answers give the same bytes.", defaultValue: "today")

    static let spec = CommandSpec(
        name: "brief",
        abstract: "Write the recommendation brief for an answers file.",
        discussion: """
            Reads an answers file (see 'paradigm template'), scores the four paradigms and writes a
            Markdown brief with pandoc-compatible front matter: the recommendation, scores, the
            answers behind them, readiness gaps, a first-90-days roadmap, questions for the
            offsite, and the method. Problems in the file are all listed with file:line:column.
            """,
        arguments: [ArgumentSpec("answers", help: "The answers file; '-' reads standard input.")],
        options: [CommonOptions.output, CommonOptions.force, date, CommonOptions.questionnaire],
        run: run)

    static func run(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
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
