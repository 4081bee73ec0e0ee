/// `paradigm compare`: two answers files of one organisation, and what moved between them.
enum CompareCommand {
    static let date = OptionSpec(
        ["--date"], .value, valueName: "yyyy-mm-dd",
        help: "The date printed in the report, so that the same files give the same bytes.", defaultValue: "today")
    static let format = OptionSpec(
        ["--format"], .value, valueName: "format", help: "What to write.",
        values: ComparisonFormat.allCases.map(\.rawValue),
        defaultValue: ComparisonFormat.markdown.rawValue)

    static let spec = CommandSpec(
        name: "compare",
        abstract: "Show how two assessments of the same organisation differ.",
        discussion: """
            Scores two answers files with the same questionnaire (for instance last year's and
            this year's) and writes how the recommendation and each paradigm's fit and as-is
            scores moved, and which changed answers moved them most. Each answer's share is its
            Shapley value, so the shares add up to the total change (see docs/analysis.md).

            Example: paradigm compare Examples/compare/meridian-2025.yaml Examples/compare/meridian-2026.yaml
            """,
        arguments: [
            ArgumentSpec("before", help: "The earlier answers file; '-' reads standard input."),
            ArgumentSpec("after", help: "The later answers file."),
        ],
        options: [CommonOptions.output, CommonOptions.force, date, CommonOptions.questionnaire, format],
        run: run)

    static func run(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        guard arguments.positionals.count == 2 else {
            throw .usage(
                "'paradigm compare' takes two answers files, BEFORE and AFTER; found \(arguments.positionals.count).",
                command: spec.name)
        }
        if arguments.positionals[0] == "-", arguments.positionals[1] == "-" {
            throw .usage("Only one of BEFORE and AFTER can be '-' (standard input).", command: spec.name)
        }
        let date = try BriefCommand.briefDate(arguments, command: spec.name)
        let questionnaire = try CommonOptions.questionnaire(arguments, io: io)
        var assessments: [Assessment] = []
        var problems = Diagnostics()
        for path in arguments.positionals {
            let source = try FileAccess.readSource(path, io: io)
            do {
                let loaded = try AnswersLoader.load(source, questionnaire: questionnaire)
                CommonOptions.warn(loaded.warnings, io: io)
                assessments.append(try Assessor.assess(loaded.answers, with: questionnaire))
            } catch {
                problems.append(contentsOf: error)
            }
        }
        guard problems.isEmpty, assessments.count == 2 else { throw .data(problems) }
        let names = assessments.map { $0.answers.respondent.organisation?.trimmingWhitespace() ?? "" }
        if !names[0].isEmpty, !names[1].isEmpty, names[0] != names[1] {
            io.err(
                "warning: the two files describe different organisations (\(names[0]); \(names[1])); compare answers "
                    + "of one organisation\n"
            )
        }
        let comparison = Comparison.compare(assessments[0], assessments[1])
        let chosen = arguments.value(format.key).flatMap(ComparisonFormat.init(rawValue:)) ?? .markdown
        try CommonOptions.emit(chosen.render(comparison, date: date), arguments, io: io)
    }
}
