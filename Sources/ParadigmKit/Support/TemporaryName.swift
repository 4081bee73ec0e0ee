import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The hidden name an output is staged under beside its target, `.NAME.tmp-PID-RANDOM`: the
/// writer's process id in it tells a temporary file a running process is writing from one a
/// process killed outright (SIGKILL, a power cut) left behind.
enum TemporaryName {
    /// A new temporary name for the file named `base`, for this process.
    static func make(for base: String) -> String {
        ".\(base).tmp-\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }

    /// The process that made `name` as a temporary name for `base`; `nil` when `name` is not one.
    static func writer(of name: String, for base: String) -> pid_t? {
        let prefix = ".\(base).tmp-"
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
        guard rest.count == 2, let pid = pid_t(rest[0]), pid > 0, !rest[1].isEmpty,
            rest[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return nil }
        return pid
    }

    /// Removes the temporary files of the file at the absolute path `path` that were left by
    /// processes no longer running: regular files whose name is ``make(for:)``'s pattern for
    /// it; nothing else, and never one a running process may still publish. Call it only while
    /// holding the file's lock (``LockFile``), so that no other writer of the file is at work.
    /// Returns the names removed.
    @discardableResult
    static func removeStale(beside path: String) -> [String] {
        let folder = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed: [String] = []
        for name in names.sorted() {
            guard let pid = writer(of: name, for: base), kill(pid, 0) != 0, errno == ESRCH else { continue }
            let full = (folder as NSString).appendingPathComponent(name)
            guard FileStatus(path: full)?.type == S_IFREG, unlink(full) == 0 else { continue }
            removed.append(name)
        }
        return removed
    }
}
