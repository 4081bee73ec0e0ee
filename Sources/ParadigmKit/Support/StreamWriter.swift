import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Writes text to a standard stream with `write(2)` and remembers the first failure instead of
/// crashing (Foundation's `FileHandle.write(_:)` ends in a `try!` when the disk is full or the
/// stream is closed). After a failure nothing more is written. A broken pipe (the reader is
/// gone, as with `| head`) is not a failure to report: the output is simply no longer wanted.
package final class StreamWriter: Sendable {
    /// The descriptor written to.
    package let descriptor: Int32
    /// The stream's name in messages: "standard output".
    package let name: String
    private let failure = Mutex<(code: Int32, reported: Bool)?>(nil)

    /// A writer for `descriptor`, named `name` in messages.
    package init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
    }

    /// Writes all of `text`, unless an earlier write failed.
    package func write(_ text: String) {
        failure.withLock { failure in
            guard failure == nil else { return }
            if let code = AtomicFile.writeAll(Data(text.utf8), to: descriptor) {
                failure = (code, code != EPIPE)
            }
        }
    }

    /// The failure to report, as `cannot write standard output: No space left on device`; `nil`
    /// when every write succeeded or the reader went away.
    package var failureMessage: String? {
        failure.withLock { failure in
            guard let failure, failure.reported else { return nil }
            return "cannot write \(name): \(String(cString: strerror(failure.code)))"
        }
    }
}
