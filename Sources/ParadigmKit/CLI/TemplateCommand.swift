/// `paradigm template`: an answers file to fill in by hand, or the header row of a survey.
enum TemplateCommand {
    static let format = OptionSpec(
        ["--format"], .value, valueName: "format",
        help: "yaml: an answers file to fill in; csv: the header row of a survey, with a set-up note on standard error.",
        values: ["yaml", "csv"], defaultValue: "yaml")

    static let spec = CommandSpec(
        name: "template",
        abstract: "Write an answers file to fill in by hand, or the header row for a survey form.",
        discussion: """
            Lists every question with why it matters and the answers it accepts, as comments, each
            followed by an empty answer. Fill it in and pass it to 'paradigm brief'.

            With --format csv, writes the header row that 'paradigm import' reads (name, role,
            organisation, then one column per question id) and prints on standard error how to
            set up a Google, Microsoft or Typeform form whose export imports cleanly.
            """,
        options: [CommonOptions.output, CommonOptions.force, CommonOptions.questionnaire, format],
        run: { arguments, io throws(CommandError) in
            let questionnaire = try CommonOptions.questionnaire(arguments, io: io)
            if arguments.value(format.key) == "csv" {
                try CommonOptions.emit(SurveyTemplate.header(questionnaire), arguments, io: io)
                io.err(SurveyTemplate.note(questionnaire))
            } else {
                try CommonOptions.emit(AnswersTemplate.render(questionnaire), arguments, io: io)
            }
        })
}
