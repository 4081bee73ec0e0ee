import Foundation

/// `paradigm import`: a form tool's CSV export in, a folder of answers files out.
enum ImportCommand {
    static let output = OptionSpec(
        ["-o", "--output"], .value, valueName: "folder",
        help: "The folder to write one answers file per respondent into (required).", required: true)
    static let force = OptionSpec(["--force"], help: "Replace an output folder that already holds answers files.")
    static let delimiter = OptionSpec(
        ["--delimiter"], .value, valueName: "delimiter",
        help: "What separates the fields; 'auto' picks the one that splits the header row into the most columns.",
        values: ["auto", "comma", "semicolon", "tab"], defaultValue: "auto")
    static let skipColumn = OptionSpec(
        ["--skip-column"], .repeating, valueName: "title-or-letter",
        help: "Leave out a column, named by its title or its letter (F); repeatable.")

    /// The most a survey export may hold: about 40,000 respondents who wrote a lot.
    static let maximumInputBytes = 128 * 1024 * 1024

    static let spec = CommandSpec(
        name: "import",
        abstract: "Turn a survey export (CSV) into answers files.",
        discussion: """
            Reads the CSV that Google Forms, Microsoft Forms, Typeform or a spreadsheet exports and
            writes one answers file per respondent into a new folder, ready for
            'paradigm brief FOLDER'. Each column's title is a question id or the question's exact
            prompt, or one of name, role and organisation; answers may be option labels or ids.
            Timestamp and email columns that form tools add are left out with a note.

            Every cell is checked before anything is written: each problem is listed with its
            line and column in the file and its row and column as a spreadsheet shows them, and
            if there is any, nothing is written (exit 65). The folder appears complete or not at
            all. 'paradigm template --format csv' writes the header row to set up a form;
            docs/import.md explains the rest.
            """,
        arguments: [ArgumentSpec("responses", help: "The CSV file of responses; '-' reads standard input.")],
        options: [output, force, delimiter, skipColumn, CommonOptions.questionnaire],
        run: run)

    static func run(_ arguments: ParsedArguments, _ io: CommandIO) throws(CommandError) {
        guard let folder = arguments.value(output.key), !folder.isEmpty else {
            throw .usage("Missing expected option '-o <folder>'.", command: spec.name)
        }
        let path = arguments.positionals[0]
        let name = path == "-" ? "<stdin>" : path
        let chosen: CSVDelimiter? = arguments.value(delimiter.key).flatMap(CSVDelimiter.init(rawValue:))
        let questionnaire = try CommonOptions.questionnaire(arguments, io: io)
        let data = try read(path, io: io)
        let document: CSVDocument
        let imported: SurveyImport
        do {
            document = try CSVReader.read(data, name: name, delimiter: chosen)
            imported = try SurveyImporter.read(
                document, questionnaire: questionnaire, skipColumns: arguments.all(skipColumn.key))
        } catch {
            throw .data(error)
        }
        try checkTarget(folder, force: arguments.flag(force.key), io: io)
        let files = ImportedFiles.files(for: imported.respondents, from: name, questionnaire: questionnaire)
        let interruption = Interruption.catching()
        defer { interruption() }
        do {
            try AtomicFolder.write(files, to: io.resolve(folder), replacing: arguments.flag(force.key))
        } catch {
            throw FileAccess.failure(error, writing: folder, io: io)
        }

        if let note = document.detectedDelimiterNote { io.err("note: read \(name) \(note).\n") }
        for note in imported.notes { io.err("note: \(note)\n") }
        let count = imported.respondents.count
        var summary = "Imported \(count) respondent\(count == 1 ? "" : "s") into \(folder)"
        let blank = imported.blankRows.count
        if blank > 0 { summary += " (\(blank) blank row\(blank == 1 ? "" : "s") skipped)" }
        io.err(summary + ".\n")
    }

    /// Refuses an output that is a file, a folder whose parent is missing, or a folder that
    /// already holds files (unless `--force`, and then only answers files).
    private static func checkTarget(_ folder: String, force: Bool, io: CommandIO) throws(CommandError) {
        try FileAccess.requireFolder(of: folder, io: io)
        let full = io.resolve(folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw .cannotCreate("cannot write '\(folder)': it is a file, not a folder") }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []
        guard !contents.isEmpty else { return }
        guard force else {
            throw .cannotCreate(
                "'\(folder)' already holds \(contents.count) file\(contents.count == 1 ? "" : "s"); pass --force to "
                    + "replace the folder, or choose a new one"
            )
        }
        let strangers = contents.filter { entry in
            var entryIsFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(
                atPath: (full as NSString).appendingPathComponent(entry), isDirectory: &entryIsFolder)
            return !exists || entryIsFolder.boolValue || !(entry.hasSuffix(".yaml") || entry.hasSuffix(".yml"))
        }.sorted()
        if let first = strangers.first {
            throw .cannotCreate(
                "'\(folder)' holds '\(first)', which is not an answers file; --force only replaces a folder of "
                    + "answers files, so choose a new folder"
            )
        }
    }

    /// Reads the export (or standard input), refusing a missing file, a folder or a huge file.
    static func read(_ path: String, io: CommandIO) throws(CommandError) -> Data {
        try FileAccess.readData(path, io: io, limit: maximumInputBytes) { name in
            Diagnostics([
                Diagnostic(
                    .error,
                    "the file is larger than the \(maximumInputBytes / 1024 / 1024) MiB a survey export may hold",
                    file: name,
                    help: "split the export into several files and import each into its own folder")
            ])
        }
    }
}
