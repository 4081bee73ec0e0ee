/// `paradigm compare`. PLACEHOLDER: being built; replaced before it ships.
enum CompareCommand {
    static let spec = CommandSpec(
        name: "compare",
        abstract: "Show how two assessments of the same organisation differ.",
        run: { _, _ throws(CommandError) in throw .usage("'paradigm compare' is not built yet.", command: "compare") })
}
