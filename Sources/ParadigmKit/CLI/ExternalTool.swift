import Foundation

/// Another program the command runs (pandoc), found on the PATH and run to its end.
struct ExternalTool {
    /// The program's absolute path.
    let path: String

    /// The folders searched when the environment has no PATH.
    static let defaultPath = "/usr/local/bin:/usr/bin:/bin"

    /// The program named `name` on the PATH of `environment`, or `nil` when none is executable.
    static func find(_ name: String, environment: [String: String]) -> ExternalTool? {
        let folders = (environment["PATH"] ?? defaultPath).split(separator: ":")
        return folders.lazy.map { ($0 as NSString).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
            .map(ExternalTool.init(path:))
    }

    /// Runs the program in `folder` and returns its exit status and what it wrote to standard
    /// error; standard output is discarded, standard input is empty.
    func run(
        _ arguments: [String], in folder: String, environment: [String: String]
    ) throws(CommandError) -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .unavailable("cannot run '\(path)': \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }
}
