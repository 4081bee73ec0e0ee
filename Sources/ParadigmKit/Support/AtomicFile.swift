import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Why an atomic write failed.
package struct AtomicWriteError: Error, Sendable {
    /// What kind of failure, for the exit code and message a command gives it.
    package enum Kind: Sendable, Equatable {
        /// The name exists and may not be replaced (or another process took it first).
        case exists
        /// The name is a folder.
        case folder
        /// The name is a symbolic link, which is never replaced by a file.
        case symbolicLink
        /// The name is neither a regular file, a character device nor a FIFO (a socket, a block device).
        case notRegular
        /// The file could not be created (no permission, a read-only file system).
        case create
        /// Writing, flushing or renaming failed midway (a full disk, an I/O error).
        case write
        /// What stood at the name when it was examined was replaced meanwhile (by a link, a
        /// file or another device), and nothing was written.
        case changed
        /// A signal asked the process to stop before the file was published.
        case interrupted(Int32)
    }

    /// What kind of failure.
    package let kind: Kind
    /// What failed, in words.
    package let message: String
    /// Which file of a set failed (``AtomicFileSet``); `nil` for a single file, or when what
    /// failed was the set's finishing step.
    package internal(set) var path: String?

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The failure the current `errno` describes.
    static func errno(_ kind: Kind) -> AtomicWriteError {
        AtomicWriteError(kind, String(cString: strerror(Glibc.errno)))
    }

    /// Throws ``Kind/interrupted(_:)`` when a signal has been caught (``Interruption``).
    static func throwIfInterrupted() throws(AtomicWriteError) {
        if let signal = Interruption.pending { throw AtomicWriteError(.interrupted(signal), "interrupted") }
    }
}

/// Writes a file so that readers see either the old content or the new, never half of it: the
/// bytes go to a temporary file in the same folder, are flushed to disk, and the temporary file
/// is published under the target's name. What stands at the name decides how (``OutputTarget``):
/// a new name is taken with `renameat2(RENAME_NOREPLACE)` (or `link(2)`), which fails when the
/// name exists, so that of two writers exactly one wins and nothing that appeared meanwhile is
/// replaced; a regular file is replaced only when replacing is allowed, by exchanging the two
/// names and putting back whatever is not a regular file any more, and keeps its mode; a
/// character device or FIFO is written to in place (``DeviceOutput``), never replaced; a
/// symbolic link, a folder and anything else are refused.
package enum AtomicFile {
    /// Writes `data` to `path` by the rules above. A new file gets mode 0666 less the umask.
    /// When `interruptible`, a signal caught meanwhile (``Interruption``) stops the write before
    /// the file is published; the interview, which saves because of the signal, writes anyway.
    package static func write(
        _ data: Data, to path: String, replacing: Bool, interruptible: Bool = true
    )
        throws(AtomicWriteError)
    {
        let staged = try StagedFile(data, for: path, replacing: replacing)
        do throws(AtomicWriteError) {
            try staged.publish(interruptible: interruptible)
        } catch {
            staged.discard()
            throw error
        }
    }

    /// Writes all of `data` to an open descriptor, going on after `EINTR`; the `errno` of a
    /// failure, or `nil`.
    static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if Glibc.errno == EINTR { continue }
                    return Glibc.errno
                }
                offset += written
            }
            return nil
        }
    }
}

/// What stands at an output's name, examined without following a final symbolic link.
package enum OutputTarget: Sendable, Equatable {
    /// Nothing: the name is free (a dangling symbolic link is not nothing: it is a link).
    case absent
    /// A regular file, with its permission bits.
    case regularFile(mode: mode_t)
    /// A character device or a FIFO: written to in place, never replaced.
    case device
    /// A name for one of the process's open descriptors (`/dev/stdout`, `/dev/fd/N`,
    /// `/proc/self/fd/N`): written to in place through the link.
    case descriptor
    /// A symbolic link.
    case symbolicLink
    /// A folder.
    case folder
    /// A socket or a block device.
    case other

    /// What stands at the absolute path `path`.
    package static func examine(_ path: String) -> OutputTarget {
        if isDescriptorName(path) { return .descriptor }
        var status = stat()
        guard lstat(path, &status) == 0 else { return .absent }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regularFile(mode: status.st_mode & 0o7777)
        case S_IFCHR, S_IFIFO: return .device
        case S_IFLNK: return .symbolicLink
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// Whether the path names one of the process's descriptors rather than a file.
    static func isDescriptorName(_ path: String) -> Bool {
        let standard = (path as NSString).standardizingPath
        return ["/dev/stdout", "/dev/stderr"].contains(standard)
            || ["/dev/fd/", "/proc/self/fd/"].contains { standard.hasPrefix($0) }
    }
}
