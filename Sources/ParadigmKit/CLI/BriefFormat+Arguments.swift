extension BriefFormat {
    /// The format of arguments that went through ``resolved(_:command:)``: `--format`'s value,
    /// Markdown without one.
    init(_ arguments: ParsedArguments) {
        self = arguments.value(BriefCommand.format.key).flatMap(BriefFormat.init(rawValue:)) ?? .markdown
    }

    /// The arguments with `--format` set: as given, or from the extension of `-o FILE` when it
    /// names a format. A `--format` that another format's extension contradicts is refused
    /// (exit 64) rather than writing, say, Markdown into `brief.pdf`.
    static func resolved(_ arguments: ParsedArguments, command: String) throws(CommandError) -> ParsedArguments {
        guard let path = arguments.value(CommonOptions.output.key), path != "-", let named = named(by: path) else {
            return arguments
        }
        let key = BriefCommand.format.key
        guard let given = arguments.value(key).flatMap(BriefFormat.init(rawValue:)) else {
            var resolved = arguments
            resolved.values[key] = [named.rawValue]
            return resolved
        }
        guard given.extensions.contains(where: { named.extensions.contains($0) }) else {
            let ext = path[path.index(after: path.lastIndex(of: ".") ?? path.startIndex)...]
            throw .usage(
                "'-o \(path)' names \(named.description), but '--format \(given.rawValue)' writes "
                    + "\(given.description); leave out '--format' to write \(named.description), or end the file "
                    + "name in .\(given.extensions[0]) rather than .\(ext).",
                command: command)
        }
        return arguments
    }
}
