/// `paradigm template`: an answers file to fill in by hand.
enum TemplateCommand {
    static let spec = CommandSpec(
        name: "template",
        abstract: "Write an answers file to fill in by hand.",
        discussion: """
            Lists every question with why it matters and the answers it accepts, as comments, each
            followed by an empty answer. Fill it in and pass it to 'paradigm brief'.
            """,
        options: [CommonOptions.output, CommonOptions.force, CommonOptions.questionnaire],
        run: { arguments, io throws(CommandError) in
            let questionnaire = try CommonOptions.questionnaire(arguments, io: io)
            try CommonOptions.emit(AnswersTemplate.render(questionnaire), arguments, io: io)
        })
}
