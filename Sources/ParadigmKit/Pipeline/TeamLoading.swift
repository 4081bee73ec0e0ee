import Foundation

/// Reads a team's answers: every answers file and survey export is read, parsed, validated
/// and scored in turn and then dropped, so that many thousands of files need little memory. All
/// problems of all inputs are reported together.
struct TeamLoading: Sendable {
    /// Copies of one questionnaire, loaded separately, one per core that reads (see
    /// ``Parallel/map(_:contexts:minimumPerCore:_:)``); the first builds the team.
    let questionnaires: [Questionnaire]
    /// How inputs are read.
    let reader: AnswersReader
    /// How survey exports are read.
    let export: TeamBriefRequest.ExportReading

    /// Loads and scores every file into one team. Errors of every file are thrown together
    /// (``BriefError/data(_:)``); warnings are returned. `named` is the organisation the brief
    /// is for. Answers that give one name different answers are refused with every location,
    /// unless `latest`: then the files are read again, each respondent's earlier answers set
    /// aside (``latestOf(_:)``).
    func load(
        _ files: [String], organisation named: String? = nil, latest: Bool = false,
        setAside: [String: String] = [:]
    ) throws(BriefError) -> (team: TeamAssessment, warnings: Diagnostics) {
        let questionnaire = questionnaires[0]
        var accumulator = TeamAccumulator(questionnaire: questionnaire)
        accumulator.setAside = setAside
        var problems = Diagnostics()
        var warnings = Diagnostics()
        var unreadable: [String] = []
        func record(_ error: BriefError) throws(BriefError) {
            switch error {
            case .data(let diagnostics): problems.append(contentsOf: diagnostics)
            case .noInput(let message), .io(let message): unreadable.append(message)
            default: throw error
            }
        }
        func add(_ loaded: [LoadedFile]) throws(BriefError) {
            for result in loaded {
                switch result {
                case .success(let (entry, found)):
                    warnings.append(contentsOf: found)
                    accumulator.add(entry)
                case .failure(let error):
                    try record(error)
                }
            }
        }
        var run: [String] = []
        for file in files {
            guard Self.isSurveyExport(file) else {
                run.append(file)
                continue
            }
            try loadAnswersFiles(run, each: add)
            run.removeAll()
            do {
                let notes = try loadExport(file, into: &accumulator, problems: &problems)
                for note in notes { reader.note("\(file): \(note)") }
            } catch {
                try record(error)
            }
        }
        try loadAnswersFiles(run, each: add)
        if !unreadable.isEmpty { throw .noInput(unreadable.joined(separator: "\n")) }
        let conflicts = accumulator.submissions.conflicts
        if latest, setAside.isEmpty, !conflicts.isEmpty, !problems.hasErrors {
            return try load(files, organisation: named, latest: true, setAside: latestOf(conflicts))
        }
        problems.append(contentsOf: accumulator.conflicts)
        if let missing = accumulator.factsMissing { problems.append(missing) }
        if problems.hasErrors { throw .data(problems) }
        var team = accumulator.finish()
        warnings.append(contentsOf: Self.countedOnce(team))
        do {
            warnings.append(contentsOf: try team.checkOrganisations(named: named))
        } catch {
            throw .data(error)
        }
        team.namedOrganisation = named
        return (team, warnings)
    }

    /// One answers file read, checked and scored, with its warnings; or why it could not be.
    private typealias LoadedFile = Result<(entry: TeamAccumulator.Entry, warnings: Diagnostics), BriefError>

    /// Reads, checks and scores answers files on every core, a batch at a time, and hands each
    /// batch to `each` in order; a batch bounds the memory whatever the number of files. With
    /// more than one batch, the batches are read on a thread of their own, so that the cores read
    /// the next batch while `each` adds the one before to the team.
    private func loadAnswersFiles(
        _ files: [String], each: ([LoadedFile]) throws(BriefError) -> Void
    ) throws(BriefError) {
        let batchSize = SurveyImporter.batchSize
        @Sendable func load(_ batch: ArraySlice<String>) -> [LoadedFile] {
            Parallel.map(Array(batch), contexts: questionnaires, minimumPerCore: 32) { questionnaire, file in
                Result { () throws(BriefError) in
                    try Self.score(try reader.source(file), questionnaire: questionnaire)
                }
            }
        }
        guard files.count > batchSize else {
            if !files.isEmpty { try each(load(files[...])) }
            return
        }
        let batches = Handoff<LoadedFile, Never>(capacity: 2)
        let worker = Thread {
            for start in stride(from: 0, to: files.count, by: batchSize) {
                batches.put(load(files[start..<min(start + batchSize, files.count)]))
            }
            batches.close()
        }
        worker.start()
        // Every batch is taken, even after an error, so that the reader never waits for ever.
        var failure: BriefError?
        while let loaded = batches.next() {
            guard failure == nil else { continue }
            do { try each(loaded) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Whether a path names a survey export (`.csv`), read row by row rather than as answers.
    static func isSurveyExport(_ path: String) -> Bool { path.lowercased().hasSuffix(".csv") }

    /// Scores every row of a survey export into the team as it is read, so that 100,000 rows
    /// need neither 100,000 answers files nor the export's records in memory. Rows are read by
    /// the importer's rules (`paradigm import`); a row the model cannot score joins `problems`.
    /// Returns the importer's notes on what was left out.
    private func loadExport(
        _ path: String, into accumulator: inout TeamAccumulator, problems: inout Diagnostics
    ) throws(BriefError) -> [String] {
        let reading = export
        let bytes = try reader.export(path)
        // The note `paradigm import` gives on a detected delimiter other than a comma.
        let detected = reading.delimiter == nil ? CSVDelimiter.detect(in: bytes).detectedNote : nil
        let notes: [String]
        do throws(Diagnostics) {
            notes = try SurveyImporter.stream(
                bytes, name: path, questionnaires: questionnaires, delimiter: reading.delimiter,
                skipColumns: reading.skipColumns,
                score: { respondent, questionnaire in
                    Result { () throws(Diagnostics) in
                        try TeamAccumulator.Entry.scoring(respondent.answers, with: questionnaire)
                    }
                },
                each: { scored in
                    switch scored {
                    case .success(let entry): accumulator.add(entry)
                    case .failure(let error): problems.append(contentsOf: error)
                    }
                })
        } catch {
            throw .data(error)
        }
        return (detected.map { ["read \($0)"] } ?? []) + notes
    }

    /// One answers file loaded, scored and reduced to what the team keeps, with its warnings.
    private static func score(
        _ source: SourceFile, questionnaire: Questionnaire
    ) throws(BriefError) -> (entry: TeamAccumulator.Entry, warnings: Diagnostics) {
        do {
            let loaded = try AnswersLoader.load(source, questionnaire: questionnaire)
            return (try TeamAccumulator.Entry.scoring(loaded.answers, with: questionnaire), loaded.warnings)
        } catch {
            throw .data(error)
        }
    }
}
