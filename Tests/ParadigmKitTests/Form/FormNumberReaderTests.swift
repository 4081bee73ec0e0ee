import Foundation
import Testing

@testable import ParadigmKit

/// The browser form's number reader (``FormScript/rules``, run in Node) against the same table
/// the Swift reader is tested with (Fixtures/Numbers/numbers.tsv), and its messages against
/// ``AnswerReader`` on every number question. Skipped when `node` is not installed; `.ci/run`
/// installs it.
@Suite struct FormNumberReaderTests {
    static let node: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/node" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    /// Runs `program` after the form's rules in Node with `input` as JSON; returns its output.
    static func run(_ program: String, input: Any) throws -> Any {
        let node = try #require(node)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("check.js")
        let data = folder.appendingPathComponent("input.json")
        try JSONSerialization.data(withJSONObject: input).write(to: data)
        let source =
            "var window = {};\n" + FormScript.rules + "\nvar R = window.ParadigmRules;\n"
            + "var input = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));\n" + program
        try source.write(to: script, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = [script.path, data.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "node failed")
        return try JSONSerialization.jsonObject(with: bytes, options: .fragmentsAllowed)
    }

    static func json(_ reading: NumberText) -> [String: Any] {
        switch reading {
        case .value(let value): ["value": value]
        case .ambiguous(let readings): ["readings": readings]
        case .invalid: ["invalid": true]
        }
    }

    @Test(.enabled(if: node != nil, "node runs the form's script"))
    func theFormReadsEveryRowOfTheTableAsTheTableSays() throws {
        let rows = try NumberTextTests.rows()
        let input = rows.map { ["text": $0.text, "unit": $0.unit as Any? ?? NSNull()] }
        let program = """
            console.log(JSON.stringify(input.map(function (r) {
              var v = R.readNumber(r.text, r.unit);
              return v === null ? { invalid: true } : v;
            })));
            """
        let outcomes = try #require(try Self.run(program, input: input) as? [[String: Any]])
        #expect(outcomes.count == rows.count)
        for (row, got) in zip(rows, outcomes) {
            let want = Self.json(row.expected)
            #expect(
                NSDictionary(dictionary: got) == NSDictionary(dictionary: want), "numbers.tsv:\(row.line) \(row.text)")
        }
    }

    @Test(.enabled(if: node != nil, "node runs the form's script"))
    func theFormsMessagesAreTheReadersOnEveryNumberQuestion() throws {
        let questionnaire = try Load.builtIn()
        let texts = try NumberTextTests.rows().map(\.text)
        let encoder = JSONEncoder()
        var cases: [[String: Any]] = []
        var expected: [String] = []
        for question in questionnaire.questions {
            guard case .number = question.kind else { continue }
            let rule = try JSONSerialization.jsonObject(with: encoder.encode(FormRule(question)))
            for text in texts {
                cases.append(["q": ["id": question.id, "choices": [] as [Any], "rule": rule], "text": text])
                switch AnswerReader.read(text, for: question) {
                case .success(.number(let value, let band)): expected.append(value.plain + "|" + band)
                case .success(let other): expected.append("\(other)")
                case .failure(let problem): expected.append(problem.message)
                }
            }
        }
        let program = """
            console.log(JSON.stringify(input.map(function (c) {
              var r = R.read(c.q, c.text);
              return r.ok ? (r.value.number !== undefined ? R.plain(r.value.number) + "|" + r.value.band : "?")
                  : r.message;
            })));
            """
        let outcomes = try #require(try Self.run(program, input: cases) as? [String])
        #expect(outcomes.count == expected.count)
        for (index, (got, want)) in zip(outcomes, expected).enumerated() {
            #expect(got == want, "\(cases[index]["text"] ?? "")")
        }
    }
}
