import Foundation
import Testing

@testable import ParadigmKit

/// `-o FIFO` with no reader waits for one, and a signal stops the wait: the exit code says which
/// signal, nothing is written to the FIFO afterwards, and nothing is left in the folder.
@Suite struct FIFOOutputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var signal: Int32
        var code: Int32
        var testDescription: String { "signal \(signal)" }
    }

    static let cases = [
        Case(signal: SIGTERM, code: 143), Case(signal: SIGINT, code: 130), Case(signal: SIGHUP, code: 129),
    ]

    @Test(.enabled(if: Subprocess.binary != nil, "needs the built paradigm binary"), arguments: cases)
    func aFIFOWithoutAReaderStopsOnASignal(_ example: Case) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let answers = Paths.examples.appendingPathComponent("proportionate-multi-segment.yaml").path
        let run = try #require(Subprocess.paradigm(["brief", answers, "-o", "pipe"], in: folder))
        let outcome = try run.run(timeout: 20) { process in
            usleep(1_500_000)  // the brief is made and the open of the FIFO waits
            #expect(process.isRunning, "it waits for a reader")
            kill(process.processIdentifier, example.signal)
        }
        #expect(!outcome.timedOut, "the signal stopped it")
        #expect(outcome.status == example.code, "\(outcome.err)")
        #expect(!outcome.signalled, "it stopped by itself, after cleaning up")
        // A reader that comes now finds nothing written.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        var byte: UInt8 = 0
        #expect(read(reader, &byte, 1) == 0)
        close(reader)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            !$0.hasPrefix(".out-") && !$0.hasPrefix(".err-")
        }
        #expect(left == ["pipe"])
    }
}
