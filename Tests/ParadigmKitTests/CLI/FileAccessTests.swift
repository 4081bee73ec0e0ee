import Foundation
import Testing

@testable import ParadigmKit

/// `-o FILE`: what each kind of thing at the name gets, with and without `--force`, the race
/// of two writers, and modes. Device nodes are made in a temporary folder (`mknod`, as root);
/// nothing here touches the machine's own devices.
@Suite struct FileAccessTests {
    static let example = Paths.examples.appendingPathComponent("proportionate-multi-segment.yaml").path
    static let canMakeDevices = geteuid() == 0

    /// A device number (`makedev`, a C macro Swift does not see) for small numbers.
    static func device(_ major: UInt32, _ minor: UInt32) -> dev_t { dev_t(major << 8 | minor) }

    /// What stands at `-o out` before the run.
    enum Existing: String, CaseIterable, Sendable {
        case nullDevice, fullDevice, regular0600, linkToFile, danglingLink, folder, nothing
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var existing: Existing
        var force: Bool
        var code: Int32
        var message: String
        var testDescription: String { "\(existing.rawValue)\(force ? " --force" : "")" }
    }

    static func link(to target: String) -> String {
        "Error: cannot write 'out': it is a symbolic link (to '\(target)'), which is never replaced; "
            + "name the file itself\n"
    }

    static let cases: [Case] = [
        Case(existing: .nullDevice, force: true, code: 0, message: ""),
        Case(existing: .nullDevice, force: false, code: 0, message: ""),
        Case(
            existing: .fullDevice, force: true, code: 74,
            message: "Error: cannot write 'out': No space left on device\n"),
        Case(
            existing: .regular0600, force: false, code: 73,
            message: "Error: 'out' already exists; pass --force to replace it\n"),
        Case(existing: .regular0600, force: true, code: 0, message: ""),
        Case(existing: .linkToFile, force: true, code: 73, message: link(to: "kept.md")),
        Case(existing: .danglingLink, force: false, code: 73, message: link(to: "nowhere")),
        Case(existing: .folder, force: true, code: 73, message: "Error: cannot write 'out': it is a folder\n"),
        Case(existing: .nothing, force: false, code: 0, message: ""),
    ]

    static func make(_ existing: Existing, at out: String, in folder: URL) throws {
        switch existing {
        case .nullDevice: try #require(mknod(out, S_IFCHR | 0o666, Self.device(1, 3)) == 0)
        case .fullDevice: try #require(mknod(out, S_IFCHR | 0o666, Self.device(1, 7)) == 0)
        case .regular0600:
            try Data("old".utf8).write(to: URL(fileURLWithPath: out))
            try #require(chmod(out, 0o600) == 0)
        case .linkToFile:
            try Data("kept".utf8).write(to: folder.appendingPathComponent("kept.md"))
            try FileManager.default.createSymbolicLink(atPath: out, withDestinationPath: "kept.md")
        case .danglingLink: try FileManager.default.createSymbolicLink(atPath: out, withDestinationPath: "nowhere")
        case .folder: try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: false)
        case .nothing: break
        }
    }

    @Test(.enabled(if: canMakeDevices, "mknod needs root"), arguments: cases)
    func eachKindOfOutputIsWrittenOrRefusedByItsRule(_ example: Case) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        try Self.make(example.existing, at: out, in: folder)
        let before = OutputTarget.examine(out)
        let result = runCLI(["brief", Self.example, "-o", "out"] + (example.force ? ["--force"] : []), in: folder.path)
        #expect(result.code == example.code, "\(result.err)")
        #expect(result.err == example.message)
        let after = OutputTarget.examine(out)
        switch example.existing {
        case .regular0600 where example.force:
            #expect(after == .regularFile(mode: 0o600), "a replaced file keeps its mode")
            #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("---\n"))
        case .nothing:
            #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("---\n"))
        case .linkToFile:
            #expect(after == before)
            #expect(try String(contentsOf: folder.appendingPathComponent("kept.md"), encoding: .utf8) == "kept")
        default:
            #expect(after == before, "never replaced")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let received = Shared<Data>()
        let reader = Thread {
            let handle = FileHandle(forReadingAtPath: fifo)
            received.set(handle?.readDataToEndOfFile() ?? Data())
        }
        reader.start()
        let result = runCLI(["brief", Self.example, "-o", "pipe"], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        for _ in 0..<100 where received.get().isEmpty { usleep(20_000) }
        #expect(String(decoding: received.get(), as: UTF8.self).hasPrefix("---\n"))
        #expect(OutputTarget.examine(fifo) == .device)
    }

    @Test func devStdoutIsTheCommandsOwnStandardOutput() {
        let result = runCLI(["brief", Self.example, "-o", "/dev/stdout"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.hasPrefix("---\n"))
    }

    @Test func ofTwoWritersOfANewNameExactlyOneWins() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let io = Capture().io(in: folder.path)
        for round in 0..<40 {
            let name = "out-\(round).md"
            let codes = Shared<[Int32]>()
            DispatchQueue.concurrentPerform(iterations: 2) { writer in
                do throws(CommandError) {
                    try FileAccess.write("writer \(writer)\n", to: name, force: false, io: io)
                    codes.update { $0.append(0) }
                } catch {
                    codes.update { $0.append(error.exitCode.rawValue) }
                }
            }
            #expect(codes.get().sorted() == [0, 73], "round \(round)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test(.enabled(if: Subprocess.binary != nil, "needs the built paradigm binary"))
    func aNewFileGetsTheUmasksMode() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shell = Subprocess.shell("umask 077; \"$PARADIGM\" brief '\(Self.example)' -o new.md", in: folder)
        let run = try #require(shell).run()
        #expect(run.status == 0, "\(run.err)")
        #expect(OutputTarget.examine(folder.appendingPathComponent("new.md").path) == .regularFile(mode: 0o600))
    }
}

/// A value shared between threads of a test.
final class Shared<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func get() -> Value { lock.withLock { value } }
    func set(_ new: Value) { lock.withLock { value = new } }
    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&value) } }
}

extension Shared where Value == Data {
    convenience init() { self.init(Data()) }
}

extension Shared where Value == [Int32] {
    convenience init() { self.init([]) }
}
