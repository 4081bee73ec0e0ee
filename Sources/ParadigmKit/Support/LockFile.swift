import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Why a lock could not be taken.
package enum LockError: Error, Sendable, Equatable {
    /// The lock file exists: another process holds the lock, or one that ended without removing
    /// it did (`running` says whether the process it names is alive).
    case held(lockPath: String, pid: Int32?, running: Bool)
    /// The lock file could not be created, in the system's words.
    case failed(String)
}

/// An exclusive lock on a file for the life of one process's work on it, in the manner of git's
/// `index.lock`: a file `NAME.lock` beside it, created with `O_EXCL` (so that of two processes
/// exactly one creates it) and holding the holder's process id. It is removed by ``release()``;
/// a process killed outright (SIGKILL, a power cut) leaves it behind, and the next one is told
/// whose it was and how to remove it.
package final class LockFile: Sendable {
    /// The lock file's absolute path.
    package let path: String

    private init(path: String) { self.path = path }

    /// Takes the lock on the file at the absolute path `target`.
    package static func acquire(for target: String) throws(LockError) -> LockFile {
        let path = target + ".lock"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            guard errno == EEXIST else { throw .failed(String(cString: strerror(errno))) }
            let pid = (try? String(contentsOfFile: path, encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            let running = pid.map { kill($0, 0) == 0 || errno == EPERM } ?? false
            throw .held(lockPath: path, pid: pid, running: running)
        }
        _ = AtomicFile.writeAll(Data("\(getpid())\n".utf8), to: descriptor)
        close(descriptor)
        return LockFile(path: path)
    }

    /// Gives the lock up (removes the lock file).
    package func release() {
        unlink(path)
    }
}
