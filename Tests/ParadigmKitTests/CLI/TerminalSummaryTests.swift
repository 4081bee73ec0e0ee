import Foundation
import Testing

@testable import ParadigmKit

/// A newcomer's first minute: on a terminal, `paradigm brief` shows the summary and says how to
/// get the whole brief; piped, or with `-o`, it writes the whole brief as always.
@Suite struct TerminalSummaryTests {
    static let single = "Examples/proportionate-multi-segment.yaml"

    static func run(_ arguments: [String], terminal: Bool, in folder: String = Paths.package.path) -> (Int32, String) {
        let capture = Capture()
        var io = capture.io(in: folder)
        io.outputIsTerminal = terminal
        let code = CLI.run(arguments, io: io)
        return (code, capture.out)
    }

    @Test func onATerminalTheBriefIsItsSummaryAndSaysHowToGetTheRest() {
        let (code, out) = Self.run(["brief", Self.single, "--date", "2026-01-15"], terminal: true)
        #expect(code == 0)
        #expect(out.hasPrefix("# Executive summary\n\nFor Meridian Data Platforms, the recommended paradigm is"))
        #expect(!out.contains("## Scores") && !out.contains("title:"))
        #expect(out.contains("\nRecommendation: Proportionate. That was the summary; the whole brief"))
        #expect(out.contains("  paradigm brief \(Self.single) -o brief.md\n"))
        #expect(out.contains("--format html -o brief.html"))
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= TerminalSummary.width || $0.hasPrefix("  paradigm brief") })
        #expect(lines.count < 40, "about a screen: \(lines.count) lines")
    }

    @Test(arguments: [[], ["-o", "-"], ["--format", "json"], ["--format", "html"]])
    func pipedOrAskedForItIsTheWholeBrief(_ extra: [String]) {
        let arguments = ["brief", Self.single, "--date", "2026-01-15"]
        let (_, piped) = Self.run(arguments + extra, terminal: false)
        let (code, shown) = Self.run(arguments + extra, terminal: !extra.isEmpty)
        #expect(code == 0)
        #expect(shown == piped)
        #expect(!shown.contains("That was the summary"))
    }

    @Test func aTeamBriefOnATerminalIsItsSummaryToo() {
        let (code, out) = Self.run(["brief", "Examples/team"], terminal: true)
        #expect(code == 0)
        #expect(out.hasPrefix("# Executive summary"))
        #expect(out.contains("\nGroup recommendation: Assimilated. That was the summary"))
        #expect(!out.contains("## Group scores"))
    }

    /// The built binary on a real pseudo-terminal, as a newcomer runs the README's first command.
    @Test(.enabled(if: InterviewTerminalTests.python != nil, "python3 drives the pseudo-terminal"))
    func theReadmesFirstCommandShowsTheRecommendationOnAPseudoTerminal() throws {
        let python = try #require(InterviewTerminalTests.python)
        let binary = try #require(
            InterviewTerminalTests.binary, "the paradigm executable is not beside the test bundle")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Paths.package.appendingPathComponent(Self.single).path
        let transcript = try InterviewTerminalTests().drive(
            ["brief", input],
            [
                .expect(#"recommended\s+paradigm\s+is\s+\*\*Proportionate\*\*"#),
                .expect(#"Recommendation:\s+Proportionate\.\s+That\s+was\s+the\s+summary"#),
                .expect(#"-o\s+brief\.md"#), .exit(0),
            ], in: folder, python: python, binary: binary)
        #expect(!transcript.contains("## Scores"), "\(transcript)")
    }
}
