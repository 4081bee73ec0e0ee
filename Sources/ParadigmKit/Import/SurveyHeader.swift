/// The header row of a survey export, mapped to columns: every title that names nothing is an
/// error at its cell, with a suggestion.
struct SurveyHeader {
    /// What each column holds, in column order.
    private(set) var columns: [SurveyColumn] = []
    /// Problems with the titles.
    private(set) var diagnostics = Diagnostics()
    /// Sentences about columns left out on purpose.
    private(set) var notes: [String] = []
    /// The columns without a title, which must stay empty in every row (see ``finish(firstFilledRow:)``).
    private(set) var untitled: [(index: Int, field: CSVField)] = []
    private let header: CSVRecord
    private let document: CSVDocument
    private let questionnaireID: String

    /// Maps the header's titles. Call ``finish(firstFilledRow:)`` once the rows have been read.
    init(_ header: CSVRecord, document: CSVDocument, questionnaire: Questionnaire, skipColumns: [String]) {
        (self.header, self.document, questionnaireID) = (header, document, questionnaire.id)
        let vocabulary = questionnaire.surveyVocabulary
        let matcher = vocabulary.matcher
        let skipped = Set(skipColumns.map(SurveyColumnMatcher.normalised))
        var usedSkips: Set<String> = []
        var seen: [SurveyColumn: Int] = [:]
        var metadata: [String] = []
        var unknown = 0
        // The header's line, decoded once: every title on it may need it under a diagnostic.
        var shownLine: (number: Int, text: String) = (0, "")
        for (index, field) in header.fields.enumerated() {
            let title = field.text.trimmingWhitespace()
            let letter = CSVColumn.letters(index + 1)
            let place = "row \(header.row), column \(letter)"
            let key = SurveyColumnMatcher.normalised(title)
            if skipped.contains(key) || skipped.contains(letter.lowercased()) {
                usedSkips.insert(skipped.contains(key) ? key : letter.lowercased())
                columns.append(.skipped)
                notes.append("Left out column \(letter) (\(Self.shown(title))), as --skip-column asked.")
                continue
            }
            if title.isEmpty {
                columns.append(.empty)
                untitled.append((index, field))
                continue
            }
            guard let column = matcher.column(title) else {
                columns.append(.empty)
                unknown += 1
                // Only the first diagnostics are shown, so only they need a suggestion.
                let help = unknown <= Diagnostics.cap ? vocabulary.help(forUnknownTitle: title) : nil
                if shownLine.number != field.location.line {
                    shownLine = (field.location.line, document.line(field.location.line))
                }
                diagnostics.append(
                    document.diagnostic(
                        .error,
                        "\(place): \"\(Self.shown(title))\" is not a question id, a question's prompt or a "
                            + "respondent field",
                        at: field.location, width: field.width, sourceLine: shownLine.text, help: help))
                continue
            }
            columns.append(column)
            switch column {
            case .metadata:
                metadata.append("\(letter) (\(Self.shown(title)))")
            case .question, .respondent:
                if let first = seen[column] {
                    if shownLine.number != field.location.line {
                        shownLine = (field.location.line, document.line(field.location.line))
                    }
                    diagnostics.append(
                        document.diagnostic(
                            .error,
                            "\(place): \"\(Self.shown(title))\" reads the same \(Self.describe(column)) as column "
                                + "\(CSVColumn.letters(first + 1))",
                            at: field.location, width: field.width, sourceLine: shownLine.text,
                            help: "keep one of the two columns, or leave one out with --skip-column \(letter)"))
                } else {
                    seen[column] = index
                }
            case .empty, .skipped:
                break
            }
        }
        if !metadata.isEmpty {
            let list =
                metadata.count == 1
                ? metadata[0] : metadata.dropLast().joined(separator: ", ") + " and " + (metadata.last ?? "")
            let what = metadata.count == 1 ? "it; it is not a question" : "them; they are not questions"
            notes.insert("Left out column\(metadata.count == 1 ? "" : "s") \(list): form tools add \(what).", at: 0)
        }
        for name in skipped.subtracting(usedSkips).sorted() {
            notes.append("--skip-column \(name) matches no column.")
        }
    }

    /// The checks that need the rows: an untitled column must be empty in every row
    /// (`firstFilledRow(i)` is the first row with a value in column *i*), and some column must
    /// be a question.
    /// Returns the problems found, which also join ``diagnostics``.
    mutating func finish(firstFilledRow: (Int) -> Int?) -> Diagnostics {
        var found = Diagnostics()
        defer { diagnostics.append(contentsOf: found) }
        for (index, field) in untitled {
            guard let row = firstFilledRow(index) else { continue }
            let letter = CSVColumn.letters(index + 1)
            found.append(
                document.diagnostic(
                    .error, "row \(header.row), column \(letter) has no title, but row \(row) has a value in it",
                    at: field.location,
                    help:
                        "give the column a question id or prompt as its title, or leave it out with --skip-column "
                        + "\(letter)"
                ))
        }
        if !header.fields.isEmpty, !columns.contains(where: { if case .question = $0 { true } else { false } }),
            diagnostics.isEmpty, found.isEmpty
        {
            found.append(
                document.diagnostic(
                    .error, "row \(header.row): no column is a question of `\(questionnaireID)`", at: header.location,
                    help:
                        "title the columns with question ids or their exact prompts; `paradigm template --format csv` "
                        + "writes the header"
                ))
        }
        return found
    }

    /// A title shortened for a message.
    static func shown(_ title: String) -> String {
        let flat = title.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(57)) + "..." : flat
    }

    private static func describe(_ column: SurveyColumn) -> String {
        switch column {
        case .question(let id): "question `\(id)`"
        case .respondent(let field): "respondent field `\(field.rawValue)`"
        default: "column"
        }
    }
}

/// Did-you-mean for unknown titles: a question id, a prompt, or a respondent field. Prepared on
/// the first unknown title and kept with the questionnaire (a header may have dozens).
struct TitleSuggestions: Sendable {
    private let questions: [Question]
    private let ids: Suggestion.Candidates
    /// The questions' prompts, normalised as titles are, in the order of ``questions``.
    private let prompts: Suggestion.Candidates
    private static let fields = Suggestion.Candidates(SurveyColumn.RespondentField.allCases.map(\.rawValue))

    init(_ questions: [Question]) {
        self.questions = questions
        ids = Suggestion.Candidates(questions.map(\.id))
        prompts = Suggestion.Candidates(questions.map { SurveyColumnMatcher.normalised($0.prompt) })
    }

    func help(for title: String) -> String {
        if let id = ids.closest(to: title) { return "did you mean `\(id)`?" }
        let key = SurveyColumnMatcher.normalised(title)
        if let index = prompts.closestIndex(to: key) {
            return "did you mean the prompt of `\(questions[index].id)`: \"\(questions[index].prompt)\"?"
        }
        if let field = Self.fields.closest(to: key) { return "did you mean the respondent field `\(field)`?" }
        return
            "title each column with a question id or its exact prompt (`paradigm questions` lists them), or leave it "
            + "out with --skip-column"
    }
}
