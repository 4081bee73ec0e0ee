import Foundation
import Testing

@testable import ParadigmKit

/// What stands at an output's name changes between staging and publishing: whatever it became,
/// it is left as it is (and nothing is written through it), and no temporary file remains.
@Suite struct StagedFileTests {
    enum Swap: String, CaseIterable, Sendable {
        case symbolicLink, hardLinkToVictim, folder, fifo, removed, nothingToFile
    }

    /// Puts `swap` at `out` (which held a regular file, or nothing for `nothingToFile`).
    static func make(_ swap: Swap, at out: String, victim: String) throws {
        if swap != .nothingToFile { try #require(unlink(out) == 0) }
        switch swap {
        case .symbolicLink: try #require(symlink(victim, out) == 0)
        case .hardLinkToVictim: try #require(link(victim, out) == 0)
        case .folder: try #require(mkdir(out, 0o755) == 0)
        case .fifo: try #require(mkfifo(out, 0o600) == 0)
        case .removed: break
        case .nothingToFile: try Data("theirs".utf8).write(to: URL(fileURLWithPath: out))
        }
    }

    @Test(arguments: Swap.allCases)
    func aNameChangedAfterStagingIsNeverWrittenThrough(_ swap: Swap) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.md").path
        let victim = folder.appendingPathComponent("victim").path
        try Data("victim".utf8).write(to: URL(fileURLWithPath: victim))
        let replacing = swap != .nothingToFile
        if replacing { try Data("old".utf8).write(to: URL(fileURLWithPath: out)) }
        let staged = try StagedFile(Data("new".utf8), for: out, replacing: replacing)
        let before = FileStatus(path: out)
        try Self.make(swap, at: out, victim: victim)
        let swapped = FileStatus(path: out)
        var outcome: AtomicWriteError.Kind?
        do throws(AtomicWriteError) {
            try staged.publish()
        } catch {
            staged.discard()
            outcome = error.kind
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "victim")
        switch swap {
        case .symbolicLink: #expect(outcome == .symbolicLink)
        case .folder: #expect(outcome == .folder)
        case .fifo: #expect(outcome == .changed)
        case .nothingToFile: #expect(outcome == .exists)
        case .hardLinkToVictim, .removed:
            // A regular file (a second name of the victim) may be replaced with --force: the
            // name then holds the new file and the victim keeps its content.
            #expect(outcome == nil)
            #expect(try String(contentsOfFile: out, encoding: .utf8) == "new")
        }
        if outcome != nil { #expect(FileStatus(path: out) == swapped, "what stands there is left in place") }
        #expect(before != nil || !replacing)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "no temporary file left: \(hidden)")
    }
}
