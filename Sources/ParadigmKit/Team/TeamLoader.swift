import Foundation

/// Reads the answers files of a team brief: files and folders (a folder gives its `.yaml` and
/// `.yml` files, sorted by name, not its subfolders). Every file is read, parsed, validated and
/// scored in turn and then dropped, so a folder of many thousands of files needs one open file
/// at a time and little memory. All problems of all files are reported together.
enum TeamLoader {
    /// The answers files named by the command line's paths, in order, each once (a file named
    /// twice, directly or through its folder, gets a warning and counts once). Every missing or
    /// unreadable path is reported at once (exit 66).
    static func files(_ paths: [String], io: CommandIO) throws(CommandError) -> (files: [String], warnings: Diagnostics) {
        var files: [String] = []
        var missing: [String] = []
        var standardInputSeen = false
        for path in paths {
            if path == "-" {
                if standardInputSeen { throw .usage("standard input ('-') can be named only once.", command: "brief") }
                standardInputSeen = true
                files.append(path)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: io.resolve(path), isDirectory: &isFolder) else {
                missing.append("cannot read '\(path)': no such file or folder")
                continue
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: io.resolve(path))
            } catch {
                missing.append("cannot read the folder '\(path)': permission denied")
                continue
            }
            let answers = names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }.sorted()
            if answers.isEmpty {
                missing.append("the folder '\(path)' holds no answers files (*.yaml or *.yml)")
            }
            files += answers.map { (path as NSString).appendingPathComponent($0) }
        }
        if !missing.isEmpty { throw .noInput(missing.joined(separator: "\n")) }
        var seen: Set<String> = []
        var warnings = Diagnostics()
        let unique = files.filter { file in
            guard file != "-" else { return true }
            if seen.insert((io.resolve(file) as NSString).standardizingPath).inserted { return true }
            warnings.append(Diagnostic(.warning, "this file is named more than once; its answers count once", file: file))
            return false
        }
        return (unique, warnings)
    }

    /// Loads and scores every file into one team. Errors of every file are thrown together
    /// (exit 65); warnings are returned.
    static func load(
        _ files: [String], questionnaire: Questionnaire, io: CommandIO
    ) throws(CommandError) -> (team: TeamAssessment, warnings: Diagnostics) {
        var accumulator = TeamAccumulator(questionnaire: questionnaire)
        var problems = Diagnostics()
        var warnings = Diagnostics()
        var unreadable: [String] = []
        for file in files {
            do {
                let source = try FileAccess.readSource(file, io: io)
                let loaded = try load(source, questionnaire: questionnaire)
                warnings.append(contentsOf: loaded.warnings)
                accumulator.add(loaded.assessment)
            } catch {
                switch error {
                case .data(let diagnostics): problems.append(contentsOf: diagnostics)
                case .noInput(let message), .io(let message): unreadable.append(message)
                default: throw error
                }
            }
        }
        if !unreadable.isEmpty { throw .noInput(unreadable.joined(separator: "\n")) }
        if problems.hasErrors { throw .data(problems) }
        let team = accumulator.finish()
        try checkOrganisations(team)
        return (team, warnings)
    }

    private static func load(
        _ source: SourceFile, questionnaire: Questionnaire
    ) throws(CommandError) -> (assessment: Assessment, warnings: Diagnostics) {
        do {
            let loaded = try AnswersLoader.load(source, questionnaire: questionnaire)
            return (try Assessor.assess(loaded.answers, with: questionnaire), loaded.warnings)
        } catch {
            throw .data(error)
        }
    }

    /// A team brief describes one organisation: answers naming different organisations are an
    /// error, since averaging them would describe neither.
    static func checkOrganisations(_ team: TeamAssessment) throws(CommandError) {
        let names = team.organisations
        guard names.count > 1 else { return }
        var problems = Diagnostics()
        for name in names {
            let key = TeamAssessment.organisationKey(name)
            let files = team.members.filter { $0.organisation.map(TeamAssessment.organisationKey) == key }.map(\.sourceName)
            let shown = files.prefix(3).joined(separator: ", ") + (files.count > 3 ? " and \(files.count - 3) more" : "")
            problems.append(Diagnostic(
                .error, "these answers describe the organisation \"\(name)\" (\(shown))", file: files.first ?? "",
                help: "a team brief is for one organisation; correct the `organisation:` of the odd ones out, or brief each organisation separately"))
        }
        throw .data(problems)
    }
}
