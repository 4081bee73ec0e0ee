#if canImport(Glibc)
import Glibc
#endif

/// Which file a name or a descriptor stands for: its device and inode, and its type (the
/// `S_IFMT` bits), so that what was opened can be compared with what was examined.
struct FileStatus: Sendable, Equatable, Hashable {
    /// The device holding the file.
    let device: UInt64
    /// The file's inode on that device.
    let inode: UInt64
    /// The file's type: `S_IFREG`, `S_IFCHR`, `S_IFIFO`, `S_IFLNK`, ...
    let type: mode_t

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        type = status.st_mode & S_IFMT
    }

    /// What stands at `path`, without following a final symbolic link; `nil` when nothing does.
    init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// What stands at `path`, following symbolic links; `nil` when nothing does.
    init?(following path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// What an open descriptor stands for.
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }

    /// Whether this is a character device or a FIFO, which an output is written to in place.
    var isDevice: Bool { type == S_IFCHR || type == S_IFIFO }
}
