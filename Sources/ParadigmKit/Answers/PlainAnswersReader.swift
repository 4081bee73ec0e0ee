/// A quicker way through an answers file in the plain shape that `paradigm template`,
/// `paradigm import`, the interview and people filling in a template write: `questionnaire:`,
/// `respondent:` and `answers:` at the left, simple `key: value` lines and `- item` lists under
/// them. The file is read with the parser's cheap read of simple documents (``PlainLines``),
/// without building the document tree that ``AnswersLoader`` reads.
///
/// It takes a file only when nothing in it would be reported: at the first line it does not
/// take, or anything the general way would warn about or refuse, it gives up (`nil`) and
/// ``AnswersLoader`` reads the file the general way, which says what is wrong. So both ways give
/// the same answers; the tests compare them over a corpus of answers files and their mutants, and
/// the answers fuzzer on every input. A team brief reads thousands of files this way. The keys
/// and rules are ``AnswersSchema``'s, which the general way reads too.
package struct PlainAnswersReader {
    private typealias NotPlain = PlainLines.NotPlain
    private typealias Key = AnswersSchema.Key

    private let questionnaire: Questionnaire
    private var lines: PlainLines

    /// The answers in `source`, when it is a plain answers file that reads without a diagnostic.
    package static func read(_ source: SourceFile, questionnaire: Questionnaire) -> Answers? {
        guard let lines = PlainLines(source) else { return nil }
        var reader = PlainAnswersReader(questionnaire: questionnaire, lines: lines)
        return try? reader.read(sourceName: source.name)
    }

    private init(questionnaire: Questionnaire, lines: PlainLines) {
        self.questionnaire = questionnaire
        self.lines = lines
    }

    private mutating func read(sourceName: String) throws(NotPlain) -> Answers {
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: sourceName)
        var seen: Set<Key> = []
        while let keyLine = try lines.nextContentLine() {
            guard lines.indent(keyLine) == 0 else { throw NotPlain() }
            let key = try lines.key(line: keyLine, column: 0)
            guard let name = Key(rawValue: key.name), seen.insert(name).inserted else { throw NotPlain() }
            switch name {
            case .questionnaire:
                guard let value = try lines.text(of: key, line: keyLine, parent: 0),
                    AnswersSchema.names(questionnaire, value)
                else { throw NotPlain() }
            case .version:
                _ = try lines.text(of: key, line: keyLine, parent: 0)
            case .respondent:
                guard key.valueStart == nil else { throw NotPlain() }
                answers.respondent = try respondent(below: keyLine)
            case .answers:
                guard key.valueStart == nil else { throw NotPlain() }
                try readAnswers(below: keyLine, into: &answers)
            }
        }
        guard Key.required.allSatisfy(seen.contains) else { throw NotPlain() }
        return answers
    }

    /// `respondent:` and the lines under it.
    private mutating func respondent(below keyLine: Int) throws(NotPlain) -> Respondent {
        var respondent = Respondent()
        guard let column = try lines.block(below: keyLine, parent: 0) else { return respondent }
        var seen: Set<AnswersSchema.RespondentKey> = []
        while let entryLine = try lines.nextLine(inBlockAt: column, parent: 0) {
            let key = try lines.key(line: entryLine, column: column)
            guard let name = AnswersSchema.RespondentKey(rawValue: key.name), seen.insert(name).inserted else {
                throw NotPlain()
            }
            let given = try lines.text(of: key, line: entryLine, parent: column).flatMap(SchemaReader.textValue)
            switch name {
            case .name: respondent.name = given
            case .organisation: respondent.organisation = given
            case .role:
                guard given.map({ AnswersSchema.isRole($0, of: questionnaire) }) ?? true else { throw NotPlain() }
                respondent.role = given
            }
        }
        return respondent
    }

    /// `answers:` and the lines under it.
    private mutating func readAnswers(below keyLine: Int, into answers: inout Answers) throws(NotPlain) {
        guard let column = try lines.block(below: keyLine, parent: 0) else { return }
        var given = [Bool](repeating: false, count: questionnaire.questions.count)
        // Room for every question at once: growing the dictionary would hash every id again.
        answers.reserveCapacity(questionnaire.questions.count)
        while let entryLine = try lines.nextLine(inBlockAt: column, parent: 0) {
            let key = try lines.key(line: entryLine, column: column)
            let id = key.name
            guard let position = questionnaire.position(of: id), !given[position] else { throw NotPlain() }
            given[position] = true
            let question = questionnaire.questions[position]
            if let valueStart = key.valueStart {
                let node = try lines.scalar(after: id, line: entryLine, column: valueStart, parent: column)
                if AnswersSchema.isUnanswered(node.value) {
                    // A required question left blank is an error the general way, where it applies.
                    guard !AnswersSchema.isRequired(question) else { throw NotPlain() }
                    continue
                }
                guard case .success(let value) = AnswerReader.read(node.value, for: question) else { throw NotPlain() }
                answers.set(Answer(questionID: id, value: value, location: node.location))
            } else if let (items, location) = try lines.items(below: entryLine, parent: column) {
                guard let value = AnswerReader.cleanList(items, for: question) else { throw NotPlain() }
                answers.set(Answer(questionID: id, value: value, location: location))
            } else if AnswersSchema.isRequired(question) {
                throw NotPlain()
            }
        }
        // An answer to a question that does not apply gets a warning the general way.
        guard answers.dropInapplicable(in: questionnaire).isEmpty else { throw NotPlain() }
    }
}
