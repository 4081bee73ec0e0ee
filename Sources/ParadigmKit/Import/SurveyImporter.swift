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
        guard let headerIndex = document.records.firstIndex(where: { !$0.isBlank }) else {
            throw Diagnostics([Diagnostic(
                .error, "the file holds no header row and no responses", file: document.name,
                help: "download the responses from the form tool as CSV; `paradigm template --format csv` shows the header it expects")])
        }
        let header = document.records[headerIndex]
        let rows = Array(document.records[(headerIndex + 1)...])
        var diagnostics = Diagnostics()
        let layout = SurveyHeader(header, rows: rows, document: document, questionnaire: questionnaire, skipColumns: skipColumns)
        diagnostics.append(contentsOf: layout.diagnostics)

        var splitters: [String: ChoiceSplitter] = [:]
        for question in questionnaire.questions where question.kind == .multiple { splitters[question.id] = ChoiceSplitter(question) }
        let questions = layout.columns.map { column -> Question? in
            if case .question(let id) = column { questionnaire.question(id) } else { nil }
        }
        var respondents: [ImportedRespondent] = []
        var blankRows: [Int] = []
        var dropped: [String: [Int]] = [:]
        for record in rows {
            if record.isBlank {
                blankRows.append(record.row)
                continue
            }
            guard record.fields.count == header.fields.count else {
                diagnostics.append(ragged(record, expected: header.fields.count, document))
                continue
            }
            var reader = SurveyRowReader(
                record: record, document: document, questionnaire: questionnaire, columns: layout.columns,
                questions: questions, splitters: splitters)
            let answers = reader.read()
            diagnostics.append(contentsOf: reader.diagnostics)
            guard var answers else { continue }
            for id in answers.dropInapplicable(in: questionnaire) { dropped[id, default: []].append(record.row) }
            respondents.append(ImportedRespondent(answers: answers, row: record.row, location: record.location))
        }
        if diagnostics.hasErrors { throw diagnostics }
        guard !respondents.isEmpty else {
            throw Diagnostics([document.diagnostic(
                .error, "row 1: the file has a header row but no responses below it", at: header.location,
                help: "download the responses again once people have answered")])
        }
        var notes = layout.notes
        for question in questionnaire.questions {
            guard let rowsDropped = dropped[question.id], let condition = question.condition else { continue }
            let list = rowsDropped.map(String.init).joined(separator: ", ")
            notes.append("`\(question.id)` only applies when \(condition.summary); left out its answer in row\(rowsDropped.count == 1 ? "" : "s") \(list).")
        }
        return SurveyImport(respondents: respondents, blankRows: blankRows, notes: notes)
    }

    private static func ragged(_ record: CSVRecord, expected: Int, _ document: CSVDocument) -> Diagnostic {
        let found = record.fields.count
        let spot = found > expected ? record.fields[expected] : record.fields[found - 1]
        return document.diagnostic(
            .error,
            "row \(record.row) has \(found) field\(found == 1 ? "" : "s"), but the header row has \(expected)",
            at: found > expected ? spot.location : record.location,
            width: found > expected ? spot.width : 1,
            help: found > expected
                ? "a value holding a \(document.delimiter.displayName) must be in double quotes; the first extra field is column \(CSVColumn.letters(expected + 1))"
                : "a row may not be shorter than the header; check that every line break inside an answer is within double quotes")
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
