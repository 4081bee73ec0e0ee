import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One output, written and flushed under a temporary name beside its target and waiting to be
/// published; or, for a device, the bytes to write to it in place.
struct StagedFile {
    /// The absolute path to publish as.
    let target: String
    /// The temporary file, `nil` when the target is written in place.
    let temporary: String?
    /// Whether the target is a regular file this replaces.
    let replaces: Bool
    /// The device examined at the target, which the device opened must still be; `nil` for a
    /// file, or for a name of one of the process's descriptors.
    private let device: FileStatus?
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
        case .device:
            guard let identity = FileStatus(path: path), identity.isDevice else {
                throw AtomicWriteError(.changed, "it was replaced by something else meanwhile")
            }
            device = identity
            temporary = nil
            replaces = false
            return
        case .descriptor:
            device = nil
            temporary = nil
            replaces = false
            return
        case .symbolicLink: throw AtomicWriteError(.symbolicLink, "it is a symbolic link")
        case .folder: throw AtomicWriteError(.folder, "it is a folder")
        case .other: throw AtomicWriteError(.notRegular, "it is not a regular file, a character device or a FIFO")
        }
        device = nil
        replaces = keptMode != nil
        temporary = try Self.writeTemporary(data, beside: path, mode: keptMode)
    }

    /// Makes the staged file visible under its target's name: takes a new name (failing if
    /// anything took it meanwhile), exchanges it with a regular file it replaces, or writes a
    /// device. When `interruptible`, a caught signal stops it first.
    func publish(interruptible: Bool = true) throws(AtomicWriteError) {
        if interruptible { try AtomicWriteError.throwIfInterrupted() }
        guard let temporary else {
            if let device {
                return try DeviceOutput.write(data, to: target, expected: device, interruptible: interruptible)
            }
            return try writeToDescriptorName()
        }
        if replaces { try replace(with: temporary) } else { try claim(with: temporary) }
    }

    /// Removes the temporary file, if it is still there.
    func discard() {
        if let temporary { unlink(temporary) }
    }

    /// Publishes under a name that was free: never replaces anything that appeared there since.
    private func claim(with temporary: String) throws(AtomicWriteError) {
        guard let code = Rename.rename(temporary, to: target, .noReplace) else { return }
        if code == EEXIST { throw AtomicWriteError(.exists, "it already exists") }
        guard Rename.unsupported(code) else { throw AtomicWriteError(.create, String(cString: strerror(code))) }
        if link(temporary, target) == 0 {
            unlink(temporary)
            return
        }
        switch errno {
        case EEXIST: throw AtomicWriteError(.exists, "it already exists")
        case EPERM, EOPNOTSUPP, EMLINK:
            // A file system with neither: claim the name with O_EXCL, then rename over it.
            let claim = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
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

    /// Replaces the regular file at the target: the two names are exchanged, and when what
    /// came back is no longer a regular file (a link, a device or a folder put there since it
    /// was examined) the names are exchanged back, and the write refused.
    private func replace(with temporary: String) throws(AtomicWriteError) {
        switch Rename.rename(temporary, to: target, .exchange) {
        case nil:
            let old = FileStatus(path: temporary)
            guard old?.type == S_IFREG else {
                // Exchanged back (a folder cannot be renamed over a file), the new file is left
                // under the temporary name, which the caller discards.
                if Rename.rename(temporary, to: target, .exchange) != nil { rename(temporary, target) }
                throw Self.refusal(old)
            }
            unlink(temporary)
        case ENOENT?:
            try claim(with: temporary)  // removed meanwhile: the name is new again
        case let code? where Rename.unsupported(code):
            let current = FileStatus(path: target)
            guard current?.type == S_IFREG else { throw Self.refusal(current) }
            guard rename(temporary, target) == 0 else { throw .errno(.write) }
        case let code?:
            throw AtomicWriteError(.write, String(cString: strerror(code)))
        }
    }

    /// Why what now stands at the target may not be replaced.
    private static func refusal(_ found: FileStatus?) -> AtomicWriteError {
        switch found?.type {
        case S_IFLNK: AtomicWriteError(.symbolicLink, "it is a symbolic link")
        case S_IFDIR: AtomicWriteError(.folder, "it is a folder")
        default: AtomicWriteError(.changed, "it was replaced by something else meanwhile")
        }
    }

    /// Writes to a name for one of the process's descriptors, through the link it is.
    private func writeToDescriptorName() throws(AtomicWriteError) {
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
            temporary = (folder.isEmpty ? "." : folder) + "/" + TemporaryName.make(for: base)
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
