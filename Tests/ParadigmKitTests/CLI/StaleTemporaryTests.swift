import Foundation
import Testing

@testable import ParadigmKit

/// A temporary file left beside an interview's answers file by a process killed outright is
/// removed when an interview starts on that file or resumes it; nothing else is.
@Suite struct StaleTemporaryTests {
    /// A process id that was used and is no longer running.
    static func goneProcess() throws -> pid_t {
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        return gone.processIdentifier
    }

    @Test(arguments: [
        (".a.yaml.tmp-123-k3x9", pid_t(123)), (".a.yaml.tmp-123", nil), (".a.yaml.tmp-x-k3x9", nil),
        (".b.yaml.tmp-123-k3x9", nil), ("a.yaml.tmp-123-k3x9", nil), (".a.yaml.tmp-123-k3/x", nil),
        (".a.yaml.tmp-0-k3x9", nil), (".a.yaml.old-123-k3x9", nil),
    ])
    func theNamePatternNamesTheWriter(_ name: String, _ writer: pid_t?) {
        #expect(TemporaryName.writer(of: name, for: "a.yaml") == writer)
    }

    @Test func aNewTemporaryNameFollowsThePattern() {
        #expect(TemporaryName.writer(of: TemporaryName.make(for: "a.yaml"), for: "a.yaml") == getpid())
    }

    @Test(arguments: [["--resume", "a.yaml"], ["-o", "a.yaml", "--force"]])
    func anInterviewRemovesOnlyItsFilesStaleTemporaries(_ arguments: [String]) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tests = InterviewCommandTests()
        _ = tests.run(["-o", "a.yaml"], lines: Array(InterviewCommandTests.complete.prefix(6)), in: folder)
        let gone = try Self.goneProcess()
        let stale = [".a.yaml.tmp-\(gone)-abc", ".a.yaml.tmp-\(gone)-z9"]
        let kept = [
            ".a.yaml.tmp-\(getpid())-abc",  // a running writer's
            ".b.yaml.tmp-\(gone)-abc",  // another file's
            ".a.yaml.tmp-\(gone)",  // not the pattern
            ".a.yaml.old-\(gone)-abc", "a.yaml.tmp-\(gone)-abc",
        ]
        for name in stale + kept { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        let linked = ".a.yaml.tmp-\(gone)-link"  // a link is never removed
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent(linked).path, withDestinationPath: "a.yaml")

        let result = tests.run(arguments, lines: [.line("quit")], in: folder)
        #expect(result.code == 0, "\(result.err)")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(left.isDisjoint(with: stale))
        #expect(left.isSuperset(of: kept + [linked, "a.yaml"]))
    }
}
