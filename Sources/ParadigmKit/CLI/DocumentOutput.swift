/// The formats of `paradigm brief` beyond Markdown and JSON: a self-contained HTML page made
/// here, and DOCX or PDF made by pandoc and published by the command line's output rules.
enum DocumentOutput {
    /// Refuses, before any work, a DOCX or PDF that could not be made or written: no `-o FILE`
    /// (exit 64), a missing program (69), an output that exists without `--force` (73).
    static func check(_ arguments: ParsedArguments, io: CommandIO) throws(CommandError) {
        let format = BriefFormat(arguments)
        if format.isDocument, arguments.value(BriefCommand.charts.key) != nil {
            throw .usage(
                "'--charts' writes SVG files beside a Markdown brief; '--format \(format.rawValue)' cannot use them "
                    + "('--format html' shows the charts inline).", command: BriefCommand.spec.name)
        }
        guard let pandoc = format.pandoc else { return }
        guard let path = arguments.value(CommonOptions.output.key), path != "-" else {
            throw .usage(
                "'--format \(pandoc.rawValue)' writes a file; name it with '-o FILE'.", command: BriefCommand.spec.name)
        }
        try PandocExport.requireTools(for: pandoc, environment: io.environment)
        try FileAccess.checkOutput(path, force: arguments.flag(CommonOptions.force.key), io: io)
    }

    /// Writes a brief as the library made it: a DOCX or PDF made by pandoc from its Markdown,
    /// or its text (on a terminal, a Markdown brief's summary; see ``TerminalSummary``).
    static func emit(_ output: BriefOutput, _ arguments: ParsedArguments, io: CommandIO) throws(CommandError) {
        switch output {
        case .pandoc(let markdown, let format):
            let path = arguments.value(CommonOptions.output.key) ?? "-"
            let data = try PandocExport.convert(
                markdown, to: format, paper: paper(arguments, io: io), environment: io.environment)
            try FileAccess.write(data, to: path, force: arguments.flag(CommonOptions.force.key), io: io)
        case .text(let text):
            try CommonOptions.emit(TerminalSummary.text(text, arguments, io: io), arguments, io: io)
        }
    }

    /// The paper `--paper` names, or the locale's.
    static func paper(_ arguments: ParsedArguments, io: CommandIO) -> Paper {
        arguments.value(BriefCommand.paper.key).flatMap(Paper.init(rawValue:)) ?? Paper(locale: io.environment)
    }
}
