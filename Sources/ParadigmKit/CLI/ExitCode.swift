#if canImport(Glibc)
import Glibc
#endif

/// The exit codes of `paradigm`, from BSD's sysexits where one fits. Documented in the README.
public enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// The command line was wrong: unknown option, missing argument (EX_USAGE).
    case usage = 64
    /// An input was malformed: parse, schema or validation errors (EX_DATAERR).
    case dataError = 65
    /// An input file does not exist, is a folder or cannot be read (EX_NOINPUT).
    case noInput = 66
    /// A program the command needs is not installed, e.g. pandoc for `--format docx` (EX_UNAVAILABLE).
    case unavailable = 69
    /// An output file cannot be created: its folder is missing, or it exists and `--force` was not
    /// given (EX_CANTCREAT).
    case cannotCreate = 73
    /// Reading or writing failed midway (EX_IOERR).
    case ioError = 74
    /// The terminal was closed (SIGHUP), after saving what there was to save (128 + 1).
    case hangUp = 129
    /// Interrupted by Ctrl-C, after saving what there was to save (128 + SIGINT).
    case interrupted = 130
    /// Ctrl-\ (SIGQUIT), after saving, without a crash report (128 + 3).
    case quit = 131
    /// Asked to stop with `kill` (SIGTERM), after saving (128 + 15).
    case terminated = 143

    /// The exit code for stopping on a signal: 128 + its number, as a shell reports it.
    static func stopped(by signal: Int32) -> ExitCode {
        switch signal {
        case SIGHUP: .hangUp
        case SIGQUIT: .quit
        case SIGTERM: .terminated
        default: .interrupted
        }
    }
}

/// Why a command failed, with what to tell the user.
public enum CommandError: Error, Sendable {
    /// A usage error, with the command whose usage to show.
    case usage(String, command: String?)
    /// Located diagnostics from reading an input.
    case data(Diagnostics)
    /// An input that cannot be read.
    case noInput(String)
    /// A program the command needs is missing: what it is and what to install.
    case unavailable(String)
    /// An output that cannot be created.
    case cannotCreate(String)
    /// A failure midway through reading or writing.
    case io(String)
    /// A signal (Ctrl-C, a closed terminal, `kill`, Ctrl-\), after saving and cleaning up.
    case interrupted(signal: Int32)

    /// The exit code for this failure.
    public var exitCode: ExitCode {
        switch self {
        case .usage: .usage
        case .data: .dataError
        case .noInput: .noInput
        case .unavailable: .unavailable
        case .cannotCreate: .cannotCreate
        case .io: .ioError
        case .interrupted(let signal): .stopped(by: signal)
        }
    }
}
