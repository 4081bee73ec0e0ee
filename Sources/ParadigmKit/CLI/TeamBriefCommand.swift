import Foundation

/// The team brief behind `paradigm brief a.yaml b.yaml ...` or `paradigm brief answers/`:
/// every file is loaded and scored, all problems are reported together, and one brief (or
/// slide deck) comes out, with SVG charts beside it on request.
enum TeamBriefCommand {
    static func run(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        if !arguments.all(BriefCommand.set.key).isEmpty {
            throw .usage("'--set' asks what one respondent's brief would say; it cannot be used in a team brief.", command: BriefCommand.spec.name)
        }
        let format = arguments.value(BriefCommand.format.key) ?? "markdown"
        let dateText = try BriefCommand.briefDate(arguments)
        // One copy of the questionnaire per core, each loaded on its own (see Parallel.map).
        let questionnaires = try (0..<Parallel.cores).map { _ throws(CommandError) in try CommonOptions.questionnaire(arguments, io: io) }
        let inputs = try TeamLoader.files(arguments.positionals, io: io)
        try refuseExistingOutput(arguments, io: io)
        let export = TeamLoader.ExportReading(
            delimiter: arguments.value(ImportCommand.delimiter.key).flatMap(CSVDelimiter.init(rawValue:)),
            skipColumns: arguments.all(ImportCommand.skipColumn.key))
        let loaded = try TeamLoader.load(
            inputs.files, questionnaires: questionnaires, organisation: arguments.value(BriefCommand.organisation.key),
            export: export, io: io)
        var warnings = inputs.warnings
        warnings.append(contentsOf: loaded.warnings)
        CommonOptions.warn(warnings, io: io)
        let team = loaded.team
        var options = TeamBriefOptions(date: dateText, anonymous: arguments.flag(BriefCommand.anonymous.key))
        if let folder = arguments.value(BriefCommand.charts.key) {
            options.charts = try writeCharts(team, to: folder, arguments, io: io)
        }
        let text = switch format {
        case "slides": TeamSlidesRenderer(team: team, options: options).render()
        case "json": TeamJSON(team: team, options: options).render()
        default: TeamBriefRenderer(team: team, options: options).render()
        }
        try CommonOptions.emit(text, arguments, io: io)
    }

    /// Fails before anything is written when the brief's output exists and `--force` is absent,
    /// so that a refused brief leaves no charts behind either.
    private static func refuseExistingOutput(_ arguments: ParsedArguments, io: CommandIO) throws(CommandError) {
        guard let path = arguments.value(CommonOptions.output.key), path != "-", !arguments.flag(CommonOptions.force.key),
              FileManager.default.fileExists(atPath: io.resolve(path))
        else { return }
        throw .cannotCreate("'\(path)' already exists; pass --force to replace it")
    }

    /// Writes both charts into `folder` (created if its parent exists), each atomically, and
    /// returns their paths relative to the brief's folder.
    static func writeCharts(_ team: TeamAssessment, to folder: String, _ arguments: ParsedArguments, io: CommandIO) throws(CommandError) -> TeamChartLinks {
        let full = io.resolve(folder)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .cannotCreate("cannot write charts to '\(folder)': it is a file, not a folder") }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: false)
            } catch {
                throw .cannotCreate("cannot create the chart folder '\(folder)': its parent folder does not exist or is not writable")
            }
        }
        let force = arguments.flag(CommonOptions.force.key)
        let scores = (folder as NSString).appendingPathComponent(TeamCharts.scoresByRoleName)
        let gap = (folder as NSString).appendingPathComponent(TeamCharts.perceptionGapName)
        try FileAccess.write(TeamCharts.scoresByRole(team), to: scores, force: force, io: io)
        try FileAccess.write(TeamCharts.perceptionGap(team), to: gap, force: force, io: io)
        let briefFolder: String
        if let output = arguments.value(CommonOptions.output.key), output != "-" {
            briefFolder = (io.resolve(output) as NSString).deletingLastPathComponent
        } else {
            briefFolder = io.currentDirectory
        }
        return TeamChartLinks(
            scoresByRole: relativePath(from: briefFolder, to: io.resolve(scores)),
            perceptionGap: relativePath(from: briefFolder, to: io.resolve(gap)))
    }

    /// A relative path from a folder to a file, both absolute: `charts/gap.svg`, `../charts/gap.svg`.
    static func relativePath(from folder: String, to file: String) -> String {
        let from = components(folder), to = components(file)
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let path = (ups + to[common...]).joined(separator: "/")
        return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    private static func components(_ path: String) -> [String] {
        var result: [String] = []
        for part in (path as NSString).standardizingPath.split(separator: "/") where part != "." {
            if part == "..", !result.isEmpty { result.removeLast() } else { result.append(String(part)) }
        }
        return result
    }
}
