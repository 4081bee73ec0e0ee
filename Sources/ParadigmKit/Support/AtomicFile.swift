import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Why an atomic write failed.
public struct AtomicWriteError: Error, Sendable {
    /// What kind of failure, for the exit code and message a command gives it.
    public enum Kind: Sendable, Equatable {
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
        /// A signal asked the process to stop before the file was published.
        case interrupted(Int32)
    }

    /// What kind of failure.
    public let kind: Kind
    /// What failed, in words.
    public let message: String
    /// Which file of a set failed (``AtomicFileSet``); `nil` for a single file, or when what
    /// failed was the set's finishing step.
    public internal(set) var path: String?

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The failure the current `errno` describes.
    static func errno(_ kind: Kind) -> AtomicWriteError {
        AtomicWriteError(kind, String(cString: strerror(Glibc.errno)))
    }
}

/// Writes a file so that readers see either the old content or the new, never half of it: the
/// bytes go to a temporary file in the same folder, are flushed to disk, and the temporary file
/// is published under the target's name. What stands at the name decides how (``OutputTarget``):
/// a new name is taken with `link(2)`, which fails when the name exists, so that of two writers
/// exactly one wins; a regular file is replaced by `rename(2)` only when replacing is allowed,
/// and keeps its mode; a character device or FIFO is written to in place, never replaced; a
/// symbolic link, a folder and anything else are refused.
public enum AtomicFile {
    /// Writes `data` to `path` by the rules above. A new file gets mode 0666 less the umask.
    /// When `interruptible`, a signal caught meanwhile (``Interruption``) stops the write before
    /// the file is published; the interview, which saves because of the signal, writes anyway.
    public static func write(
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
public enum OutputTarget: Sendable, Equatable {
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
    public static func examine(_ path: String) -> OutputTarget {
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

/// One output, written and flushed under a temporary name beside its target and waiting to be
/// published; or, for a device, the bytes to write to it in place.
struct StagedFile {
    /// The absolute path to publish as.
    let target: String
    /// The temporary file, `nil` when the target is written in place.
    let temporary: String?
    /// Whether the target is a regular file this replaces.
    let replaces: Bool
    private let data: Data

    /// Examines `path` and stages `data` for it; throws when the target may not be written.
    init(_ data: Data, for path: String, replacing: Bool) throws(AtomicWriteError) {
        target = path
        self.data = data
        var keptMode: mode_t?
        switch OutputTarget.examine(path) {
        case .absent: break
        case .regularFile(let mode):
            guard replacing else { throw AtomicWriteError(.exists, "it already exists") }
            keptMode = mode
        case .device, .descriptor:
            temporary = nil
            replaces = false
            return
        case .symbolicLink: throw AtomicWriteError(.symbolicLink, "it is a symbolic link")
        case .folder: throw AtomicWriteError(.folder, "it is a folder")
        case .other: throw AtomicWriteError(.notRegular, "it is not a regular file, a character device or a FIFO")
        }
        replaces = keptMode != nil
        temporary = try Self.writeTemporary(data, beside: path, mode: keptMode)
    }

    /// Makes the staged file visible under its target's name: links a new name (failing if
    /// another process took it meanwhile), renames over a file it replaces, or writes a device.
    /// When `interruptible`, a caught signal stops it first.
    func publish(interruptible: Bool = true) throws(AtomicWriteError) {
        if interruptible, let signal = Interruption.pending {
            throw AtomicWriteError(.interrupted(signal), "interrupted")
        }
        guard let temporary else { return try writeInPlace() }
        if replaces {
            guard rename(temporary, target) == 0 else { throw .errno(.write) }
            return
        }
        if link(temporary, target) == 0 {
            unlink(temporary)
            return
        }
        switch errno {
        case EEXIST: throw AtomicWriteError(.exists, "it already exists")
        case EPERM, EOPNOTSUPP, EMLINK:
            // A file system without hard links: claim the name with O_EXCL, then rename over it.
            let claim = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard claim >= 0 else {
                throw errno == EEXIST ? AtomicWriteError(.exists, "it already exists") : .errno(.create)
            }
            close(claim)
            guard rename(temporary, target) == 0 else {
                let failure = AtomicWriteError.errno(.write)
                unlink(target)
                throw failure
            }
        default:
            throw .errno(.create)
        }
    }

    /// Removes the temporary file, if it is still there.
    func discard() {
        if let temporary { unlink(temporary) }
    }

    private func writeInPlace() throws(AtomicWriteError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .errno(.create) }
        defer { close(descriptor) }
        if let code = AtomicFile.writeAll(data, to: descriptor) {
            throw AtomicWriteError(.write, String(cString: strerror(code)))
        }
    }

    /// Writes `data` to a new hidden file beside `path` and flushes it: mode 0666 less the
    /// umask (the kernel applies it at creation), or `mode` when it replaces a file.
    private static func writeTemporary(
        _ data: Data, beside path: String, mode: mode_t?
    ) throws(AtomicWriteError) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        var descriptor: Int32 = -1
        var temporary = ""
        for _ in 0..<100 {
            let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            temporary = (folder.isEmpty ? "." : folder) + "/.\(base).tmp-\(suffix)"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .errno(.create) }
        var failure = AtomicFile.writeAll(data, to: descriptor)
        if failure == nil, let mode, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw AtomicWriteError(.write, String(cString: strerror(failure)))
        }
        return temporary
    }
}
