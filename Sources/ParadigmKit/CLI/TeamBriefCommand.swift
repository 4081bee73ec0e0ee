/// The team brief behind `paradigm brief a.yaml b.yaml ...`. PLACEHOLDER: being built.
enum TeamBriefCommand {
    static func run(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        throw .usage("team briefs are not built yet.", command: "brief")
    }
}
