/// Reads a survey export's records in order: the first non-blank record is the header, every
/// later one a respondent, validated cell by cell with ``AnswerReader``. Fed a record at a time,
/// so that an import can collect respondents and a team brief can score them as they come.
struct SurveyRows: Sendable {
    private let document: CSVDocument
    let questionnaire: Questionnaire
    private let skipColumns: [String]
    private let splitters: [String: ChoiceSplitter]
    private let memo = CellMemo()
    private var header: (record: CSVRecord, layout: SurveyHeader, questions: [Question?])?
    private(set) var diagnostics = Diagnostics()
    private var blankRows: [Int] = []
    private var dropped: [String: [Int]] = [:]
    /// For each untitled column, the first row with a value in it.
    private var firstFilled: [Int: Int] = [:]
    private var respondents = 0

    /// `document` gives the file's name and lines for diagnostics; its records are not read.
    init(document: CSVDocument, questionnaire: Questionnaire, skipColumns: [String]) {
        (self.document, self.questionnaire, self.skipColumns) = (document, questionnaire, skipColumns)
        splitters = questionnaire.surveyVocabulary.splitters
    }

    /// Whether the header row has been read.
    var hasHeader: Bool { header != nil }

    /// Reads one record: the header, a blank row, or a respondent (returned when every cell of
    /// the row reads; otherwise its problems join ``diagnostics``).
    mutating func read(_ record: CSVRecord) -> ImportedRespondent? {
        guard hasHeader else {
            readHeader(record)
            return nil
        }
        let result = evaluate(record)
        return commit(result) ? result.respondent : nil
    }

    /// Takes the first non-blank record as the header row; blank lines above it do not count.
    mutating func readHeader(_ record: CSVRecord) {
        guard header == nil, !record.isBlank else { return }
        header = Self.header(record, document: document, questionnaire: questionnaire, skipColumns: skipColumns)
        diagnostics.append(contentsOf: header?.layout.diagnostics ?? Diagnostics())
    }

    private static func header(
        _ record: CSVRecord, document: CSVDocument, questionnaire: Questionnaire, skipColumns: [String]
    ) -> (record: CSVRecord, layout: SurveyHeader, questions: [Question?]) {
        let layout = SurveyHeader(record, document: document, questionnaire: questionnaire, skipColumns: skipColumns)
        return (record, layout, questions(of: layout, in: questionnaire))
    }

    /// The question of each column (`nil` for other columns).
    private static func questions(of layout: SurveyHeader, in questionnaire: Questionnaire) -> [Question?] {
        layout.columns.map { column in
            if case .question(let id) = column { questionnaire.question(id) } else { nil }
        }
    }

    /// A reader of rows under the same header that reads with another copy of the
    /// questionnaire (for another core).
    func reading(with copy: Questionnaire) -> SurveyRows {
        var reader = SurveyRows(document: document, questionnaire: copy, skipColumns: skipColumns)
        reader.header = header.map { ($0.record, $0.layout, Self.questions(of: $0.layout, in: copy)) }
        return reader
    }

    /// What one row below the header gives, worked out without changing anything, so that rows
    /// can be read on several cores and then committed in order.
    func evaluate(_ record: CSVRecord) -> RowResult {
        guard let header else { return RowResult(row: record.row, blank: record.isBlank) }
        if record.isBlank { return RowResult(row: record.row, blank: true) }
        var result = RowResult(row: record.row, blank: false)
        result.filledUntitled = header.layout.untitled.map(\.index).filter { index in
            index < record.fields.count && !record.fields[index].text.trimmingWhitespace().isEmpty
        }
        guard record.fields.count == header.record.fields.count else {
            result.diagnostics.append(ragged(record, expected: header.record.fields.count))
            return result
        }
        var reader = SurveyRowReader(
            record: record, document: document, questionnaire: questionnaire, columns: header.layout.columns,
            questions: header.questions, splitters: splitters, memo: memo)
        let answers = reader.read()
        result.diagnostics.append(contentsOf: reader.diagnostics)
        guard var answers else { return result }
        result.dropped = answers.dropInapplicable(in: questionnaire)
        result.read(ImportedRespondent(answers: answers, row: record.row, location: record.location))
        return result
    }

    /// Records what a row gave, in row order; true when it gave a respondent.
    mutating func commit(_ result: RowResult) -> Bool {
        if result.blank {
            blankRows.append(result.row)
            return false
        }
        for index in result.filledUntitled where firstFilled[index] == nil { firstFilled[index] = result.row }
        diagnostics.append(contentsOf: result.diagnostics)
        for id in result.dropped { dropped[id, default: []].append(result.row) }
        if result.isRespondent { respondents += 1 }
        return result.isRespondent
    }

    /// What one row gave.
    struct RowResult: Sendable {
        let row: Int
        let blank: Bool
        /// The untitled columns that hold a value in this row.
        var filledUntitled: [Int] = []
        var diagnostics = Diagnostics()
        /// Answers left out because their question does not apply.
        var dropped: [String] = []
        private(set) var respondent: ImportedRespondent?
        /// Whether the row gave a respondent (also once ``dropAnswers()`` has let go of them).
        private(set) var isRespondent = false

        init(row: Int, blank: Bool) { (self.row, self.blank) = (row, blank) }

        mutating func read(_ respondent: ImportedRespondent) {
            self.respondent = respondent
            isRespondent = true
        }

        /// Lets go of the respondent's answers once they have been used.
        mutating func dropAnswers() { respondent = nil }
    }

    /// After the last record: the blank rows and notes on what was left out, or every problem
    /// found (also when the file has no header or no responses).
    mutating func finish() throws(Diagnostics) -> (blankRows: [Int], notes: [String]) {
        guard var header else {
            throw Diagnostics([
                Diagnostic(
                    .error, "the file holds no header row and no responses", file: document.name,
                    help:
                        "download the responses from the form tool as CSV; `paradigm template --format csv` shows the "
                        + "header it expects"
                )
            ])
        }
        diagnostics.append(contentsOf: header.layout.finish { firstFilled[$0] })
        if diagnostics.hasErrors { throw diagnostics }
        guard respondents > 0 else {
            throw Diagnostics([
                document.diagnostic(
                    .error, "row 1: the file has a header row but no responses below it", at: header.record.location,
                    help: "download the responses again once people have answered")
            ])
        }
        var notes = header.layout.notes
        for question in questionnaire.questions {
            guard let rowsDropped = dropped[question.id], let condition = question.condition else { continue }
            let list = rowsDropped.map(String.init).joined(separator: ", ")
            notes.append(
                "`\(question.id)` only applies when \(condition.summary); left out its answer in "
                    + "row\(rowsDropped.count == 1 ? "" : "s") \(list)."
            )
        }
        return (blankRows, notes)
    }

    private func ragged(_ record: CSVRecord, expected: Int) -> Diagnostic {
        let found = record.fields.count
        guard found > expected else {
            return document.diagnostic(
                .error,
                "row \(record.row) has \(found) field\(found == 1 ? "" : "s"), "
                    + "but the header row has \(expected)",
                at: record.location, width: 1,
                help: "a row may not be shorter than the header; "
                    + "check that every line break inside an answer is within double quotes")
        }
        // Point at the value that most likely holds the stray delimiter, not at the row's end.
        let stray = strayDelimiterColumn(record, expected: expected)
        let spot = record.fields[stray ?? expected]
        let help =
            stray.map {
                "column \(CSVColumn.letters($0 + 1))'s value probably holds it: "
                    + "the row reads cleanly when that value is quoted"
            } ?? "the first extra field is column \(CSVColumn.letters(expected + 1))"
        return document.diagnostic(
            .error, "row \(record.row) has \(found) fields, but the header row has \(expected)",
            at: spot.location, width: spot.width,
            help: "a value holding a \(document.delimiter.displayName) must be in double quotes; \(help)")
    }

    /// The column whose value most likely holds an unquoted delimiter, in a row with more fields
    /// than the header: the first question or respondent column (a column left out would take
    /// anything) where joining the extra fields back into its value makes the whole row read
    /// without a problem. Tried only in the first rows (whose errors
    /// are the ones shown), so that a file with a stray delimiter in every row stays linear.
    private func strayDelimiterColumn(_ record: CSVRecord, expected: Int) -> Int? {
        guard let header, record.row <= 200 else { return nil }
        let extra = record.fields.count - expected
        let delimiter = String(UnicodeScalar(document.delimiter.byte))
        for index in 0..<min(expected, header.layout.columns.count) {
            switch header.layout.columns[index] {
            case .question, .respondent: break
            case .metadata, .empty, .skipped: continue
            }
            var merged = record.fields[index]
            merged.text = record.fields[index...(index + extra)].map(\.text).joined(separator: delimiter)
            let fields = Array(record.fields[..<index]) + [merged] + record.fields[(index + extra + 1)...]
            var reader = SurveyRowReader(
                record: CSVRecord(fields: fields, row: record.row, location: record.location), document: document,
                questionnaire: questionnaire, columns: header.layout.columns, questions: header.questions,
                splitters: splitters, memo: memo)
            if reader.read() != nil, !reader.diagnostics.hasErrors { return index }
        }
        return nil
    }
}
