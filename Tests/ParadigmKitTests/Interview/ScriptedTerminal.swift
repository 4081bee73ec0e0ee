import Foundation

@testable import ParadigmKit

/// A terminal for tests: it gives scripted lines (then end of input), collects what is
/// written, and records the answers file as it stood each time a line was asked for.
final class ScriptedTerminal: @unchecked Sendable {
    private let lock = NSLock()
    private var replies: [InputLine]
    private var written = ""
    private(set) var fileSnapshots: [String?] = []
    private let watched: String?

    init(_ replies: [InputLine], watching path: String? = nil) {
        self.replies = replies
        self.watched = path
    }

    /// Plain lines, then end of input.
    convenience init(lines: [String], watching path: String? = nil) {
        self.init(lines.map(InputLine.line), watching: path)
    }

    var transcript: String { lock.withLock { written } }

    func write(_ text: String) { lock.withLock { written += text } }

    func read() -> InputLine {
        let snapshot = watched.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        return lock.withLock {
            fileSnapshots.append(snapshot)
            return replies.isEmpty ? .endOfInput : replies.removeFirst()
        }
    }
}

/// Loads the interview test questionnaire and runs scripted interviews on it.
enum Scripted {
    static func questionnaire() throws -> Questionnaire {
        let text = try Load.text(Paths.fixture("Interview/conditional-questionnaire.yaml"))
        do { return try Load.questionnaire(text, name: "conditional-questionnaire.yaml") } catch {
            throw Failure(error.rendered)
        }
    }

    /// A fresh interview of the test questionnaire.
    static func interview(_ answers: Answers? = nil, resuming: Bool = false) throws -> Interview {
        let questionnaire = try questionnaire()
        return Interview(
            questionnaire: questionnaire,
            answers: answers ?? Answers(questionnaireID: questionnaire.id, sourceName: "answers.yaml"),
            resuming: resuming)
    }

    /// Feeds replies to an interview and returns it, failing on none of them.
    static func replying(_ replies: [String], to interview: Interview) -> Interview {
        var interview = interview
        for reply in replies { _ = interview.respond(reply) }
        return interview
    }

    struct Outcome {
        let end: InterviewEnd
        let transcript: String
        let interview: Interview
        let file: String?
        let snapshots: [String?]
    }

    /// Runs a whole session in a temporary folder, the answers file at `answers.yaml`.
    static func session(
        _ replies: [InputLine], interview: Interview, resuming: Bool = false, colour: Bool = false,
        existing: String? = nil
    ) throws -> Outcome {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("answers.yaml").path
        if let existing { try existing.write(toFile: path, atomically: true, encoding: .utf8) }
        let terminal = ScriptedTerminal(replies, watching: path)
        var session = InterviewSession(
            interview: interview, file: InterviewFile(path: "answers.yaml", fullPath: path, exists: existing != nil),
            colour: colour, echo: true, write: terminal.write, read: terminal.read)
        let end = try session.run(resuming: resuming)
        return Outcome(
            end: end, transcript: terminal.transcript, interview: session.interview,
            file: try? String(contentsOfFile: path, encoding: .utf8), snapshots: terminal.fileSnapshots)
    }
}
