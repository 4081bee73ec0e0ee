import Foundation
import Testing

@testable import ParadigmKit

/// `paradigm lint` as a user runs it: inputs it cannot read, one run that reports the problems
/// of a questionnaire and of its paradigm texts together, and a paradigm-text file on its own.
@Suite struct LintCommandTests {
    static let refusals: [(String, [String], Int32, String)] = [
        ("a missing file", ["lint", "no-such.yaml"], 66, "Error: cannot read 'no-such.yaml': no such file\n"),
        (
            "a folder", ["lint", "Questionnaires"], 66,
            "Error: cannot read 'Questionnaires': it is a folder, not a file\n"
        ),
        ("two files", ["lint", "a.yaml", "b.yaml"], 64, "Error: Unexpected argument 'b.yaml'.\n"),
        (
            "an unknown option", ["lint", "--outlin"], 64,
            "Error: Unknown option '--outlin'. Did you mean '--outline'?\n"
        ),
    ]

    @Test(arguments: refusals)
    func refusal(_ name: String, _ arguments: [String], _ code: Int32, _ firstLine: String) {
        let result = runCLI(arguments)
        #expect(result.code == code, "\(name)")
        #expect(result.err.hasPrefix(firstLine), "\(name): \(result.err)")
    }

    @Test func oneRunReportsTheQuestionnaireAndItsTexts() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var questionnaire = try Load.text(Paths.questionnaires.appendingPathComponent("paradigm-advisor.yaml"))
        var texts = try Load.text(Paths.questionnaires.appendingPathComponent("paradigms.yaml"))
        questionnaire = questionnaire.replacingOccurrences(of: "      has_trial:\n", with: "      has_trail:\n")
        texts = texts.replacingOccurrences(of: "interpretation: |", with: "interpretaton: |")
        let firstRisk = try #require(texts.range(of: "    risks:\n      - "))
        texts.replaceSubrange(firstRisk, with: "    risks:\n      - TBD\n      - ")
        try questionnaire.write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        try texts.write(to: folder.appendingPathComponent("paradigms.yaml"), atomically: true, encoding: .utf8)

        let result = runCLI(["lint", "q.yaml"], in: folder.path)
        #expect(result.code == 65)
        #expect(result.err.contains("q.yaml:"))
        #expect(result.err.contains("names `has_trail`, which is not an earlier question"))
        #expect(result.err.contains("did you mean `has_trial`?"))
        #expect(result.err.contains("paradigms.yaml:"))
        #expect(result.err.contains("unknown key `interpretaton` in the paradigm texts"))
        #expect(result.err.contains("is a placeholder (\"TBD\")"))
    }

    /// Warnings past the cap of 50 diagnostics are still warnings: lint exits 0.
    @Test func manyWarningsAreNotErrors() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Paths.questionnaires.path) {
            try FileManager.default.copyItem(
                at: Paths.questionnaires.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        // Every question's help cut to two words: one warning a question; the first 50 are shown.
        var lines: [Substring] = []
        var inHelp = false
        let original = try Load.text(Paths.questionnaires.appendingPathComponent("paradigm-advisor.yaml"))
        for line in original.split(separator: "\n", omittingEmptySubsequences: false) {
            if inHelp, line.isEmpty || line.hasPrefix("          ") { continue }
            inHelp = line == "        help: |"
            lines.append(inHelp ? "        help: Too short." : line)
        }
        let questionnaire = lines.joined(separator: "\n")
        try questionnaire.write(to: folder.appendingPathComponent("q.yaml"), atomically: true, encoding: .utf8)
        let warnings = lines.filter { $0 == "        help: Too short." }.count
        #expect(warnings > 50)

        let result = runCLI(["lint", "q.yaml"], in: folder.path)
        #expect(result.err.contains("… and \(warnings - 50) more not shown"), "\(result.err.prefix(300))")
        #expect(result.code == 0)
        #expect(result.err.hasSuffix("q.yaml: no errors, \(warnings) warnings.\n"))
    }

    @Test func aParadigmTextFileLintsOnItsOwn() {
        let result = runCLI(["lint", "Questionnaires/paradigms.yaml"])
        #expect(result.code == 0)
        #expect(result.out == "Questionnaires/paradigms.yaml: no problems found in the paradigm texts.\n")
    }

    @Test func standardInputIsRead() throws {
        let text = try Load.text(Paths.fixture("Lint/labels.yaml"))
        let result = runCLI(["lint", "-"], input: text)
        #expect(result.code == 65)
        #expect(result.err.hasPrefix("<stdin>:59:13: error: options `small` and `large`"))
    }

    @Test func helpSaysWhatItChecksAndTheExitCodes() {
        let result = runCLI(["lint", "--help"])
        #expect(result.code == 0)
        #expect(result.out.contains("USAGE: paradigm lint [--outline] [<questionnaire>]"))
        #expect(result.out.contains("Exits 65 if there is any error"))
    }
}
