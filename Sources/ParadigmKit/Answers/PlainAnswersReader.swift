/// A quicker way through an answers file in the plain shape that `paradigm template`,
/// `paradigm import`, the interview and people filling in a template write: `questionnaire:`,
/// `respondent:` and `answers:` at the left, simple `key: value` lines and `- item` lists under
/// them. The file is read straight from its scanned lines, without building the document tree
/// that ``AnswersLoader`` reads; a value that is not simple (quoted, a `|` block, text over
/// several lines) is read by the document parser's own scalar reader.
///
/// It takes a file only when nothing in it would be reported: at the first line it does not
/// take, or anything the general way would warn about or refuse, it gives up (`nil`) and
/// ``AnswersLoader`` reads the file the general way, which says what is wrong. So both ways give
/// the same answers; the tests compare them over a corpus of answers files and their mutants, and
/// the answers fuzzer on every input. A team brief reads thousands of files this way.
///
/// It knows the answers schema that ``AnswersLoader`` checks (the four top-level keys, the
/// respondent's three, what makes an answer count): a change to one must be made to the other,
/// and the tests that compare them fail until it is.
package struct PlainAnswersReader {
    /// Why the reader gave up; never shown, since the general way then reports.
    private struct NotPlain: Error {}

    private let questionnaire: Questionnaire
    /// The lines, and the general scalar reader for values that are not simple.
    private var builder: TreeBuilder
    /// The first line not yet read.
    private var line = 0

    /// The answers in `source`, when it is a plain answers file that reads without a diagnostic.
    package static func read(_ source: SourceFile, questionnaire: Questionnaire) -> Answers? {
        var reader = PlainAnswersReader(questionnaire: questionnaire, builder: TreeBuilder(source: source))
        guard reader.builder.diagnostics.isEmpty else { return nil }
        return try? reader.read(sourceName: source.name)
    }

    private init(questionnaire: Questionnaire, builder: TreeBuilder) {
        self.questionnaire = questionnaire
        self.builder = builder
    }

    private mutating func read(sourceName: String) throws(NotPlain) -> Answers {
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: sourceName)
        var seen: Set<String> = []
        while let keyLine = try nextContentLine() {
            guard indent(keyLine) == 0, let key = builder.simpleKey(line: keyLine, column: 0) else { throw NotPlain() }
            let name = builder.text(keyLine, 0..<key.colon)
            guard seen.insert(name).inserted else { throw NotPlain() }
            switch name {
            case "questionnaire":
                guard try text(name, keyLine, key.valueStart, parent: 0)?.trimmingWhitespace() == questionnaire.id
                else { throw NotPlain() }
            case "version":
                _ = try text(name, keyLine, key.valueStart, parent: 0)
            case "respondent":
                guard key.valueStart == nil else { throw NotPlain() }
                answers.respondent = try respondent(below: keyLine)
            case "answers":
                guard key.valueStart == nil else { throw NotPlain() }
                try readAnswers(below: keyLine, into: &answers)
            default:
                throw NotPlain()
            }
        }
        guard seen.contains("questionnaire"), seen.contains("answers") else { throw NotPlain() }
        return answers
    }

    // MARK: - Lines

    private func indent(_ line: Int) -> Int { builder.lines.info[line].indent }

    /// Moves past blank and comment lines to the next line with content, if any; gives up at a
    /// line the general way would report (a tab in the indentation, `---` or `...`).
    private mutating func nextContentLine() throws(NotPlain) -> Int? {
        while line < builder.lines.count {
            switch builder.lines.info[line].kind {
            case .blank, .comment: line += 1
            case .content: return line
            case .tabbed, .documentStart, .documentEnd: throw NotPlain()
            }
        }
        return nil
    }

    /// The indentation of the block under the key on `keyLine` (at `parent`), or `nil` when
    /// nothing is under it (the key's value is empty). Leaves ``line`` at the block's first line.
    private mutating func block(below keyLine: Int, parent: Int) throws(NotPlain) -> Int? {
        line = keyLine + 1
        guard let first = try nextContentLine() else { return nil }
        let found = indent(first)
        if found > parent { return found }
        // A list at the key's own indentation is a value the schema refuses.
        if builder.isListItem(line: first, at: found) { throw NotPlain() }
        return nil
    }

    /// The next line of a block at `column` whose parent is at `parent`, or `nil` at its end.
    private mutating func nextLine(inBlockAt column: Int, parent: Int) throws(NotPlain) -> Int? {
        guard let next = try nextContentLine() else { return nil }
        let found = indent(next)
        if found == column { return next }
        // Deeper, or between the parent and the block: the general way reports the indentation.
        guard found <= parent else { throw NotPlain() }
        return nil
    }

    // MARK: - Values

    /// The text after `key`, whose value starts at `valueStart` on `keyLine` (`nil`: nothing
    /// after the key and nothing under it). Simple text is read from the line's bytes; any other
    /// text by the parser's scalar reader, which must report nothing.
    private mutating func text(
        _ key: String, _ keyLine: Int, _ valueStart: Int?, parent: Int
    ) throws(NotPlain) -> String? {
        guard let valueStart else {
            guard try block(below: keyLine, parent: parent) == nil else { throw NotPlain() }
            return nil
        }
        return try scalar(after: key, line: keyLine, column: valueStart, parent: parent).value
    }

    /// The scalar at `column` of `line`, the value of `key` at `parent`; moves ``line`` past it.
    private mutating func scalar(after key: String, line: Int, column: Int, parent: Int) throws(NotPlain) -> ScalarNode
    {
        if let simple = builder.simpleScalar(line: line, column: column, parent: parent) {
            self.line = line + 1
            return simple
        }
        builder.next = line
        let node = builder.parseScalar(
            line: line, column: column, parent: parent,
            context: .mappingValue(key: key, keyLine: line, mappingColumn: parent))
        guard builder.diagnostics.isEmpty else { throw NotPlain() }
        self.line = builder.next
        return node
    }

    // MARK: - The schema

    /// `respondent:` and the lines under it.
    private mutating func respondent(below keyLine: Int) throws(NotPlain) -> Respondent {
        var respondent = Respondent()
        guard let column = try block(below: keyLine, parent: 0) else { return respondent }
        var seen: Set<String> = []
        while let entryLine = try nextLine(inBlockAt: column, parent: 0) {
            guard let key = builder.simpleKey(line: entryLine, column: column) else { throw NotPlain() }
            let name = builder.text(entryLine, column..<key.colon)
            guard seen.insert(name).inserted else { throw NotPlain() }
            // As ``SchemaReader/text(_:_:in:required:)`` reads it: reflowed, and empty is none.
            let value = try text(name, entryLine, key.valueStart, parent: column)?.reflowed
            let given = value?.isEmpty == false ? value : nil
            switch name {
            case "name": respondent.name = given
            case "organisation": respondent.organisation = given
            case "role":
                guard given.map({ role in questionnaire.roles.contains { $0.id == role } }) ?? true else {
                    throw NotPlain()
                }
                respondent.role = given
            default: throw NotPlain()
            }
        }
        return respondent
    }

    /// `answers:` and the lines under it.
    private mutating func readAnswers(below keyLine: Int, into answers: inout Answers) throws(NotPlain) {
        guard let column = try block(below: keyLine, parent: 0) else { return }
        var given = [Bool](repeating: false, count: questionnaire.questions.count)
        // Room for every question at once: growing the dictionary would hash every id again.
        answers.reserveCapacity(questionnaire.questions.count)
        while let entryLine = try nextLine(inBlockAt: column, parent: 0) {
            guard let key = builder.simpleKey(line: entryLine, column: column) else { throw NotPlain() }
            let id = builder.text(entryLine, column..<key.colon)
            guard let position = questionnaire.position(of: id), !given[position] else { throw NotPlain() }
            given[position] = true
            let question = questionnaire.questions[position]
            if let valueStart = key.valueStart {
                let node = try scalar(after: id, line: entryLine, column: valueStart, parent: column)
                // As ``AnswersLoader`` reads a text value: blank is not answered.
                guard !node.value.trimmingWhitespace().isEmpty else { continue }
                guard case .success(let value) = AnswerReader.read(node.value, for: question) else { throw NotPlain() }
                answers.set(Answer(questionID: id, value: value, location: node.location))
            } else if let (value, location) = try list(below: entryLine, parent: column, for: question) {
                answers.set(Answer(questionID: id, value: value, location: location))
            }
        }
        // An answer to a question that does not apply gets a warning the general way.
        for (position, question) in questionnaire.questions.enumerated()
        where question.condition != nil && given[position] && answers[question.id] != nil && !answers.applies(question)
        {
            throw NotPlain()
        }
    }

    /// The `- item` lines under a key at `parent` with nothing after it, read as the answer to
    /// `question` with the place of the first `-`; `nil` when nothing is under the key.
    private mutating func list(
        below keyLine: Int, parent: Int, for question: Question
    ) throws(NotPlain) -> (AnswerValue, SourceLocation)? {
        guard let column = try block(below: keyLine, parent: parent) else { return nil }
        let first = line
        var items: [String] = []
        while let itemLine = try nextLine(inBlockAt: column, parent: parent) {
            guard let start = builder.simpleItemStart(line: itemLine, column: column),
                let item = builder.simpleScalar(line: itemLine, column: start, parent: column)
            else { throw NotPlain() }
            items.append(item.value.trimmingWhitespace())
            line = itemLine + 1
        }
        guard let value = AnswerReader.cleanList(items, for: question) else { throw NotPlain() }
        return (value, builder.location(first, column))
    }
}
