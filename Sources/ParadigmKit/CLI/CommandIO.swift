import Foundation

/// Everything a command reads from and writes to outside its arguments, injected so that the
/// command layer runs in-process in tests.
public struct CommandIO: Sendable {
    /// Writes to standard output.
    public var out: @Sendable (String) -> Void
    /// Writes to standard error.
    public var err: @Sendable (String) -> Void
    /// Reads all of standard input.
    public var readAllInput: @Sendable () -> Data
    /// Reads one line of standard input without its line break; `nil` at end of input.
    public var readLine: @Sendable () -> String?
    /// Environment variables.
    public var environment: [String: String]
    /// The folder relative paths start from.
    public var currentDirectory: String
    /// Whether standard input is a terminal.
    public var inputIsTerminal: Bool
    /// Whether standard output is a terminal.
    public var outputIsTerminal: Bool

    /// Creates an IO from its parts.
    public init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        readAllInput: @escaping @Sendable () -> Data, readLine: @escaping @Sendable () -> String?,
        environment: [String: String], currentDirectory: String, inputIsTerminal: Bool, outputIsTerminal: Bool
    ) {
        self.out = out
        self.err = err
        self.readAllInput = readAllInput
        self.readLine = readLine
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.inputIsTerminal = inputIsTerminal
        self.outputIsTerminal = outputIsTerminal
    }

    /// The process's real standard streams, environment and folder.
    public static var process: CommandIO {
        CommandIO(
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            err: { text in FileHandle.standardError.write(Data(text.utf8)) },
            readAllInput: { FileHandle.standardInput.readDataToEndOfFile() },
            readLine: { Swift.readLine(strippingNewline: true) },
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1)
    }

    /// An absolute path for a path given on the command line.
    public func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
    }
}
