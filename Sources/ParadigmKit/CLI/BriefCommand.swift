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
        ["--format"], .value, valueName: "format",
        help: "What to write: html needs nothing installed; docx and pdf run pandoc and need -o (docs/documents.md).",
        values: BriefFormat.allCases.map(\.rawValue), defaultValue: BriefFormat.markdown.rawValue)
    static let paper = OptionSpec(
        ["--paper"], .value, valueName: "paper",
        help: "The page size of a PDF and of the HTML page when printed.", values: Paper.allCases.map(\.rawValue),
        defaultValue: "the locale's (LC_PAPER, LANG; Letter without one)")
    static let anonymous = OptionSpec(
        ["--anonymous"], help: "In a team brief, name nobody and show no group of fewer than 3 people.")
    static let quotes = OptionSpec(
        ["--quotes"], help: "In a team brief, quote what respondents wrote under each theme (never with --anonymous).")
    static let organisation = OptionSpec(
        ["--organisation"], .value, valueName: "name",
        help: "The organisation the brief names; in a team brief, every respondent's answers count as this one's.")
    static let detail = OptionSpec(
        ["--detail"], .value, valueName: "detail",
        help:
            "concise: what a leader reads (the summary, the plan, the owners); full: also every check, answer and "
            + "trace, for the analyst.",
        values: BriefOptions.Detail.allCases.map(\.rawValue), defaultValue: BriefOptions.Detail.concise.rawValue)
    static let charts = OptionSpec(
        ["--charts"], .value, valueName: "folder",
        help: "In a team brief, also write SVG charts to this folder and link them.")

    static let spec = CommandSpec(
        name: "brief",
        abstract: "Write the recommendation brief for one or more answers files.",
        discussion: """
            Reads an answers file (see 'paradigm template'), scores the five candidate models (the
            four paradigms, subservient in each direction) and writes a Markdown brief with
            pandoc-compatible front matter: the recommendation with an honest confidence call,
            the answers behind it, today against the target element by element, a 90-day plan
            from the gaps, who owns each buying stage, questions for the offsite, and the method
            in brief. '--detail full' adds the paradigm texts, every check, every answer and the
            traces. Problems in the file are all listed with file:line:column.

            Every brief says how solid the recommendation is: the answers that would change
            it, how it stands up to different question importances, and what the unsure
            answers could do (docs/analysis.md). '--set QUESTION=ANSWER' scores the file as if
            that answer had been given (repeatable; multiple choice as q=a,b; 'q=' clears an
            answer; a bad --set exits 64). '--format json' writes the results as JSON
            (docs/json-format.md).

            Several answers files, or a folder of them, give one team brief for a leadership
            offsite: the group result, each respondent and role side by side, agreement
            (Kendall's W), the perception gap, facts to settle and the agenda. All files'
            problems are listed together. Spellings of one organisation that differ only in case,
            punctuation, spaces or a legal suffix (Inc., Ltd, GmbH, LLC, plc) count as one, with a
            warning; answers naming different organisations are refused, unless '--organisation
            NAME' says which one the brief is for. A copied answers file or an export row
            submitted twice (same name, same answers) counts once, with a warning; two different
            answers under one name are refused with both locations, unless '--latest' keeps each
            respondent's latest (the file modified last; within one export, the later row).
            Free-text answers are grouped into themes and counted by role; '--quotes' also
            quotes them, and cannot be used with '--anonymous'.
            '--anonymous' names nobody, lists nobody one by one and shows no group of fewer than
            3 people: smaller roles are merged into executives or practitioners (their level in
            the questionnaire), or the team is shown only as a whole, and the brief says which.
            '--charts DIR' adds two SVG charts, '--format slides' writes a pandoc slide deck, and
            '--format runsheet' the facilitator's run sheet alone: the offsite time-boxed, each item
            with the decision to reach, who decides without consensus and the output
            (docs/team-brief.md).

            On a terminal, without '-o', only the executive summary is shown, with how to get the
            whole brief; piped, or with '-o -', the whole brief is written.
            Without '--format', a file '-o' names ending in .md, .html, .docx, .pdf or .json gets
            that format; a '--format' its extension contradicts is refused (exit 64).
            '--format html' writes one self-contained page (charts inline, a print stylesheet for
            the browser's print-to-PDF) and needs nothing installed. '--format docx' and
            '--format pdf' run pandoc (and pdflatex for PDF) and write the file '-o' names; when
            they are missing, the error says what to install and the exit code is 69
            (docs/documents.md). A survey export
            (a .csv file, as 'paradigm import' reads it) gives a team brief of its rows directly,
            one respondent a row, without writing answers files first; '--delimiter' and
            '--skip-column' read it as they do for 'paradigm import'.
            """,
        arguments: [
            ArgumentSpec(
                "answers", help: "Answers files, folders or survey exports (.csv); '-' reads standard input.",
                repeating: true)
        ],
        options: [
            CommonOptions.output, CommonOptions.force, date, CommonOptions.questionnaire, set, format, paper, detail,
            anonymous,
            quotes, charts, organisation, TeamBriefCommand.latest, ImportCommand.delimiter, ImportCommand.skipColumn,
        ],
        run: run)

    static func run(_ given: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        let arguments = try BriefFormat.resolved(given, command: spec.name)
        let readsExports =
            arguments.value(ImportCommand.delimiter.key) != nil
            || !arguments.all(ImportCommand.skipColumn.key).isEmpty
        if readsExports, !arguments.positionals.contains(where: TeamLoading.isSurveyExport) {
            throw .usage(
                "'--delimiter' and '--skip-column' read survey exports (.csv files), and none is named.",
                command: spec.name)
        }
        if isTeamBrief(arguments, io: io) {
            try TeamBriefCommand.run(arguments, io)
        } else {
            try runSingle(arguments, io)
        }
    }

    /// A team brief: several inputs, a folder, a survey export (`.csv`), or an option only team
    /// briefs have.
    static func isTeamBrief(_ arguments: ParsedArguments, io: CommandIO) -> Bool {
        if arguments.positionals.count > 1 || BriefFormat(arguments).isTeamOutput
            || arguments.flag(anonymous.key) || arguments.flag(quotes.key) || arguments.value(charts.key) != nil
        {
            return true
        }
        guard let path = arguments.positionals.first, path != "-" else { return false }
        if TeamLoading.isSurveyExport(path) { return true }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: io.resolve(path), isDirectory: &isFolder) && isFolder.boolValue
    }

    /// One respondent's brief in the format asked for; `--set` overrides answers.
    static func runSingle(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        var request = BriefRequest(
            format: BriefFormat(arguments), options: BriefOptions(date: try briefDate(arguments)))
        try DocumentOutput.check(arguments, io: io)
        let maker = BriefMaker(questionnaire: try CommonOptions.questionnaire(arguments, io: io))
        let source = try FileAccess.readSource(arguments.positionals[0], io: io)
        request.options.detail = arguments.value(detail.key).flatMap(BriefOptions.Detail.init(rawValue:)) ?? .concise
        request.organisation = arguments.value(organisation.key)
        request.overrides = arguments.all(set.key)
        request.paper = DocumentOutput.paper(arguments, io: io)
        let output: BriefOutput
        do throws(BriefError) {
            let loaded = try maker.answers(source)
            CommonOptions.warn(loaded.warnings, io: io)
            output = try maker.brief(loaded.answers, request)
        } catch {
            throw CommandError(error, command: spec.name)
        }
        try DocumentOutput.emit(output, arguments, io: io)
    }

    /// `--date` checked as a real calendar date, or today's date.
    static func briefDate(_ arguments: ParsedArguments, command: String = spec.name) throws(CommandError) -> String {
        guard let text = arguments.value(date.key) else { return CalendarDate.today().text }
        guard CalendarDate(text) != nil else {
            throw .usage(
                "The value '\(text)' is invalid for '--date <yyyy-mm-dd>'; write a date such as 2026-03-31.",
                command: command)
        }
        return text
    }
}
