/// `paradigm interview`. PLACEHOLDER: being built; replaced before it ships.
enum InterviewCommand {
    static let spec = CommandSpec(
        name: "interview",
        abstract: "Walk through the questionnaire in the terminal and write an answers file.",
        run: { _, _ throws(CommandError) in throw .usage("'paradigm interview' is not built yet.", command: "interview") })
}
