import Foundation
import Testing

@testable import ParadigmKit

/// Paths of the package, found from this file so tests run from any folder.
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let package = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = tests.appendingPathComponent("Fixtures")
    static let snapshots = tests.appendingPathComponent("Snapshots")
    static let examples = package.appendingPathComponent("Examples")
    static let questionnaires = package.appendingPathComponent("Questionnaires")

    static func fixture(_ relative: String) -> URL { fixtures.appendingPathComponent(relative) }

    /// The answers files in Examples/, sorted.
    static var exampleAnswers: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: examples, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

/// Loads test inputs, failing the test with the rendered diagnostics when they do not load.
enum Load {
    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    static func builtIn() throws -> Questionnaire {
        do { return try Questionnaire.builtIn() } catch { throw Failure(error.rendered) }
    }

    static func questionnaire(_ text: String, name: String = "test.yaml") throws(Diagnostics) -> Questionnaire {
        let texts = try Questionnaire.builtIn().texts
        return try QuestionnaireLoader.load(SourceFile(name: name, text: text)) { _ in texts }
    }

    static func tiny() throws -> Questionnaire {
        let text = try text(Paths.fixture("Model/tiny-questionnaire.yaml"))
        do { return try questionnaire(text, name: "tiny-questionnaire.yaml") } catch { throw Failure(error.rendered) }
    }

    static func answers(
        _ text: String, _ questionnaire: Questionnaire, name: String = "answers.yaml"
    ) throws(Diagnostics) -> Answers {
        try AnswersLoader.load(SourceFile(name: name, text: text), questionnaire: questionnaire).answers
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Collects what a command writes, for in-process command-line tests.
final class Capture: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""
    private var lines: [String]
    let input: Data

    init(input: String = "", lines: [String] = []) {
        self.input = Data(input.utf8)
        self.lines = lines
    }

    var out: String { lock.withLock { outText } }
    var err: String { lock.withLock { errText } }

    func io(in folder: String, environment: [String: String] = [:]) -> CommandIO {
        CommandIO(
            out: { text in self.lock.withLock { self.outText += text } },
            err: { text in self.lock.withLock { self.errText += text } },
            readAllInput: { limit in self.input.prefix(limit) },
            readLine: { self.lock.withLock { self.lines.isEmpty ? nil : self.lines.removeFirst() } },
            environment: environment, currentDirectory: folder, inputIsTerminal: false, outputIsTerminal: false)
    }
}

/// Runs `paradigm` in-process in a folder and returns the exit code with what it printed;
/// `lines` are the replies an interview reads, one a line.
func runCLI(
    _ arguments: [String], in folder: String = Paths.package.path, input: String = "", lines: [String] = []
) -> (code: Int32, out: String, err: String) {
    let capture = Capture(input: input, lines: lines)
    let code = CLI.run(arguments, io: capture.io(in: folder))
    return (code, capture.out, capture.err)
}

/// A fresh temporary folder, removed by the caller's `defer`.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("paradigm-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Small questionnaires written inline in tests.
enum TestQuestionnaire {
    /// Everything before the first question: id, version, title, one role and one section whose
    /// `questions:` key ends it. Tests append their questions indented by six spaces, so their
    /// expected line numbers count these twelve lines first.
    static let preamble = """
        id: t
        version: "1"
        title: T
        roles:
          - id: ceo
            label: CEO
            level: executive
            function: general
        sections:
          - id: s
            title: S
            questions:
        """ + "\n"
}
