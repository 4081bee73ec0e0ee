import Foundation
import Testing

@testable import ParadigmKit

/// The built `paradigm` binary on a real pseudo-terminal (driven by python3's `pty`, see
/// Fixtures/Interview/pty_driver.py): a whole interview with help, a refused answer, back,
/// review and edit, then Ctrl-C, Ctrl-D and two resumes, ending with a brief that must equal
/// `paradigm brief` on the saved file byte for byte. Skipped when python3 is not installed.
@Suite(.serialized) struct InterviewTerminalTests {
    /// python3 on the PATH, if any.
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/python3" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    /// The `paradigm` executable built beside this test bundle (`swift test` builds both into the
    /// same folder), or the one `PARADIGM_BINARY` names.
    static var binary: String? {
        if let named = ProcessInfo.processInfo.environment["PARADIGM_BINARY"] { return named }
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = bundle.deletingLastPathComponent()
        // Test bundles may be a folder (`….xctest/…`); walk up to the build folder.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("paradigm").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    enum Step {
        case expect(String, timeout: Int = 30)
        case send(String)
        case answerAll(String, until: String, timeout: Int = 120)
        case signal(String)
        case hangUp
        case exit(Int32)

        var json: [String: Any] {
            switch self {
            case .signal(let name): ["signal": name]
            case .hangUp: ["hangup": true]
            case .expect(let pattern, let timeout): ["expect": pattern, "timeout": timeout]
            case .send(let text): ["send": text]
            case .answerAll(let answer, let until, let timeout):
                ["answer_all": answer, "until": until, "timeout": timeout]
            case .exit(let code): ["exit": code]
            }
        }
    }

    /// Runs `paradigm` with `arguments` on a pseudo-terminal through the steps; returns the
    /// transcript (escape codes removed), failing the test with it when a step does not hold.
    func drive(_ arguments: [String], _ steps: [Step], in folder: URL, python: String, binary: String) throws -> String
    {
        let spec: [String: Any] = [
            "argv": [binary] + arguments, "cwd": folder.path,
            "env": ["PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": folder.path],
            "steps": steps.map(\.json),
        ]
        let specFile = folder.appendingPathComponent("spec.json")
        try JSONSerialization.data(withJSONObject: spec).write(to: specFile)
        let transcriptFile = folder.appendingPathComponent("transcript.txt")
        _ = FileManager.default.createFile(atPath: transcriptFile.path, contents: nil)
        let output = try FileHandle(forWritingTo: transcriptFile)
        defer { try? output.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Paths.fixture("Interview/pty_driver.py").path, specFile.path]
        process.standardOutput = output
        process.standardError = output
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        // The driver bounds every wait itself; this is the backstop should it hang.
        if done.wait(timeout: .now() + 300) == .timedOut {
            process.terminate()
            _ = done.wait(timeout: .now() + 10)
            Issue.record("the pseudo-terminal driver did not finish in 300 seconds")
        }
        let transcript = try String(contentsOf: transcriptFile, encoding: .utf8)
        try #require(process.terminationStatus == 0, "\(transcript)")
        return transcript
    }

    /// Runs the binary without a terminal and returns its standard output.
    func brief(_ arguments: [String], in folder: URL, binary: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let file = folder.appendingPathComponent("expected.md")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let output = try FileHandle(forWritingTo: file)
        defer { try? output.close() }
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try Data(contentsOf: file)
    }

    @Test(.enabled(if: python != nil, "python3 drives the pseudo-terminal"))
    func aWholeInterviewSurvivesCtrlCAndCtrlDAndEndsWithTheBrief() throws {
        let python = try #require(Self.python)
        let binary = try #require(
            Self.binary, "the paradigm executable is not beside the test bundle; run `swift build` first")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("a.yaml")
        let questionnaire = try Load.builtIn()

        // 1. A new interview: help, a refused answer, back, review and edit, then Ctrl-C.
        let first = try drive(
            ["interview", "--all", "-o", "a.yaml"],
            [
                .expect(#"Your\s+name"#), .send("Dana Reyes\r"),
                .expect(#"Type\s+a\s+number\s+from\s+1\s+to\s+7"#), .send("3\r"),
                .expect(#"organisation\s+these\s+answers\s+describe"#), .send("Northwind Industrial\r"),
                .expect(#"\[1/\d+\]\s+How\s+many\s+people"#), .send("?\r"),
                .expect(#"Why\s+it\s+matters"#), .send("9\r"),
                .expect(#"Not\s+accepted:\s+`company_size`\s+has\s+options\s+1\s+to\s+5;\s+found\s+9"#), .send("3\r"),
                .expect(#"\[2/\d+\][^>]*> "#), .send("back\r"),
                .expect(#"\[1/\d+\][^>]*Enter\s+keeps\s+3;[^>]*> "#), .send("\r"),
                .expect(#"\[2/\d+\][^>]*> "#), .send("2\r"),
                .expect(#"\[3/\d+\][^>]*> "#), .send("review\r"),
                .expect(#"Review:\s+your\s+answers\s+so\s+far[^>]*go\s+on\s+with\s+question\s+3[^>]*> "#), .send("1\r"),
                .expect(#"\[1/\d+\][^>]*> "#), .send("4\r"),
                // The review confirms the change in one line rather than listing everything again.
                .expect(#"Changed:\s+1\s+How\s+many\s+people[^>]*1,000\s+to\s+4,999[^>]*question\s+3[^>]*> "#),
                .send("\r"),
                .expect(#"\[3/\d+\][^>]*> "#), .send("\u{03}"),
                .expect(#"Interrupted\.\s+Your\s+answers\s+are\s+saved\s+in\s+a\.yaml"#),
                .exit(130),
            ], in: folder, python: python, binary: binary)
        var saved = try loadAnswers(answers, questionnaire)
        #expect(saved.respondent == Respondent(name: "Dana Reyes", role: "cro", organisation: "Northwind Industrial"))
        #expect(saved["company_size"]?.value == .choice("1000_to_4999"), "\(first)")
        #expect(saved["company_stage"]?.value == .choice("scaling"))
        #expect(saved.values.count == 2)

        // 2. Resume, answer one question, then Ctrl-D at the next prompt: saved, like quit.
        _ = try drive(
            ["interview", "--all", "--resume", "a.yaml"],
            [
                .expect(
                    #"Resuming\s+a\.yaml:\s+Dana\s+Reyes,\s+CRO\s+or\s+sales\s+leader,\s+"#
                        + #"Northwind\s+Industrial\.\s+2\s+of\s+\d+\s+questions\s+answered"#
                ),
                .expect(#"\[3/\d+\][^>]*> "#), .send("2\r"),
                .expect(#"\[4/\d+\][^>]*> "#), .send("\u{04}"),
                .expect(
                    #"Your\s+answers\s+are\s+saved\s+in\s+a\.yaml;\s+go\s+on\s+with:\s+"#
                        + #"paradigm\s+interview\s+--resume\s+a\.yaml"#
                ),
                .exit(0),
            ], in: folder, python: python, binary: binary)
        saved = try loadAnswers(answers, questionnaire)
        #expect(saved.values.count == 3)

        // 3. Resume again and finish, writing the brief.
        let last = try drive(
            ["interview", "--all", "--resume", "a.yaml", "--brief", "brief.md", "--date", "2026-03-31"],
            [
                .expect(#"Resuming\s+a\.yaml"#),
                .answerAll("1", until: #"Review:\s+all\s+your\s+answers"#),
                .send("\r"),
                .expect(#"Recommendation:\s+\S"#), .expect(#"Confidence:\s+\S"#), .expect(#"As-is\s+→\s+to-be:\s+\S"#),
                .expect(#"Brief\s+written\s+to\s+brief\.md"#),
                .exit(0),
            ], in: folder, python: python, binary: binary)
        #expect(last.contains("Saved "))

        let written = try Data(contentsOf: folder.appendingPathComponent("brief.md"))
        let expected = try brief(["brief", "a.yaml", "--date", "2026-03-31"], in: folder, binary: binary)
        #expect(written == expected)
        #expect(!written.isEmpty)
    }

    /// The adaptive interview's review on a real terminal: typing the number shown beside a row
    /// opens that row's question (the number it was asked with, not its questionnaire place).
    @Test(.enabled(if: python != nil, "python3 drives the pseudo-terminal"))
    func typingTheNumberTheReviewShowsOpensThatRow() throws {
        let python = try #require(Self.python)
        let binary = try #require(Self.binary, "the paradigm executable is not beside the test bundle; build it first")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let replies = ["48000", "1", "1"]
        let interview = try InterviewReviewNumberTests.review(after: replies)
        let third = try #require(interview.numberedQuestions.dropFirst(2).first)
        #expect(interview.applicableQuestions.firstIndex { $0.id == third.id } != 2, "the orders differ")
        let words = third.prompt.split(separator: " ").prefix(5).map {
            NSRegularExpression.escapedPattern(for: String($0))
        }
        let prompt = words.joined(separator: #"\s+"#)
        _ = try drive(
            ["interview", "-o", "a.yaml"],
            [
                .expect(#"Your\s+name[^>]*> "#), .send("Dana\r"),
                .expect(#"Type\s+a\s+number\s+from\s+1\s+to\s+7[^>]*> "#), .send("3\r"),
                .expect(#"organisation\s+these\s+answers\s+describe[^>]*> "#), .send("Acme\r"),
            ] + replies.flatMap { [.expect(#"\[\d+/\d+\][^>]*> "#), .send($0 + "\r")] } + [
                .expect(#"\[4/\d+\][^>]*> "#), .send("review\r"),
                .expect(#"\n\s+3\s+"# + words.prefix(3).joined(separator: #"\s+"#) + #"[^>]*> "#),
                .send("3\r"),
                .expect(#"\[3/\d+\]\s+"# + prompt + #"[^>]*Enter\s+keeps\s+1[^>]*> "#), .send("quit\r"),
                .exit(0),
            ], in: folder, python: python, binary: binary)
    }

    /// The practice checklist on a real terminal: one key answers the marked row and moves the
    /// marker on, back goes up a row, Enter keeps a row's answer, row numbers answer several at
    /// once (all or nothing), and the interview goes on with the next step, one number on. The
    /// answers file holds ordinary entries.
    @Test(.enabled(if: python != nil, "python3 drives the pseudo-terminal"))
    func thePracticeChecklistTakesOneKeyARow() throws {
        let python = try #require(Self.python)
        let binary = try #require(Self.binary, "the paradigm executable is not beside the test bundle; build it first")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.yaml")
        try FileManager.default.copyItem(at: Paths.fixture(InterviewChecklistTests.fixture), to: file)
        _ = try drive(
            ["interview", "--resume", "a.yaml", "--no-color"],
            [
                .expect(#"Practice\s+checklist\s+==\s+\[19/\d+\][^▸]*▸\s+1\s+Reporting\s+lines[^>]*> "#), .send("a\r"),
                .expect(#"▸\s+2\s+Reporting\s+lines\s+\(2\s+of\s+2\)[^>]*back\s+goes\s+up\s+a\s+row[^>]*> "#),
                .send("back\r"),
                .expect(
                    #"▸\s+1\s+Reporting\s+lines\s+\(1\s+of\s+2\)\s+in\s+place\s+\(a\)[^>]*Enter\s+keeps\s+row\s+1's\s+answer[^>]*> "#
                ),
                .send("\r"),
                .expect(#"▸\s+2\s+Reporting[^>]*> "#), .send("2p 3y 4u 5a 6p\r"),
                .expect(#"has\s+2\s+answers\s+that\s+count\s+as\s+partly[^>]*6b\s+or\s+6c[^>]*> "#),
                .send("2p 3y 4u 5a 6b 7y 8y 9y 10y 11a 12a 13y 14y 15y\r"),
                .expect(#"\[20/\d+\][^>]*> "#), .send("quit\r"),
                .exit(0),
            ], in: folder, python: python, binary: binary)
        let text = try Load.text(file)
        #expect(text.contains("  reporting_lines: both_to_revenue_leader\n"))
        #expect(text.contains("  budget_setting: unsure\n"))
        #expect(text.contains("  sla: one_way\n"))
        #expect(text.contains("  shared_target: one_number\n"))
    }

    /// A way the interview is stopped right after an answer's Enter, and the exit it gives.
    struct Stop: Sendable, CustomTestStringConvertible {
        var steps: [String]
        var code: Int32
        var testDescription: String { steps.joined(separator: " ") }

        /// A signal is sent at once, while the answer is read and saved. The terminal is closed,
        /// and a control key typed, at the next prompt: the kernel discards a line the program
        /// has not yet read when its terminal closes, or when Ctrl-C or Ctrl-\\ is typed after it.
        var driverSteps: [Step] {
            steps.flatMap { step -> [Step] in
                if step == "hangup" { return [.expect(Stop.nextPrompt), .hangUp] }
                guard step.hasPrefix("^") else { return [.signal(step)] }
                return [.expect(Stop.nextPrompt), .send(String(step.dropFirst()))]
            }
        }

        static let nextPrompt = #"organisation\s+these\s+answers\s+describe[^>]*> "#
    }

    @Test(
        .enabled(if: python != nil, "python3 drives the pseudo-terminal"),
        arguments: [
            Stop(steps: ["TERM"], code: 143), Stop(steps: ["HUP"], code: 129), Stop(steps: ["hangup"], code: 129),
            Stop(steps: ["QUIT"], code: 131), Stop(steps: ["^\u{1C}"], code: 131), Stop(steps: ["INT"], code: 130),
        ])
    func aSignalRightAfterEnterKeepsTheAnswerAndLeavesNothingBehind(_ stop: Stop) throws {
        let python = try #require(Self.python)
        let binary = try #require(Self.binary, "the paradigm executable is not beside the test bundle; build it first")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let transcript = try drive(
            ["interview", "--all", "-o", "a.yaml"],
            [
                .expect(#"Your\s+name[^>]*> "#), .send("Dana Reyes\r"),
                .expect(#"Type\s+a\s+number\s+from\s+1\s+to\s+7[^>]*> "#), .send("3\r"),
            ] + stop.driverSteps + [.exit(stop.code)], in: folder, python: python, binary: binary)
        let saved = try Load.text(folder.appendingPathComponent("a.yaml"))
        #expect(saved.contains("name: Dana Reyes"), "\(transcript)")
        #expect(saved.contains("role: cro"), "the answer typed just before the signal is kept: \(transcript)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0 != "spec.json" && $0 != "transcript.txt" }
        #expect(left == ["a.yaml"], "no temporary file and no lock left")
        #expect(!["Fatal error", "Crash", "Backtrace"].contains { transcript.contains($0) })
    }

    private func loadAnswers(_ url: URL, _ questionnaire: Questionnaire) throws -> Answers {
        let text = try Load.text(url)
        do { return try Load.answers(text, questionnaire, name: "a.yaml") } catch { throw Failure(error.rendered) }
    }
}
