import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The process's terminal during an interview: Ctrl-C, a closed terminal, `kill` and Ctrl-\
/// caught as answer-like events rather than kills (``Interruption``), lines read so that end of
/// input and a signal stay apart, and the terminal's settings put back afterwards.
enum Terminal {
    /// How long one wait for input lasts before a pending signal is looked at again.
    static let pollMilliseconds: Int32 = 100
    /// The longest reply taken; a longer line is read to its end and refused (``InputLine/tooLong``).
    static let maximumLineBytes = 1 << 20

    /// Catches the signals and remembers the terminal's settings; the returned closure restores
    /// both (and resets colours through `write` when `colour` was on).
    static func beginConversation(colour: Bool, write: @escaping @Sendable (String) -> Void) -> @Sendable () -> Void {
        var settings = termios()
        let onTerminal = isatty(STDIN_FILENO) == 1 && tcgetattr(STDIN_FILENO, &settings) == 0
        let saved = settings
        let release = Interruption.catching()
        return {
            if onTerminal {
                var restored = saved
                _ = tcsetattr(STDIN_FILENO, TCSADRAIN, &restored)
            }
            if colour { write(Style.reset) }
            release()
        }
    }

    /// The rows of the terminal on a descriptor, or `nil` when it is not a terminal or gives
    /// no size.
    static func rows(descriptor: Int32) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Whether the one line that may still be read after a signal has been (see ``readLine(descriptor:)``).
    private static let drainedAfterSignal = Mutex(false)

    /// Reads one line from a file descriptor without stdio buffering. Waits in short polls so
    /// that a signal is noticed at once, even when it arrives between two reads. A line already
    /// typed when the signal came (Enter, then the terminal closed at once) is still returned,
    /// once, so that its answer is saved; then every read gives ``InputLine/interrupted``. End
    /// of input with a partial line gives that line from a pipe, but drops it in a terminal
    /// (there, Ctrl-D after typing means "stop", not "send what I typed").
    static func readLine(descriptor: Int32) -> InputLine {
        var bytes: [UInt8] = []
        var tooLong = false
        while true {
            let signalled = Interruption.pending != nil
            if signalled, drainedAfterSignal.withLock({ $0 }) { return .interrupted }
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, signalled ? 0 : pollMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if ready == 0 {
                guard signalled else { continue }
                drainedAfterSignal.withLock { $0 = true }
                return .interrupted
            }
            var byte: UInt8 = 0
            let count = read(descriptor, &byte, 1)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .endOfInput
            }
            if count == 0 {
                if (bytes.isEmpty && !tooLong) || isatty(descriptor) == 1 { return .endOfInput }
                return tooLong ? .tooLong : .line(decode(bytes))
            }
            if byte == UInt8(ascii: "\n") {
                if signalled { drainedAfterSignal.withLock { $0 = true } }
                return tooLong ? .tooLong : .line(decode(bytes))
            }
            if bytes.count < maximumLineBytes {
                bytes.append(byte)
            } else {
                tooLong = true
                bytes.removeAll()
            }
        }
    }

    private static func decode(_ bytes: [UInt8]) -> String {
        var line = String(decoding: bytes, as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
