import Foundation

/// Turns a survey export (a ``CSVDocument`` with a header row) into answers, validating every
/// cell with ``AnswerReader``, the same rule answers files go through. All problems are
/// reported together, each with its spreadsheet row and column, and nothing is returned unless
/// every row is right.
package enum SurveyImporter {
    /// Reads every row of `document` against `questionnaire`. `skipColumns` names columns (by
    /// title or by letter) to leave out.
    package static func read(
        _ document: CSVDocument, questionnaire: Questionnaire, skipColumns: [String] = []
    ) throws(Diagnostics) -> SurveyImport {
        var rows = SurveyRows(document: document, questionnaire: questionnaire, skipColumns: skipColumns)
        var respondents: [ImportedRespondent] = []
        for record in document.records {
            if let respondent = rows.read(record) { respondents.append(respondent) }
        }
        let summary = try rows.finish()
        return SurveyImport(respondents: respondents, blankRows: summary.blankRows, notes: summary.notes)
    }

    /// Reads a survey export straight from its bytes without holding its records: rows are read
    /// in batches, each batch validated and passed through `score` on every core, and the results
    /// handed to `each` in row order. `questionnaires` are copies of one questionnaire, one per
    /// core, loaded separately (see ``Parallel/map(_:contexts:minimumPerCore:_:)``). A team brief
    /// over 100,000 rows keeps only the file, a few batches and its running totals. Every
    /// problem, of the CSV or of any row, is thrown at the end (after `each` has seen the rows
    /// that read); the caller must then discard what it built. Returns the notes on what was
    /// left out. `delimiter` and `skipColumns` are `paradigm import`'s `--delimiter` (`nil` to
    /// detect it) and `--skip-column`.
    package static func stream<Scored: Sendable>(
        _ bytes: [UInt8], name: String, questionnaires: [Questionnaire], delimiter: CSVDelimiter? = nil,
        skipColumns: [String] = [],
        score: @escaping @Sendable (ImportedRespondent, Questionnaire) -> Scored, each: (Scored) -> Void
    ) throws(Diagnostics) -> [String] {
        let file = try CSVReader.context(bytes, name: name, delimiter: delimiter)
        var rows = SurveyRows(document: file, questionnaire: questionnaires[0], skipColumns: skipColumns)
        var readers: [SurveyRows] = []
        func read(_ batch: [CSVRecord]) {
            var records = batch[...]
            while !rows.hasHeader, let record = records.popFirst() {
                rows.readHeader(record)
                // Each core reads rows with its own copy of the questionnaire (see Parallel.map).
                if rows.hasHeader { readers = questionnaires.map { rows.reading(with: $0) } }
            }
            guard !records.isEmpty else { return }
            let results = Parallel.map(Array(records), contexts: readers) { reader, record in
                var result = reader.evaluate(record)
                let scored = result.respondent.map { score($0, reader.questionnaire) }
                // The answers die on the core that made them: freeing them on another would
                // make the two cores take turns on the allocator's locks.
                result.dropAnswers()
                return (result, scored)
            }
            for (result, scored) in results {
                if rows.commit(result), let scored { each(scored) }
            }
        }
        guard holdsSeveralBatches(bytes) else {
            // One batch at most: a thread of its own would have nothing to overlap with.
            var batch: [CSVRecord] = []
            try CSVReader.scan(bytes, in: file) { batch.append($0) }
            read(batch)
            return try rows.finish().notes
        }
        // The file is cut into records on a thread of its own while the cores read the batch
        // before: cutting is sequential, and the cores would otherwise wait for it.
        let batches = Handoff<CSVRecord, Diagnostics>(capacity: 2)
        let cutter = Thread {
            var batch: [CSVRecord] = []
            batch.reserveCapacity(batchSize)
            do throws(Diagnostics) {
                try CSVReader.scan(bytes, in: file) { record in
                    batch.append(record)
                    if batch.count == batchSize {
                        batches.put(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { batches.put(batch) }
                batches.close()
            } catch {
                batches.close(throwing: error)
            }
        }
        cutter.start()
        while let batch = batches.next() { read(batch) }
        if let failure = batches.failure { throw failure }
        return try rows.finish().notes
    }

    /// Rows read before their results are handed on: enough to keep both cores busy, few enough
    /// that memory does not grow with the file.
    static let batchSize = 4096

    /// Whether `bytes` may hold more than one batch of records: a record ends at a line break,
    /// so a file with fewer line breaks than a batch holds fits in one.
    static func holdsSeveralBatches(_ bytes: [UInt8]) -> Bool {
        var lineBreaks = 0
        for byte in bytes where byte == 0x0A || byte == 0x0D {
            lineBreaks += 1
            if lineBreaks >= batchSize { return true }
        }
        return false
    }
}

extension CSVDelimiter {
    /// The delimiter as a reader names it in a sentence.
    var displayName: String {
        switch self {
        case .comma: "comma"
        case .semicolon: "semicolon"
        case .tab: "tab"
        }
    }
}
