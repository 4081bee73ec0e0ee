import Foundation
import Testing

@testable import ParadigmKit

/// `-o out.md` while a second process keeps swapping `out.md` between a symbolic link to a
/// victim file, a hard link to it and a device node (made with `mknod` in the temporary
/// folder): whatever the timing, the victim is never written, with or without `--force`.
/// Bounded to a few seconds and a few thousand swaps.
@Suite struct OutputRaceTests {
    /// The swapper: each thing is made under a spare name and renamed over `out.md`, so the
    /// name is never free; it stops at `stop` or after its count.
    static let swapper = """
        i=0
        while [ $i -lt 4000 ] && [ ! -e stop ]; do
          ln -s victim t1 && mv -T t1 out.md
          ln victim t2 && mv -T t2 out.md
          mknod t3 c 1 3 && mv -T t3 out.md
          i=$((i+1))
        done
        """

    @Test(.enabled(if: FileAccessTests.canMakeDevices, "mknod needs root"))
    func aSwappedInLinkOrDeviceNeverLetsTheVictimBeWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim")
        let original = Data(repeating: UInt8(ascii: "v"), count: 100_000)
        try original.write(to: victim)
        try #require(
            mknod(folder.appendingPathComponent("out.md").path, S_IFCHR | 0o666, FileAccessTests.device(1, 3)) == 0)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", Self.swapper]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent("stop").path, contents: nil)
            process.waitUntilExit()
        }

        let io = Capture().io(in: folder.path)
        let text = "# brief\n" + String(repeating: "written over the victim\n", count: 200)
        var outcomes: [Int32: Int] = [:]
        let deadline = Date().addingTimeInterval(2.5)
        var runs = 0
        while Date() < deadline, runs < 5_000, process.isRunning {
            do throws(CommandError) {
                try FileAccess.write(text, to: "out.md", force: runs % 2 == 1, io: io)
                outcomes[0, default: 0] += 1
            } catch {
                outcomes[error.exitCode.rawValue, default: 0] += 1
            }
            runs += 1
            try #require(try Data(contentsOf: victim) == original, "run \(runs) wrote into the victim")
        }
        #expect(runs > 50, "the race ran \(runs) times")
        #expect(Set(outcomes.keys).isSubset(of: [0, 73]), "\(outcomes)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }
}
