/// Reads one row of a survey export into answers, reporting each cell that cannot be read.
struct SurveyRowReader {
    let record: CSVRecord
    let document: CSVDocument
    let questionnaire: Questionnaire
    let columns: [SurveyColumn]
    /// The question of each column (`nil` for other columns), looked up once per import.
    let questions: [Question?]
    /// The splitters of the multiple-choice questions, by question id, built once per import.
    let splitters: [String: ChoiceSplitter]
    /// What earlier rows' cells read as (see ``CellMemo``).
    let memo: CellMemo
    private(set) var diagnostics = Diagnostics()

    init(
        record: CSVRecord, document: CSVDocument, questionnaire: Questionnaire, columns: [SurveyColumn],
        questions: [Question?], splitters: [String: ChoiceSplitter], memo: CellMemo
    ) {
        self.record = record
        self.document = document
        self.questionnaire = questionnaire
        self.columns = columns
        self.questions = questions
        self.splitters = splitters
        self.memo = memo
    }

    /// The row's answers, or `nil` when a cell is wrong (see ``diagnostics``).
    mutating func read() -> Answers? {
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: "\(document.name) row \(record.row)")
        answers.reserveCapacity(columns.count)
        var valid = true
        for (index, column) in columns.enumerated() where index < record.fields.count {
            let field = record.fields[index]
            let text =
                field.text.containsUTF8(0x0D)
                ? field.text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                : field.text
            let trimmed = text.trimmingWhitespace()
            guard !trimmed.isEmpty else { continue }
            switch column {
            case .question(let id):
                guard index < questions.count, let question = questions[index] else { continue }
                // Free text is kept as written and rarely repeats, so it is not remembered.
                let read =
                    question.kind == .text
                    ? value(trimmed, question)
                    : memo.value(column: index, text: trimmed) { value(Self.straightened(trimmed), question) }
                switch read {
                case .success(let value):
                    answers.set(Answer(questionID: id, value: value, location: field.location))
                case .failure(let problem):
                    valid = false
                    report(
                        problem.message, field, index, id,
                        help: problem.help ?? Self.choices(for: question, near: culprit(trimmed, question)))
                }
            case .respondent(.role):
                guard let role = role(Self.straightened(trimmed)) else {
                    valid = false
                    let ids = questionnaire.roles.map(\.id)
                    let help =
                        (Suggestion.closest(to: trimmed, among: ids)
                        ?? Suggestion.closest(to: trimmed, among: questionnaire.roles.map(\.label)))
                        .map { "did you mean \"\($0)\"?" }
                        ?? "the roles are: "
                        + questionnaire.roles.map { "\"\($0.label)\" (\($0.id))" }.joined(separator: ", ")
                    report(
                        "`role` must be one of: \(ids.joined(separator: ", ")); found \"\(trimmed)\"", field, index,
                        "role", help: help)
                    continue
                }
                answers.respondent.role = role
            case .respondent(.name):
                answers.respondent.name = Self.oneLine(trimmed)
            case .respondent(.organisation):
                answers.respondent.organisation = Self.oneLine(trimmed)
            case .metadata, .empty, .skipped:
                continue
            }
        }
        return valid ? answers : nil
    }

    private func value(_ text: String, _ question: Question) -> Result<AnswerValue, AnswerProblem> {
        if question.kind == .scale, let point = Self.scalePoint(text, question) {
            return AnswerReader.read(point, for: question)
        }
        guard question.kind == .multiple, !AnswerReader.unsureWords.contains(text.lowercased()) else {
            return AnswerReader.read(text, for: question)
        }
        return AnswerReader.read(splitter(question).split(text), for: question)
    }

    /// The part of a cell that failed: for multiple choice, the first choice that matches no
    /// option; otherwise the whole cell.
    private func culprit(_ text: String, _ question: Question) -> String {
        guard question.kind == .multiple else { return text }
        let items = splitter(question).split(Self.straightened(text))
        return items.first { item in
            if case .failure = AnswerReader.read([item], for: question) { true } else { false }
        } ?? text
    }

    /// A scale's end written by its words, as Likert questions export it: "Strongly agree" is
    /// the 5 whose label is "5 — Strongly agree".
    static func scalePoint(_ text: String, _ question: Question) -> String? {
        guard text.unicodeScalars.count > 1 else { return nil }  // "4": the common case
        let lowered = text.lowercased()
        return question.options.first { option in
            let prefix = "\(option.id) — "
            return option.label.hasPrefix(prefix) && option.label.dropFirst(prefix.count).lowercased() == lowered
        }?.id
    }

    private func splitter(_ question: Question) -> ChoiceSplitter { splitters[question.id] ?? ChoiceSplitter(question) }

    private func role(_ text: String) -> String? {
        let lowered = text.lowercased()
        return questionnaire.roles.first { $0.id == text || $0.label.lowercased() == lowered || $0.id == lowered }?.id
    }

    private mutating func report(_ message: String, _ field: CSVField, _ index: Int, _ name: String, help: String?) {
        let place = "row \(record.row), column \(CSVColumn.letters(index + 1)) (\(name))"
        diagnostics.append(
            document.diagnostic(.error, "\(place): \(message)", at: field.location, width: field.width, help: help))
    }

    /// When the reader had no suggestion: the nearest label, or the choices by label and id.
    static func choices(for question: Question, near text: String) -> String? {
        switch question.kind {
        case .single, .multiple, .yesNo:
            let labels = question.options.map(\.label)
            if let label = Suggestion.closest(to: text, among: labels) { return "did you mean \"\(label)\"?" }
            return "write a label or an id: "
                + question.options.map { "\"\($0.label)\" (\($0.id))" }.joined(separator: ", ")
        case .scale, .number, .text:
            return nil
        }
    }

    /// Curly apostrophes and quotes made straight, as form tools and phones type them.
    static func straightened(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x2018...0x201D).contains($0.value) }) else { return text }
        var straight = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x2018, 0x2019: straight.append("'")
            case 0x201C, 0x201D: straight.append("\"")
            default: straight.append(scalar)
            }
        }
        return String(straight)
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isNewline }).map { String($0).trimmingWhitespace() }.joined(separator: " ")
    }
}
