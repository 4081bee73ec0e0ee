/// `paradigm import`. PLACEHOLDER: being built; replaced before it ships.
enum ImportCommand {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Turn a survey export (CSV) into answers files.",
        run: { _, _ throws(CommandError) in throw .usage("'paradigm import' is not built yet.", command: "import") })
}
