import Foundation
import Testing

@testable import ParadigmKit

/// Writing standard output and standard error: a failure is remembered and reported as one
/// line with exit 74, never a crash.
@Suite struct StreamWriterTests {
    /// A writer on the full device (writing to `/dev/full` only ever fails, harmlessly).
    static func fullWriter() throws -> (StreamWriter, Int32) {
        let descriptor = open("/dev/full", O_WRONLY | O_CLOEXEC)
        try #require(descriptor >= 0, "no /dev/full on this machine")
        return (StreamWriter(descriptor: descriptor, name: "standard output"), descriptor)
    }

    @Test func aFullDiskIsRememberedAndNothingMoreIsWritten() throws {
        let (writer, descriptor) = try Self.fullWriter()
        defer { close(descriptor) }
        #expect(writer.failureMessage == nil)
        writer.write("brief")
        writer.write("more")
        #expect(writer.failureMessage == "cannot write standard output: No space left on device")
    }

    @Test func aClosedStreamIsAFailureToo() {
        let writer = StreamWriter(descriptor: 1_000_000, name: "standard error")
        writer.write("x")
        #expect(writer.failureMessage == "cannot write standard error: Bad file descriptor")
    }

    @Test func aCommandWhoseOutputCannotBeWrittenExits74WithOneLine() throws {
        let (writer, descriptor) = try Self.fullWriter()
        defer { close(descriptor) }
        let capture = Capture()
        var io = capture.io(in: Paths.package.path)
        io.out = writer.write
        io.writeFailure = { writer.failureMessage }
        let code = CLI.run(["brief", "Examples/proportionate-multi-segment.yaml"], io: io)
        #expect(code == 74)
        #expect(capture.err == "Error: cannot write standard output: No space left on device\n")
    }

    @Test(.enabled(if: Subprocess.binary != nil, "needs the built paradigm binary"))
    func theBinaryExits74OnAFullDiskAndStaysSilentOnABrokenPipe() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = Paths.examples.appendingPathComponent("proportionate-multi-segment.yaml").path
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        var process = try #require(Subprocess.paradigm(["brief", example], in: folder))
        process.standardOutput = full
        let outcome = try process.run()
        #expect(outcome.status == 74)
        #expect(outcome.err == "Error: cannot write standard output: No space left on device\n")

        let closed = try #require(Subprocess.shell("\"$PARADIGM\" brief '\(example)' >&-", in: folder)).run()
        #expect(closed.status == 74)
        #expect(closed.err == "Error: cannot write standard output: Bad file descriptor\n")

        let piped = try #require(Subprocess.shell("\"$PARADIGM\" brief '\(example)' | head -c 10", in: folder)).run()
        #expect(piped.status == 0)
        #expect(piped.out == "---\ntitle:")
        #expect(piped.err.isEmpty)
    }
}
