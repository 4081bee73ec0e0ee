import Foundation
import Testing

/// The built `paradigm` binary run as a process, for what only a real process shows: exit
/// statuses, signals, full standard streams and the umask.
struct Subprocess {
    /// How the process ended.
    struct Outcome {
        /// The exit code, or 128 + the signal that ended it.
        var status: Int32
        /// Whether a signal ended it.
        var signalled: Bool
        var out: String
        var err: String
        /// Whether it had to be killed after the timeout.
        var timedOut: Bool
    }

    /// The binary, when `swift build` has made it.
    static var binary: String? { InterviewTerminalTests.binary }

    var executable: String
    var arguments: [String]
    var folder: URL
    /// Standard output; a pipe that is read back when `nil`.
    var standardOutput: FileHandle?
    /// Standard input; an empty one when `nil`.
    var standardInput: Any?

    /// Starts the process; `whileRunning` may act on it (send a signal), then it is waited for
    /// up to `timeout` seconds and killed after that.
    func run(timeout: Double = 60, whileRunning: (Process) throws -> Void = { _ in }) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let outFile = folder.appendingPathComponent(".out-\(UUID().uuidString)")
        let errFile = folder.appendingPathComponent(".err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        let outHandle = try FileHandle(forWritingTo: outFile)
        let errHandle = try FileHandle(forWritingTo: errFile)
        process.standardOutput = standardOutput ?? outHandle
        process.standardError = errHandle
        process.standardInput = standardInput ?? FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        try whileRunning(process)
        var timedOut = false
        if done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        try? outHandle.close()
        try? errHandle.close()
        let signalled = process.terminationReason == .uncaughtSignal
        return Outcome(
            status: signalled ? 128 + process.terminationStatus : process.terminationStatus, signalled: signalled,
            out: (try? String(contentsOf: outFile, encoding: .utf8)) ?? "",
            err: (try? String(contentsOf: errFile, encoding: .utf8)) ?? "", timedOut: timedOut)
    }
}

extension Subprocess {
    /// `paradigm` with `arguments` in `folder`, or `nil` when the binary has not been built.
    static func paradigm(_ arguments: [String], in folder: URL) -> Subprocess? {
        binary.map { Subprocess(executable: $0, arguments: arguments, folder: folder) }
    }

    /// A shell command line run by `/bin/sh -c`, with `$PARADIGM` naming the binary.
    static func shell(_ script: String, in folder: URL) -> Subprocess? {
        binary.map {
            Subprocess(executable: "/bin/sh", arguments: ["-c", "PARADIGM='\($0)'; " + script], folder: folder)
        }
    }
}
