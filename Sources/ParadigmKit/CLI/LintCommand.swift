/// `paradigm lint`. PLACEHOLDER: being built; replaced before it ships.
enum LintCommand {
    static let spec = CommandSpec(
        name: "lint",
        abstract: "Check a questionnaire file for mistakes.",
        run: { _, _ throws(CommandError) in throw .usage("'paradigm lint' is not built yet.", command: "lint") })
}
