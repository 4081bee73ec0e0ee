import Foundation
import Testing

@testable import ParadigmKit

/// `paradigm interview` in-process: options, refusals, exit codes, the three-line
/// recommendation and a brief identical to `paradigm brief` on the saved file.
@Suite struct InterviewCommandTests {
    static let questionnaire = Paths.fixture("Interview/conditional-questionnaire.yaml").path

    /// Runs the command with scripted input lines in a folder.
    func run(
        _ arguments: [String], lines: [InputLine], in folder: URL, inputIsTerminal: Bool = false,
        environment: [String: String] = [:]
    ) -> (code: Int32, out: String, err: String) {
        let capture = Capture()
        let terminal = ScriptedTerminal(lines)
        var io = capture.io(in: folder.path, environment: environment)
        io.readInputLine = { terminal.read() }
        io.inputIsTerminal = inputIsTerminal
        let code = CLI.run(["interview", "--all", "--questionnaire", Self.questionnaire] + arguments, io: io)
        return (code, capture.out, capture.err)
    }

    static let complete = (InterviewTests.aboutYou + ["plg", "yes", "no", "12k", "4", "1,3", "Grow", "", ""]).map(
        InputLine.line)

    @Test func aFinishedInterviewPrintsTheRecommendationAndWritesTheSameBriefAsBrief() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run(
            ["-o", "a.yaml", "--brief", "brief.md", "--date", "2026-03-31"], lines: Self.complete, in: folder)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.err.isEmpty)
        #expect(result.out.contains("\nSaved 7 answers to a.yaml.\n\n"))
        let lines = result.out.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("Recommendation: ") })
        #expect(lines[start + 1].hasPrefix("Confidence:     "))
        #expect(lines[start + 2].hasPrefix("As-is → to-be:  "))
        #expect(lines[start + 2].hasSuffix(" → " + lines[start].dropFirst("Recommendation: ".count)))
        #expect(result.out.hasSuffix("Brief written to brief.md.\n"))

        let brief = runCLI(
            ["brief", "a.yaml", "--questionnaire", Self.questionnaire, "--date", "2026-03-31"], in: folder.path)
        #expect(brief.code == 0, "\(brief.err)")
        let written = try String(contentsOf: folder.appendingPathComponent("brief.md"), encoding: .utf8)
        #expect(written == brief.out)
        #expect(written.contains("date: \"2026-03-31\""))
    }

    @Test func endOfInputAtTheFinalReviewFinishesAndWritesTheBrief() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Every question answered, then the input ends on the final review instead of Enter.
        let lines = Array(Self.complete.dropLast())
        for terminal in [false, true] {
            let brief = "brief-\(terminal).md"
            let result = run(
                ["-o", "a-\(terminal).yaml", "--brief", brief], lines: lines, in: folder, inputIsTerminal: terminal)
            #expect(result.code == 0, "\(result.err)")
            #expect(result.out.contains("Recommendation: "))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(brief).path))
        }
    }

    @Test func withoutBriefItSaysHowToWriteOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run([], lines: Self.complete, in: folder)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasSuffix("Write the brief with: paradigm brief answers.yaml -o brief.md\n"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("answers.yaml").path))
    }

    @Test func noInputAtAllSaysHowToProceedAndExits66() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run(["-o", "a.yaml"], lines: [], in: folder)
        #expect(result.code == 66)
        #expect(result.err.hasPrefix("Error: standard input is not a terminal and gave no answers"))
        #expect(result.err.contains("paradigm template -o answers.yaml"))
        #expect(result.err.contains("paradigm brief answers.yaml"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.yaml").path))
    }

    @Test func endOfInputMidwaySavesAndExits66() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run(["-o", "a.yaml"], lines: Array(Self.complete.prefix(5)), in: folder)
        #expect(result.code == 66)
        #expect(
            result.err
                == "Error: standard input ended before the interview was finished. Your answers are saved in a.yaml; "
                + "go on with: paradigm interview --resume a.yaml\n"
        )
        let saved = try String(contentsOf: folder.appendingPathComponent("a.yaml"), encoding: .utf8)
        #expect(saved.contains("motion: plg"))
        // Ctrl-D in a terminal is the respondent leaving, like quit; at the very start it is
        // not "no input" either.
        let atStart = run(["-o", "b.yaml"], lines: [], in: folder, inputIsTerminal: true)
        #expect(atStart.code == 0)
        #expect(atStart.out.hasSuffix("Nothing was answered, so no answers file was written.\n"))
        let midway = run(["-o", "c.yaml"], lines: Array(Self.complete.prefix(4)), in: folder, inputIsTerminal: true)
        #expect(midway.code == 0)
        #expect(
            midway.out.hasSuffix("Your answers are saved in c.yaml; go on with: paradigm interview --resume c.yaml\n"))
    }

    @Test func ctrlCSavesAndExits130() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run(
            ["-o", "a.yaml"], lines: Array(Self.complete.prefix(4)) + [.interrupted], in: folder, inputIsTerminal: true)
        #expect(result.code == 130)
        #expect(
            result.err
                == "Interrupted. Your answers are saved in a.yaml; go on with: paradigm interview --resume a.yaml\n")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("a.yaml"), encoding: .utf8).contains("motion: plg"))
    }

    @Test func quitExits0() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = run(["-o", "a.yaml"], lines: (InterviewTests.aboutYou + ["quit"]).map(InputLine.line), in: folder)
        #expect(result.code == 0)
        #expect(
            result.out.hasSuffix("Your answers are saved in a.yaml; go on with: paradigm interview --resume a.yaml\n"))
    }

    @Test func resumeGoesOnInPlaceAndFinishes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = run(["-o", "a.yaml"], lines: Array(Self.complete.prefix(6)), in: folder)
        #expect(first.code == 66)
        // Going on with the same file: no -o needed, and it is not "already there".
        let second = run(
            ["--resume", "a.yaml", "--brief", "b.md", "--date", "2026-03-31"], lines: Array(Self.complete.dropFirst(6)),
            in: folder)
        #expect(second.code == 0, "\(second.err)")
        #expect(flat(second.out).contains("Resuming a.yaml: Dana, CEO, Northwind. 3 of 8 questions answered."))
        let brief = runCLI(
            ["brief", "a.yaml", "--questionnaire", Self.questionnaire, "--date", "2026-03-31"], in: folder.path)
        #expect(try String(contentsOf: folder.appendingPathComponent("b.md"), encoding: .utf8) == brief.out)
        // The whole interview in one go gives the same answers file.
        let whole = run(["-o", "whole.yaml"], lines: Self.complete, in: folder)
        #expect(whole.code == 0)
        let resumed = try String(contentsOf: folder.appendingPathComponent("a.yaml"), encoding: .utf8)
        let direct = try String(contentsOf: folder.appendingPathComponent("whole.yaml"), encoding: .utf8)
        #expect(resumed.replacingOccurrences(of: "a.yaml", with: "whole.yaml") == direct)
    }

    @Test func resumeIntoAnotherFileKeepsTheFirst() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = run(["-o", "a.yaml"], lines: Array(Self.complete.prefix(6)), in: folder)
        let before = try String(contentsOf: folder.appendingPathComponent("a.yaml"), encoding: .utf8)
        let result = run(["--resume", "a.yaml", "-o", "b.yaml"], lines: [.line("quit")], in: folder)
        #expect(result.code == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("a.yaml"), encoding: .utf8) == before)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("b.yaml"), encoding: .utf8)
                == before.replacingOccurrences(of: "a.yaml", with: "b.yaml"))
    }

    struct RefusalCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let existing: [String]
        let code: Int32
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let refusals: [RefusalCase] = [
        RefusalCase(
            arguments: ["-o", "a.yaml"], existing: ["a.yaml"], code: 73,
            message:
                "Error: 'a.yaml' already exists; pass --resume a.yaml to go on with it, -o to write another file, or "
                + "--force to start it afresh"
        ),
        RefusalCase(
            arguments: [], existing: ["answers.yaml"], code: 73,
            message:
                "Error: 'answers.yaml' already exists; pass --resume answers.yaml to go on with it, -o to write "
                + "another file, or --force to start it afresh"
        ),
        RefusalCase(
            arguments: ["--resume", "a.yaml", "-o", "b.yaml"], existing: ["a.yaml", "b.yaml"], code: 73,
            message:
                "Error: 'b.yaml' already exists; pass --resume b.yaml to go on with it, -o to write another file, or "
                + "--force to start it afresh"
        ),
        RefusalCase(
            arguments: ["--brief", "b.md"], existing: ["b.md"], code: 73,
            message: "Error: 'b.md' already exists; pass --force to replace it, or name another file with --brief"),
        RefusalCase(
            arguments: ["-o", "missing/a.yaml"], existing: [], code: 73,
            message: "Error: cannot write 'missing/a.yaml': the folder"),
        RefusalCase(
            arguments: ["-o", "-"], existing: [], code: 64,
            message:
                "Error: The interview talks on standard input and output, so its answers need a file: give one with "
                + "-o or --resume."
        ),
        RefusalCase(
            arguments: ["--resume", "gone.yaml"], existing: [], code: 66,
            message: "Error: cannot read 'gone.yaml': no such file"),
        RefusalCase(
            arguments: ["--date", "2026-02-30"], existing: [], code: 64,
            message:
                "Error: The value '2026-02-30' is invalid for '--date <yyyy-mm-dd>'; write a date such as 2026-03-31."),
        RefusalCase(arguments: ["--colour"], existing: [], code: 64, message: "Error: Unknown option '--colour'."),
    ]

    @Test(arguments: refusals)
    func refusesBeforeAskingAnything(_ testCase: RefusalCase) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in testCase.existing {
            try "questionnaire: interview-test\nanswers:\n  motion: field\n".write(
                to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let result = run(testCase.arguments, lines: Self.complete, in: folder)
        #expect(result.code == testCase.code)
        #expect(result.err.hasPrefix(testCase.message), "\(result.err)")
        #expect(result.out.isEmpty)
    }

    @Test func aBrokenResumeFileIsReportedWithItsLocation() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "questionnaire: interview-test\nanswers:\n  motion: feild\n".write(
            to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        let result = run(["--resume", "a.yaml"], lines: Self.complete, in: folder)
        #expect(result.code == 65)
        #expect(
            result.err.hasPrefix("a.yaml:3:11: error: `motion` expects one of: field, plg, hybrid; found \"feild\""))
    }

    @Test func forceStartsAfresh() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "old".write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        let result = run(["-o", "a.yaml", "--force"], lines: Self.complete, in: folder)
        #expect(result.code == 0, "\(result.err)")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("a.yaml"), encoding: .utf8).contains("motion: plg"))
    }

    @Test func noEscapesUnlessTheOutputIsATerminalThatAllowsColour() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = (InterviewTests.aboutYou + ["quit"]).map(InputLine.line)
        func out(_ arguments: [String], terminal: Bool, environment: [String: String]) -> String {
            let capture = Capture()
            let script = ScriptedTerminal(lines)
            var io = capture.io(in: folder.path, environment: environment)
            io.readInputLine = { script.read() }
            io.outputIsTerminal = terminal
            let name = "\(UUID().uuidString).yaml"
            _ = CLI.run(["interview", "--all", "--questionnaire", Self.questionnaire, "-o", name] + arguments, io: io)
            return capture.out
        }
        #expect(out([], terminal: true, environment: ["TERM": "xterm"]).contains("\u{1B}["))
        #expect(!out([], terminal: false, environment: ["TERM": "xterm"]).contains("\u{1B}"))
        #expect(!out(["--no-color"], terminal: true, environment: ["TERM": "xterm"]).contains("\u{1B}"))
        #expect(!out([], terminal: true, environment: ["TERM": "xterm", "NO_COLOR": "1"]).contains("\u{1B}"))
        #expect(!out([], terminal: true, environment: ["TERM": "dumb"]).contains("\u{1B}"))
    }

    @Test func helpExplainsTheCommandsAndExitCodes() {
        let help = runCLI(["interview", "--help"]).out
        for text in [
            "--resume <answers>", "--brief <file>", "--no-color", "back", "review", "skip", "unsure", "quit",
            "paradigm template", "130",
        ] {
            #expect(help.contains(text), "\(text)")
        }
    }

    @Test(arguments: [
        ["-o", "x.yaml", "--brief", "x.yaml", "--force"], ["-o", "x.yaml", "--brief", "./x.yaml"],
        ["--resume", "x.yaml", "--brief", "x.yaml"],
    ])
    func theAnswersAndTheBriefCannotShareAFile(_ arguments: [String]) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("x.yaml")
        if arguments.contains("--resume") {
            try Data("name: Dana\n".utf8).write(to: answers)
        }
        let before = try? Data(contentsOf: answers)
        let result = run(arguments, lines: Self.complete, in: folder)
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("Error: The answers file and the brief cannot both be "), "\(result.err)")
        #expect(result.out.isEmpty, "refused before the first question")
        #expect((try? Data(contentsOf: answers)) == before)
    }

    @Test func namesFromTheAnswersAreEchoedWithTheirControlCharactersVisible() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let typed = run(["-o", "typed.yaml"], lines: [.line("Dana\u{1B}[2J")] + Self.complete.dropFirst(), in: folder)
        #expect(typed.code == 0, "\(typed.err)")
        #expect(!typed.out.contains("\u{1B}"), "the echo of a piped reply shows it visibly")
        #expect(typed.out.contains("> Dana\\u{1B}[2J\n"))

        let first = run(["-o", "a.yaml"], lines: Self.complete, in: folder)
        #expect(first.code == 0, "\(first.err)")
        let file = folder.appendingPathComponent("a.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "name: Dana\n", with: #"name: "Dana\e]0;pwned\a\e[2J""# + "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let resumed = run(["--resume", "a.yaml"], lines: [.line("review"), .line("quit")], in: folder)
        #expect(resumed.code == 0, "\(resumed.err)")
        #expect(!resumed.out.contains("\u{1B}") && !resumed.out.contains("\u{07}"))
        #expect(resumed.out.contains("Resuming a.yaml: Dana\\u{1B}]0;pwned\\u{7}\\u{1B}[2J, "), "\(resumed.out)")
        #expect(resumed.out.contains("  name          Dana\\u{1B}]0;pwned\\u{7}\\u{1B}[2J\n"), "the review")
    }

    @Test func aSecondInterviewOnTheSameFileIsRefusedWhileTheFirstRuns() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let second = Shared<(code: Int32, out: String, err: String)?>(nil)
        let capture = Capture()
        let terminal = ScriptedTerminal(Self.complete)
        var io = capture.io(in: folder.path)
        io.readInputLine = {
            if second.get() == nil {
                second.set(self.run(["--resume", "a.yaml"], lines: [.line("1")], in: folder))
            }
            return terminal.read()
        }
        let code = CLI.run(["interview", "--all", "--questionnaire", Self.questionnaire, "-o", "a.yaml"], io: io)
        #expect(code == 0, "\(capture.err)")
        let refused = try #require(second.get())
        #expect(refused.code == 73)
        #expect(
            refused.err == """
                Error: 'a.yaml' is open in another interview (process \(getpid())); finish or quit that one first.
                  If no other interview is running, remove 'a.yaml.lock' and try again.

                """)
        #expect(refused.out.isEmpty, "refused before the first question")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.yaml.lock").path))
    }

    @Test func aLockLeftByAProcessThatIsGoneSaysHowToRecover() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let lock = folder.appendingPathComponent("a.yaml.lock")
        try Data("\(gone.processIdentifier)\n".utf8).write(to: lock)
        let result = run(["-o", "a.yaml"], lines: Self.complete, in: folder)
        #expect(result.code == 73)
        #expect(
            result.err == """
                Error: 'a.yaml' is locked by 'a.yaml.lock', left behind by process \(gone.processIdentifier), which is \
                no \
                longer running (it was killed, or the machine stopped).
                  Remove 'a.yaml.lock' and try again.

                """)
        #expect(FileManager.default.fileExists(atPath: lock.path), "another's lock is never removed")
    }

    @Test(arguments: [
        ("finished", complete), ("quit", Array(complete.prefix(4)) + [.line("quit")]),
        ("interrupted", Array(complete.prefix(4)) + [.interrupted]), ("end of input", Array(complete.prefix(4))),
    ])
    func theLockIsRemovedOnEveryWayOut(_ name: String, _ lines: [InputLine]) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lock = folder.appendingPathComponent("a.yaml.lock").path
        let held = Shared(false)
        let terminal = ScriptedTerminal(lines)
        let capture = Capture()
        var io = capture.io(in: folder.path)
        io.readInputLine = {
            if FileManager.default.fileExists(atPath: lock) { held.set(true) }
            return terminal.read()
        }
        _ = CLI.run(["interview", "--all", "--questionnaire", Self.questionnaire, "-o", "a.yaml"], io: io)
        #expect(held.get(), "held while the interview runs")
        #expect(!FileManager.default.fileExists(atPath: lock), "\(name)")
    }

    @Test func aResumedAnswersFileKeepsItsMode() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = run(["-o", "a.yaml"], lines: Array(Self.complete.prefix(4)) + [.line("quit")], in: folder)
        #expect(first.code == 0, "\(first.err)")
        let path = folder.appendingPathComponent("a.yaml").path
        try #require(chmod(path, 0o600) == 0)
        let resumed = run(["--resume", "a.yaml"], lines: [.line("2"), .line("quit")], in: folder)
        #expect(resumed.code == 0, "\(resumed.err)")
        #expect(OutputTarget.examine(path) == .regularFile(mode: 0o600), "a private answers file stays private")
    }

    @Test func theAnswersFileMustBeARegularFileAndNoLockIsMadeBesideADevice() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        for target in ["pipe", "/dev/stdout"] {
            let result = run(["-o", target], lines: Self.complete, in: folder)
            #expect(result.code == 73)
            #expect(
                result.err == "Error: cannot keep the answers in '\(target)': "
                    + "it is not a regular file, so it could not be resumed\n")
            #expect(result.out.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe"], "no lock beside it")
    }
}
