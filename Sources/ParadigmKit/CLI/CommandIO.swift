import Foundation

/// Everything a command reads from and writes to outside its arguments, injected so that the
/// command layer runs in-process in tests.
public struct CommandIO: Sendable {
    /// Writes to standard output.
    public var out: @Sendable (String) -> Void
    /// Writes to standard error.
    public var err: @Sendable (String) -> Void
    /// Reads standard input to its end, but never more than the given number of bytes (a
    /// larger input is refused by its reader, which asks for one byte past its limit).
    public var readAllInput: @Sendable (_ atMost: Int) throws(InputReadError) -> Data
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
    /// Reads one line of a conversation, telling end of input apart from Ctrl-C. Defaults to
    /// ``readLine``, where `nil` is end of input and Ctrl-C never happens.
    package var readInputLine: @Sendable () -> InputLine
    /// Starts a conversation on the terminal and returns what ends it. While it lasts, Ctrl-C
    /// makes ``readInputLine`` return ``InputLine/interrupted`` instead of ending the process;
    /// ending it restores the terminal's settings, resets its colours when the argument says
    /// colour was used, and brings back the usual Ctrl-C. Defaults to doing nothing.
    public var beginConversation: @Sendable (_ colour: Bool) -> @Sendable () -> Void
    /// Why writing to standard output or standard error failed (`cannot write standard output:
    /// No space left on device`), or `nil` while every write has succeeded. Defaults to `nil`.
    public var writeFailure: @Sendable () -> String?
    /// The number of rows of the terminal standard output shows, or `nil` when it is not a
    /// terminal (or does not say). Defaults to `nil`.
    public var terminalRows: @Sendable () -> Int?
    /// The files read so far, which no output may be.
    package let inputFiles = InputFiles()

    /// Creates an IO from its parts.
    public init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        readAllInput: @escaping @Sendable (_ atMost: Int) throws(InputReadError) -> Data,
        readLine: @escaping @Sendable () -> String?,
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
        self.readInputLine = { readLine().map(InputLine.line) ?? .endOfInput }
        self.beginConversation = { _ in {} }
        self.writeFailure = { nil }
        self.terminalRows = { nil }
    }

    /// The process's real standard streams, environment and folder.
    public static var process: CommandIO {
        let output = StreamWriter(descriptor: STDOUT_FILENO, name: "standard output")
        let error = StreamWriter(descriptor: STDERR_FILENO, name: "standard error")
        var io = CommandIO(
            out: output.write, err: error.write,
            readAllInput: { limit throws(InputReadError) in
                try FileAccess.read(STDIN_FILENO, atMost: limit, sizeHint: 0)
            },
            readLine: { Swift.readLine(strippingNewline: true) },
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1)
        io.readInputLine = { Terminal.readLine(descriptor: STDIN_FILENO) }
        io.beginConversation = { colour in Terminal.beginConversation(colour: colour, write: output.write) }
        io.writeFailure = { output.failureMessage ?? error.failureMessage }
        io.terminalRows = { Terminal.rows(descriptor: STDOUT_FILENO) }
        return io
    }

    /// An absolute path for a path given on the command line.
    public func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
    }
}

/// Why reading standard input failed: the system's error number.
public struct InputReadError: Error, Sendable {
    /// The `errno` of the failed read.
    public let code: Int32
}
