import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The first signal caught by ``Interruption``'s handler, 0 while none has come. A signal
/// handler can reach nothing but global state, and it only ever stores a signal number here:
/// the one place in the package that needs `nonisolated(unsafe)`.
nonisolated(unsafe) private var caughtSignal: sig_atomic_t = 0

/// The signals that ask the process to stop, caught while there is something to finish first:
/// an answer to save, a temporary file or staging folder to remove. The handler only records the
/// signal; the code that is working looks at ``pending`` at safe points, cleans up and stops
/// with exit code 128 + the signal, as a shell reports a process the signal ended.
package enum Interruption {
    /// Ctrl-C, a closed terminal, `kill`, and Ctrl-\ (which would otherwise print a crash report).
    package static let signals: [Int32] = [SIGINT, SIGHUP, SIGTERM, SIGQUIT]

    private static let state = Mutex<(depth: Int, previous: [Int32: sighandler_t?], blocked: [Int32])>(
        (0, [:], []))

    /// The signal that has come while caught, if any.
    package static var pending: Int32? { caughtSignal == 0 ? nil : Int32(caughtSignal) }

    /// Catches the signals until the returned closure is called, which puts back what was
    /// there before. Nested calls share one set of handlers.
    package static func catching() -> @Sendable () -> Void {
        state.withLock { state in
            state.depth += 1
            guard state.depth == 1 else { return }
            for number in signals {
                state.previous[number] = signal(number) { number in
                    if caughtSignal == 0 { caughtSignal = number }
                }
            }
            // A parent may have blocked the signals (test runners and some launchers do); the
            // blocked mask is inherited, and the handler would never run.
            var wanted = sigset_t()
            var before = sigset_t()
            sigemptyset(&wanted)
            for number in signals { sigaddset(&wanted, number) }
            if pthread_sigmask(SIG_UNBLOCK, &wanted, &before) == 0 {
                state.blocked = signals.filter { sigismember(&before, $0) == 1 }
            }
        }
        return {
            state.withLock { state in
                state.depth -= 1
                guard state.depth == 0 else { return }
                var reblock = sigset_t()
                sigemptyset(&reblock)
                for number in state.blocked { sigaddset(&reblock, number) }
                if !state.blocked.isEmpty { _ = pthread_sigmask(SIG_BLOCK, &reblock, nil) }
                for (number, handler) in state.previous { _ = signal(number, handler ?? nil) }
                state.previous = [:]
                state.blocked = []
            }
        }
    }
}
