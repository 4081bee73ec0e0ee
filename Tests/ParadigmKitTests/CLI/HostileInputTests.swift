import Foundation
import Testing

@testable import ParadigmKit

/// Inputs made to hurt: escapes meant for the terminal, endless standard input, FIFOs where
/// files are expected. Each must end quickly with a clear message; the process tests are bounded
/// by a timeout so that a hang fails rather than blocks.
@Suite struct HostileInputTests {
    static let example = Paths.examples.appendingPathComponent("proportionate-multi-segment.yaml").path

    @Test func escapesInACSVHeaderAreShownVisiblyInTheError() {
        let csv = Paths.fixture("HostileInput/escape-in-header.csv").path
        let result = runCLI(["import", csv, "-o", "/nonexistent/out"])
        #expect(result.code == 65)
        #expect(!result.err.contains("\u{1B}") && !result.err.contains("\u{07}"))
        #expect(result.err.contains(#""\u{1B}]0;pwned\u{7}Title""#), "\(result.err)")
    }

    @Test func aFileNameWithControlCharactersIsEchoedVisibly() {
        let result = runCLI(["brief", "no-such-\u{1B}[2J.yaml"])
        #expect(result.code == 66)
        #expect(result.err == "Error: cannot read 'no-such-\\u{1B}[2J.yaml': no such file\n")
    }

    @Test(.enabled(if: Subprocess.binary != nil, "needs the built paradigm binary"))
    func endlessStandardInputStopsAtTheSixteenMebibyteLimit() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try #require(Subprocess.shell("yes | \"$PARADIGM\" brief -", in: folder)).run(timeout: 60)
        #expect(!run.timedOut)
        #expect(run.status == 65)
        #expect(run.err.hasPrefix("<stdin>: error: the file is larger than the 16 MiB an input may hold"), "\(run.err)")
    }

    @Test(.enabled(if: Subprocess.binary != nil, "needs the built paradigm binary"))
    func aFIFOOrFolderNamedLikeAnswersInATeamFolderIsSkippedWithANote() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = folder.appendingPathComponent("team")
        try FileManager.default.copyItem(at: Paths.examples.appendingPathComponent("team"), to: team)
        try #require(mkfifo(team.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
        try FileManager.default.createDirectory(
            at: team.appendingPathComponent("x.yaml"), withIntermediateDirectories: false)
        let run = try #require(Subprocess.paradigm(["brief", "team", "-o", "team.md"], in: folder)).run(timeout: 60)
        #expect(!run.timedOut, "a FIFO in the folder must not be waited on")
        #expect(run.status == 0, "\(run.err)")
        #expect(run.err.contains("team/fifo.yaml: warning: skipped: it is a FIFO (named pipe), not an answers file"))
        #expect(run.err.contains("team/x.yaml: warning: skipped: it is a folder, not an answers file"))
    }

    @Test(.enabled(if: Subprocess.binary != nil, "needs the built paradigm binary"))
    func aNamedFIFOIsReadWithTheSizeLimit() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = "mkfifo a.yaml && (cat '\(Self.example)' > a.yaml &)"
        let reader = " && \"$PARADIGM\" brief a.yaml --date 2026-01-01"
        let small = try #require(Subprocess.shell(writer + reader, in: folder)).run(timeout: 60)
        #expect(!small.timedOut)
        #expect(small.status == 0, "\(small.err)")
        #expect(small.out.hasPrefix("---\n"))
        let endless = try #require(
            Subprocess.shell(
                "mkfifo b.yaml && (yes > b.yaml 2>/dev/null &) && \"$PARADIGM\" brief b.yaml", in: folder)
        ).run(timeout: 60)
        #expect(!endless.timedOut)
        #expect(endless.status == 65)
        #expect(
            endless.err.hasPrefix("b.yaml: error: the file is larger than the 16 MiB an input may hold"),
            "\(endless.err)")
    }
}
