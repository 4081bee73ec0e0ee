import Foundation

/// The team brief behind `paradigm brief a.yaml b.yaml ...` or `paradigm brief answers/`:
/// every file is loaded and scored, all problems are reported together, and one brief (or
/// slide deck) comes out, with SVG charts beside it on request.
enum TeamBriefCommand {
    static let latest = OptionSpec(
        ["--latest"],
        help: "In a team brief, count each respondent's latest answers when one name gives different answers "
            + "(the file modified last; within one export, the later row).")

    static func run(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        if !arguments.all(BriefCommand.set.key).isEmpty {
            throw .usage(
                "'--set' asks what one respondent's brief would say; it cannot be used in a team brief.",
                command: BriefCommand.spec.name)
        }
        if arguments.flag(BriefCommand.quotes.key), arguments.flag(BriefCommand.anonymous.key) {
            throw .usage(
                "'--quotes' shows what respondents wrote, which can identify them; it cannot be used with "
                    + "'--anonymous'.",
                command: BriefCommand.spec.name)
        }
        var request = TeamBriefRequest(
            format: BriefFormat(arguments),
            options: TeamBriefOptions(
                date: try BriefCommand.briefDate(arguments), anonymous: arguments.flag(BriefCommand.anonymous.key)))
        try DocumentOutput.check(arguments, io: io)
        // One copy of the questionnaire per core, each loaded on its own (see Parallel.map).
        let questionnaires = try (0..<Parallel.cores).map { _ throws(CommandError) in
            try CommonOptions.questionnaire(arguments, io: io)
        }
        let inputs = try TeamLoader.files(arguments.positionals, io: io)
        try refuseExistingOutput(arguments, io: io)
        request.export = TeamBriefRequest.ExportReading(
            delimiter: arguments.value(ImportCommand.delimiter.key).flatMap(CSVDelimiter.init(rawValue:)),
            skipColumns: arguments.all(ImportCommand.skipColumn.key))
        request.organisation = arguments.value(BriefCommand.organisation.key)
        request.latest = arguments.flag(latest.key)
        request.options.quotes = arguments.flag(BriefCommand.quotes.key)
        request.paper = DocumentOutput.paper(arguments, io: io)
        let folder = arguments.value(BriefCommand.charts.key)
        if let folder { request.options.charts = chartLinks(in: folder, arguments, io: io) }
        let maker = BriefMaker(questionnaire: questionnaires[0], copies: questionnaires)
        let brief: TeamBrief
        do {
            brief = try maker.teamBrief(inputs.files, reader: .files(io: io), request)
        } catch {
            throw CommandError(error, command: BriefCommand.spec.name)
        }
        var warnings = inputs.warnings
        warnings.append(contentsOf: brief.warnings)
        CommonOptions.warn(warnings, io: io)
        guard let folder, case .text(let text) = brief.output else {
            return try DocumentOutput.emit(brief.output, arguments, io: io)
        }
        try publish(text, with: try chartFiles(brief.charts, in: folder, io: io), arguments, io: io)
    }

    /// The charts of a brief: their files, and the folder made for them (removed again if the
    /// set cannot be written).
    struct Charts {
        var files: [(path: String, data: Data)]
        /// The files' paths as the command line names them, for messages.
        var shown: [String]
        var madeFolder: String?
    }

    /// Writes the brief and its charts as one set: both appear, or neither does. A brief on
    /// standard output comes after the charts, which are taken back if it cannot be written.
    private static func publish(
        _ text: String, with charts: Charts, _ arguments: ParsedArguments, io: CommandIO
    )
        throws(CommandError)
    {
        let force = arguments.flag(CommonOptions.force.key)
        var files = charts.files
        var shown = charts.shown
        let output = arguments.value(CommonOptions.output.key).flatMap { $0 == "-" ? nil : $0 }
        if let output {
            try FileAccess.requireFolder(of: output, io: io)
            files.append((io.resolve(output), Data(text.utf8)))
            shown.append(output)
        }
        for path in shown { try FileAccess.refuseInput(path, io: io) }
        let interruption = Interruption.catching()
        defer { interruption() }
        do {
            try AtomicFileSet.write(files, replacing: force) { () throws(AtomicWriteError) in
                guard output == nil else { return }
                io.out(text)
                if let failure = io.writeFailure() { throw AtomicWriteError(.write, failure) }
            }
        } catch {
            if let made = charts.madeFolder { rmdir(made) }
            guard let index = files.firstIndex(where: { $0.path == error.path }) else {
                throw .io(error.message)  // standard output failed, and the charts were taken back
            }
            throw FileAccess.failure(error, writing: shown[index], io: io)
        }
    }
    /// Fails before anything is written when the brief's output exists and `--force` is absent,
    /// so that a refused brief leaves no charts behind either.
    private static func refuseExistingOutput(_ arguments: ParsedArguments, io: CommandIO) throws(CommandError) {
        guard let path = arguments.value(CommonOptions.output.key), path != "-" else { return }
        try FileAccess.checkOutput(path, force: arguments.flag(CommonOptions.force.key), io: io)
    }

    /// Where the charts in `folder` are, relative to the brief's folder.
    static func chartLinks(in folder: String, _ arguments: ParsedArguments, io: CommandIO) -> TeamChartLinks {
        let full = io.resolve(folder)
        let briefFolder: String
        if let output = arguments.value(CommonOptions.output.key), output != "-" {
            briefFolder = (io.resolve(output) as NSString).deletingLastPathComponent
        } else {
            briefFolder = io.currentDirectory
        }
        func link(_ name: String) -> String {
            relativePath(from: briefFolder, to: (full as NSString).appendingPathComponent(name))
        }
        return TeamChartLinks(
            scoresByRole: link(TeamCharts.scoresByRoleName), perceptionGap: link(TeamCharts.perceptionGapName))
    }

    /// The chart files of a brief for `folder` (made now if its parent exists).
    static func chartFiles(
        _ charts: [(name: String, svg: String)], in folder: String, io: CommandIO
    ) throws(CommandError) -> Charts {
        let full = io.resolve(folder)
        var made: String?
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw .cannotCreate("cannot write charts to '\(folder)': it is a file, not a folder")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: false)
                made = full
            } catch {
                throw .cannotCreate(
                    "cannot create the chart folder '\(folder)': its parent folder does not exist or is not writable")
            }
        }
        return Charts(
            files: charts.map { ((full as NSString).appendingPathComponent($0.name), Data($0.svg.utf8)) },
            shown: charts.map { (folder as NSString).appendingPathComponent($0.name) },
            madeFolder: made)
    }

    /// A relative path from a folder to a file, both absolute: `charts/gap.svg`, `../charts/gap.svg`.
    static func relativePath(from folder: String, to file: String) -> String {
        let from = components(folder)
        let to = components(file)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let path = (ups + to[common...]).joined(separator: "/")
        // Parentheses are allowed in URL paths, but a `)` would end a Markdown link early.
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "()")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    private static func components(_ path: String) -> [String] {
        var result: [String] = []
        for part in (path as NSString).standardizingPath.split(separator: "/") where part != "." {
            if part == "..", !result.isEmpty { result.removeLast() } else { result.append(String(part)) }
        }
        return result
    }
}
