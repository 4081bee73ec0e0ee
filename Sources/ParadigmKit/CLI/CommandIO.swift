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
    /// Reads one line of a conversation, telling end of input apart from Ctrl-C. Defaults to
    /// ``readLine``, where `nil` is end of input and Ctrl-C never happens.
    public var readInputLine: @Sendable () -> InputLine
    /// Starts a conversation on the terminal and returns what ends it. While it lasts, Ctrl-C
    /// makes ``readInputLine`` return ``InputLine/interrupted`` instead of ending the process;
    /// ending it restores the terminal's settings, resets its colours when the argument says
    /// colour was used, and brings back the usual Ctrl-C. Defaults to doing nothing.
    public var beginConversation: @Sendable (_ colour: Bool) -> @Sendable () -> Void
    /// Why writing to standard output or standard error failed (`cannot write standard output:
    /// No space left on device`), or `nil` while every write has succeeded. Defaults to `nil`.
    public var writeFailure: @Sendable () -> String?

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
        self.readInputLine = { readLine().map(InputLine.line) ?? .endOfInput }
        self.beginConversation = { _ in {} }
        self.writeFailure = { nil }
    }

    /// The process's real standard streams, environment and folder.
    public static var process: CommandIO {
        let output = StreamWriter(descriptor: STDOUT_FILENO, name: "standard output")
        let error = StreamWriter(descriptor: STDERR_FILENO, name: "standard error")
        var io = CommandIO(
            out: output.write, err: error.write,
            readAllInput: { FileHandle.standardInput.readDataToEndOfFile() },
            readLine: { Swift.readLine(strippingNewline: true) },
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1)
        io.readInputLine = { Terminal.readLine(descriptor: STDIN_FILENO) }
        io.beginConversation = { colour in Terminal.beginConversation(colour: colour, write: output.write) }
        io.writeFailure = { output.failureMessage ?? error.failureMessage }
        return io
    }

    /// An absolute path for a path given on the command line.
    public func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (currentDirectory as NSString).appendingPathComponent(path)
    }
}

/// One line of a conversation on standard input.
public enum InputLine: Sendable, Equatable {
    /// A line, without its line break.
    case line(String)
    /// Standard input ended: Ctrl-D in a terminal, or the end of a pipe or file.
    case endOfInput
    /// Ctrl-C was pressed.
    case interrupted
}
