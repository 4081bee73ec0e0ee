import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The files a command has read, by device and inode, so that no output replaces or writes one
/// of them (`paradigm brief a.yaml -o a.yaml --force` would otherwise put the brief in place of
/// the answers). Shared by every copy of a ``CommandIO``.
package final class InputFiles: Sendable {
    private let files = Mutex<[FileStatus: String]>([:])

    /// An empty record.
    package init() {}

    /// Records the file open at `descriptor`, named `name` on the command line.
    func record(_ status: stat, name: String) {
        let file = FileStatus(status)
        files.withLock { files in
            if files[file] == nil { files[file] = name }
        }
    }

    /// The input's name as the command line gave it, when the file at the absolute path `path`
    /// (its final link not followed) is one of the inputs read.
    func input(at path: String) -> String? {
        guard let file = FileStatus(path: path) else { return nil }
        return files.withLock { $0[file] }
    }
}
