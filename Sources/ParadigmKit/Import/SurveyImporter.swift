/// Turns a survey export (a ``CSVDocument`` with a header row) into answers, validating every
/// cell with ``AnswerReader``, the same rule answers files go through. All problems are
/// reported together, each with its spreadsheet row and column, and nothing is returned unless
/// every row is right.
public enum SurveyImporter {
    /// Reads every row of `document` against `questionnaire`. `skipColumns` names columns (by
    /// title or by letter) to leave out.
    public static func read(
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
    /// core, loaded separately (see ``Parallel/map(_:contexts:minimumPerCore:_:)``). A team brief over 100,000 rows keeps only the file and its
    /// running totals. Every problem, of the CSV or of any row, is thrown at the end (after
    /// `each` has seen the rows that read); the caller must then discard what it built. Returns
    /// the notes on what was left out.
    package static func stream<Scored: Sendable>(
        _ bytes: [UInt8], name: String, questionnaires: [Questionnaire], skipColumns: [String] = [],
        score: @escaping @Sendable (ImportedRespondent, Questionnaire) -> Scored, each: (Scored) -> Void
    ) throws(Diagnostics) -> [String] {
        let file = try CSVReader.context(bytes, name: name)
        var rows = SurveyRows(document: file, questionnaire: questionnaires[0], skipColumns: skipColumns)
        var readers: [SurveyRows] = []
        var batch: [CSVRecord] = []
        func flush() {
            guard !batch.isEmpty else { return }
            let results = Parallel.map(batch, contexts: readers) { reader, record in
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
            batch.removeAll(keepingCapacity: true)
        }
        try CSVReader.scan(bytes, in: file) { record in
            guard rows.hasHeader else {
                rows.readHeader(record)
                // Each core reads rows with its own copy of the questionnaire (see Parallel.map).
                if rows.hasHeader { readers = questionnaires.map { rows.reading(with: $0) } }
                return
            }
            batch.append(record)
            if batch.count == batchSize { flush() }
        }
        flush()
        return try rows.finish().notes
    }

    /// Rows read before their results are handed on: enough to keep both cores busy, few enough
    /// that memory does not grow with the file.
    static let batchSize = 4096
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
