import Foundation
import Testing

@testable import ParadigmKit

/// `-o` naming one of the command's inputs (by its own name, or by another name of the same
/// file) is refused with or without `--force`, and the input is left as it was.
@Suite struct OutputOverInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var arguments: [String]
        /// The file that must be left unchanged.
        var input: String
        var message: String
    }

    static let cases: [Case] = [
        Case(
            testDescription: "brief onto its answers, --force",
            arguments: ["brief", "a.yaml", "-o", "a.yaml", "--force"],
            input: "a.yaml",
            message: "Error: cannot write 'a.yaml': it is the input 'a.yaml'; name another file for the output\n"),
        Case(
            testDescription: "brief onto its answers", arguments: ["brief", "a.yaml", "-o", "./a.yaml"],
            input: "a.yaml",
            message: "Error: cannot write './a.yaml': it is the same file as the input 'a.yaml'; "
                + "name another file for the output\n"),
        Case(
            testDescription: "a hard link to the answers, --force",
            arguments: ["brief", "a.yaml", "-o", "hard.yaml", "--force"], input: "a.yaml",
            message: "Error: cannot write 'hard.yaml': it is the same file as the input 'a.yaml'; "
                + "name another file for the output\n"),
        Case(
            testDescription: "HTML onto its answers, --force",
            arguments: ["brief", "a.yaml", "--format", "html", "-o", "a.yaml", "--force"], input: "a.yaml",
            message: "Error: cannot write 'a.yaml': it is the input 'a.yaml'; name another file for the output\n"),
        Case(
            testDescription: "team brief onto one member's answers, --force",
            arguments: ["brief", "team", "-o", "team/ceo.yaml", "--force"], input: "team/ceo.yaml",
            message: "Error: cannot write 'team/ceo.yaml': it is the input 'team/ceo.yaml'; "
                + "name another file for the output\n"),
        Case(
            testDescription: "compare onto its second file, --force",
            arguments: ["compare", "a.yaml", "b.yaml", "-o", "b.yaml", "--force"], input: "b.yaml",
            message: "Error: cannot write 'b.yaml': it is the input 'b.yaml'; name another file for the output\n"),
    ]

    @Test(arguments: cases)
    func anOutputThatIsAnInputIsRefused(_ example: Case) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example0 = Paths.examples.appendingPathComponent("proportionate-multi-segment.yaml")
        try FileManager.default.copyItem(at: example0, to: folder.appendingPathComponent("a.yaml"))
        try FileManager.default.copyItem(
            at: Paths.examples.appendingPathComponent("siloed-industrial-distributor.yaml"),
            to: folder.appendingPathComponent("b.yaml"))
        try #require(
            link(folder.appendingPathComponent("a.yaml").path, folder.appendingPathComponent("hard.yaml").path) == 0)
        let team = folder.appendingPathComponent("team")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: false)
        for role in ["ceo", "cmo", "cro"] {
            try FileManager.default.copyItem(
                at: Paths.examples.appendingPathComponent("team/\(role).yaml"),
                to: team.appendingPathComponent("\(role).yaml"))
        }
        let input = folder.appendingPathComponent(example.input)
        let before = try Data(contentsOf: input)
        let result = runCLI(example.arguments + ["--date", "2026-01-01"], in: folder.path)
        #expect(result.code == 73)
        #expect(result.err.hasSuffix(example.message), "\(result.err)")  // after any warnings
        #expect(try Data(contentsOf: input) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }
}
