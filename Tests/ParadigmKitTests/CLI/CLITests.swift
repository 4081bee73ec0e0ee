import Foundation
import Testing

@testable import ParadigmKit

/// The command line in-process: exit codes, what goes to stdout and stderr, no overwrite,
/// atomic writes.
@Suite struct CLITests {
    static var example: String { Paths.exampleAnswers.first?.path ?? "Examples/missing.yaml" }

    @Test func versionAndHelp() {
        #expect(runCLI(["--version"]).out == CLI.version + "\n")
        let help = runCLI(["--help"])
        #expect(help.code == 0)
        #expect(help.out.contains("SUBCOMMANDS:"))
        #expect(help.out.contains("EXIT CODES:"))
        for command in CLI.commands {
            let sub = runCLI([command.name, "--help"])
            #expect(sub.code == 0)
            #expect(sub.out.hasPrefix("OVERVIEW: "))
            #expect(sub.out.contains("USAGE: paradigm \(command.name)"))
            #expect(runCLI(["help", command.name]).out == sub.out)
        }
    }

    struct UsageCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let expected: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usageCases: [UsageCase] = [
        UsageCase(arguments: ["breif"], expected: "Error: Unknown command 'breif'. Did you mean 'brief'?"),
        UsageCase(arguments: ["brief"], expected: "Error: Missing expected argument '<answers>'."),
        UsageCase(
            arguments: ["brief", "a.yaml", "--froce"],
            expected: "Error: Unknown option '--froce'. Did you mean '--force'?"),
        UsageCase(arguments: ["brief", "a.yaml", "--colour"], expected: "Error: Unknown option '--colour'."),
        UsageCase(
            arguments: ["brief", "a.yaml", "--date"], expected: "Error: Missing value for '--date <yyyy-mm-dd>'."),
        UsageCase(
            arguments: ["brief", "a.yaml", "--date", "2026-02-30"],
            expected:
                "Error: The value '2026-02-30' is invalid for '--date <yyyy-mm-dd>'; write a date such as 2026-03-31."),
        UsageCase(arguments: ["questions", "extra"], expected: "Error: Unexpected argument 'extra'."),
        UsageCase(arguments: ["template", "--force=yes"], expected: "Error: The flag '--force' takes no value."),
        UsageCase(arguments: ["--verison"], expected: "Error: Unknown option '--verison'. Did you mean '--version'?"),
        UsageCase(
            arguments: ["brief", "a.yaml", "-o", ""],
            expected: "Error: The value for '-o <file>' is empty; give a name."),
        UsageCase(
            arguments: ["brief", "a", "b", "--charts="],
            expected: "Error: The value for '--charts <folder>' is empty; give a name."),
        UsageCase(
            arguments: ["import", "x.csv", "--output", ""],
            expected: "Error: The value for '--output <folder>' is empty; give a name."),
        UsageCase(
            arguments: ["interview", "--resume", ""],
            expected: "Error: The value for '--resume <answers>' is empty; give a name."),
    ]

    @Test func helpHelpIsTheOverview() {
        let result = runCLI(["help", "help"])
        #expect(result.code == 0)
        #expect(result.out == runCLI(["--help"]).out)
    }

    @Test func aRequiredOptionIsShownWithoutBrackets() {
        let usage = runCLI(["import", "--help"]).out.split(separator: "\n").first { $0.hasPrefix("USAGE:") }
        #expect(usage?.hasPrefix("USAGE: paradigm import -o <folder> [--force]") == true, "\(usage ?? "")")
    }

    @Test(arguments: usageCases)
    func usageErrorsExit64(_ testCase: UsageCase) {
        let result = runCLI(testCase.arguments)
        #expect(result.code == 64)
        #expect(result.out.isEmpty)
        #expect(result.err.split(separator: "\n").first.map(String.init) == testCase.expected)
        #expect(result.err.contains("for more information."))
    }

    @Test func briefGoesToStdoutWithAFixedDate() throws {
        let result = runCLI(["brief", Self.example, "--date", "2026-01-15"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasPrefix("---\ntitle: "))
        #expect(result.out.contains("date: \"2026-01-15\""))
        #expect(result.err.isEmpty)
    }

    @Test func briefReadsStandardInput() throws {
        let text = try Load.text(URL(fileURLWithPath: Self.example))
        let fromStdin = runCLI(["brief", "-", "--date=2026-01-15", "--detail", "full"], input: text)
        #expect(fromStdin.code == 0, "\(fromStdin.err)")
        #expect(fromStdin.out.contains("Answers file: \\<stdin\\>"))
    }

    @Test func outputIsWrittenAndNeverOverwrittenWithoutForce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = runCLI(["brief", Self.example, "-o", "brief.md", "--date", "2026-01-15"], in: folder.path)
        #expect(first.code == 0, "\(first.err)")
        #expect(first.out.isEmpty)
        let written = try String(contentsOf: folder.appendingPathComponent("brief.md"), encoding: .utf8)
        #expect(written.hasPrefix("---\n"))
        try "keep me".write(to: folder.appendingPathComponent("brief.md"), atomically: true, encoding: .utf8)
        let second = runCLI(["brief", Self.example, "-o", "brief.md"], in: folder.path)
        #expect(second.code == 73)
        #expect(second.err == "Error: 'brief.md' already exists; pass --force to replace it\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("brief.md"), encoding: .utf8) == "keep me")
        let forced = runCLI(
            ["brief", Self.example, "-o", "brief.md", "--force", "--date", "2026-01-15"], in: folder.path)
        #expect(forced.code == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("brief.md"), encoding: .utf8) == written)
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["brief.md"])
    }

    @Test func malformedAnswersExit65WithEveryErrorAndWriteNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = "questionnaire: paradigm-advisor\nanswers:\n  no_such_question: 1\n  another_unknown: 2\n"
        try answers.write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = runCLI(["brief", "bad.yaml", "-o", "out.md"], in: folder.path)
        #expect(result.code == 65)
        #expect(result.err.hasPrefix("bad.yaml:3:3: error: unknown question `no_such_question`"))
        #expect(result.err.contains("bad.yaml:4:3: error: unknown question `another_unknown`"))
        #expect(result.err.contains("2 errors found."))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.md").path))
    }

    @Test func missingInputsAndOutputFolders() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = runCLI(["brief", "nope.yaml"], in: folder.path)
        #expect(missing.code == 66)
        #expect(missing.err == "Error: cannot read 'nope.yaml': no such file\n")
        let isFolder = runCLI(["brief", "--questionnaire", ".", Self.example], in: folder.path)
        #expect(isFolder.code == 66)
        #expect(isFolder.err == "Error: cannot read '.': it is a folder, not a file\n")
        let noFolder = runCLI(["brief", Self.example, "-o", "missing/brief.md"], in: folder.path)
        #expect(noFolder.code == 73)
        #expect(noFolder.err.hasPrefix("Error: cannot write 'missing/brief.md': the folder"))
    }

    @Test func templateIsAnAnswersFileThatLoads() throws {
        let result = runCLI(["template"])
        #expect(result.code == 0)
        let questionnaire = try Load.builtIn()
        // Unfilled, it reads but for the questions that need an answer, each reported at its key.
        let none = Answers(questionnaireID: questionnaire.id, sourceName: "template.yaml")
        let required = questionnaire.questions.filter {
            AnswersSchema.isRequired($0) && none.isAsked($0, in: questionnaire)
        }
        #expect(!required.isEmpty)
        do {
            _ = try AnswersLoader.load(
                SourceFile(name: "template.yaml", text: result.out), questionnaire: questionnaire)
            Issue.record("the unfilled template loads, leaving questions that need an answer blank")
        } catch {
            #expect(
                error.items.map(\.message).sorted()
                    == required.map { "`\($0.id)` is left blank, but it needs an answer (it does not accept `unsure`)" }
                    .sorted(), "\(error.rendered)")
        }
        // Filled in with those, it loads with nothing else answered.
        var filled = result.out
        for question in required {
            filled = filled.replacingOccurrences(
                of: "\n  \(question.id):\n", with: "\n  \(question.id): \(question.options[0].id)\n")
        }
        do {
            let loaded = try AnswersLoader.load(
                SourceFile(name: "template.yaml", text: filled), questionnaire: questionnaire)
            #expect(loaded.answers.values.count == required.count)
        } catch {
            Issue.record("the template does not load: \(error.rendered)")
        }
        for question in questionnaire.questions { #expect(result.out.contains("\n  \(question.id):\n")) }
    }

    @Test func questionsListsEveryId() throws {
        let result = runCLI(["questions"])
        #expect(result.code == 0)
        for question in try Load.builtIn().questions { #expect(result.out.contains("  \(question.id) (")) }
    }
}
