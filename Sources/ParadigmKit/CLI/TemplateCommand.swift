/// `paradigm template`: an answers file to fill in by hand, or the header row of a survey.
enum TemplateCommand {
    static let format = OptionSpec(
        ["--format"], .value, valueName: "format",
        help: "yaml: an answers file to fill in; csv: the header row of a survey, with a set-up note on standard "
            + "error; html: a form to fill in in a browser.",
        values: TemplateFormat.allCases.map(\.rawValue), defaultValue: TemplateFormat.yaml.rawValue)
    static let organisation = OptionSpec(
        ["--organisation"], .value, valueName: "name",
        help: "With --format html: the organisation the form starts with.")

    static let spec = CommandSpec(
        name: "template",
        abstract: "Write an answers file to fill in by hand, a form to fill in in a browser, or a survey's header row.",
        discussion: """
            Lists every question with why it matters and the answers it accepts, as comments, each
            followed by an empty answer. Fill it in and pass it to 'paradigm brief'.

            With --format csv, writes the header row that 'paradigm import' reads (name, role,
            organisation, then one column per question id) and prints on standard error how to
            set up a Google, Microsoft or Typeform form whose export imports cleanly.

            With --format html, writes one self-contained HTML page (no network, no external files)
            that asks the questions in a browser, with help, conditions, checks and a review, keeps
            the answers in the browser as they are given, and downloads them as an ordinary answers
            file named <organisation>-<name>.yaml (or copies its text). --organisation NAME fills in
            the organisation. See docs/browser-form.md.
            """,
        options: [CommonOptions.output, CommonOptions.force, CommonOptions.questionnaire, format, organisation],
        run: { arguments, io throws(CommandError) in
            let questionnaire = try CommonOptions.questionnaire(arguments, io: io)
            let chosen = arguments.value(format.key).flatMap(TemplateFormat.init(rawValue:)) ?? .yaml
            let named = arguments.value(organisation.key)
            if named != nil, chosen != .html {
                throw .usage("The option '--organisation' goes with '--format html'.", command: "template")
            }
            try CommonOptions.emit(chosen.render(questionnaire, organisation: named), arguments, io: io)
            if chosen == .csv { io.err(SurveyTemplate.note(questionnaire)) }
        })
}
