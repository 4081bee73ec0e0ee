import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Set by the Ctrl-C handler and read by ``Terminal/readLine(descriptor:)``. A signal handler
/// can reach nothing but global state, and it only ever stores 1 here: the one place in the
/// package that needs `nonisolated(unsafe)`.
nonisolated(unsafe) private var interruptPending: sig_atomic_t = 0

/// The process's terminal during an interview: Ctrl-C caught as an answer-like event rather
/// than a kill, lines read so that end of input and Ctrl-C stay apart, and the terminal's
/// settings put back afterwards.
enum Terminal {
    /// How long one wait for input lasts before a pending Ctrl-C is looked at again.
    static let pollMilliseconds: Int32 = 100
    /// The longest line kept; the rest of a longer line is read and dropped.
    static let maximumLineBytes = 1 << 20

    /// Catches Ctrl-C and remembers the terminal's settings; the returned closure restores
    /// both (and resets colours when `colour` was on).
    static func beginConversation(colour: Bool) -> @Sendable () -> Void {
        interruptPending = 0
        var settings = termios()
        let onTerminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &settings) == 0
        let saved = settings
        let previous = signal(SIGINT) { _ in interruptPending = 1 }
        // A parent may have blocked Ctrl-C (test runners and some launchers do); the blocked
        // mask is inherited, and the handler would never run.
        var interrupt = sigset_t()
        var blocked = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        let wasBlocked = pthread_sigmask(SIG_UNBLOCK, &interrupt, &blocked) == 0 && sigismember(&blocked, SIGINT) == 1
        let reblock = interrupt
        return {
            if wasBlocked {
                var mask = reblock
                _ = pthread_sigmask(SIG_BLOCK, &mask, nil)
            }
            if onTerminal {
                var restored = saved
                _ = tcsetattr(STDIN_FILENO, TCSADRAIN, &restored)
            }
            if colour { FileHandle.standardOutput.write(Data(Style.reset.utf8)) }
            _ = signal(SIGINT, previous)
        }
    }

    /// Reads one line from a file descriptor without stdio buffering. Waits in short polls so
    /// that Ctrl-C is noticed at once, even when it arrives between two reads. End of input
    /// with a partial line gives that line from a pipe, but drops it in a terminal (there,
    /// Ctrl-D after typing means "stop", not "send what I typed").
    static func readLine(descriptor: Int32) -> InputLine {
        var bytes: [UInt8] = []
        while true {
            if interruptPending != 0 { return .interrupted }
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, pollMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if ready == 0 { continue }
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .endOfInput
            }
            if count == 0 {
                if bytes.isEmpty || isatty(descriptor) == 1 { return .endOfInput }
                return .line(decode(bytes))
            }
            if byte == UInt8(ascii: "\n") { return .line(decode(bytes)) }
            if bytes.count < maximumLineBytes { bytes.append(byte) }
        }
    }

    private static func decode(_ bytes: [UInt8]) -> String {
        var line = String(decoding: bytes, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
