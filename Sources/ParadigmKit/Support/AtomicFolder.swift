import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes a set of files as one folder, so that readers see either the old folder or the new
/// one, never part of the set: the files go to a temporary folder beside the target, are
/// flushed to disk (one `sync` for the set), and the folder is renamed into place.
public enum AtomicFolder {
    /// Writes `files` (name → contents) as the folder `path`. An empty folder at `path` is
    /// replaced; a folder with files in it is replaced only when `replacing` is set: the old
    /// folder is moved aside, the new one renamed into place (the old one is moved back if that
    /// fails), and only then is the old one deleted.
    public static func write(_ files: [(name: String, data: Data)], to path: String, replacing: Bool) throws(AtomicWriteError) {
        let parent = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let staging = try temporaryFolder(in: parent, named: ".\(base).import-XXXXXX")
        do throws(AtomicWriteError) {
            for file in files {
                try writeNew(file.data, to: (staging as NSString).appendingPathComponent(file.name))
            }
            // One flush for the whole set: an fsync per file costs milliseconds each, which is
            // most of the time for thousands of files; the folder is only renamed into place
            // once everything in it is on disk.
            sync()
            guard chmod(staging, 0o755) == 0 else { throw AtomicWriteError(message: String(cString: strerror(errno))) }
            try place(staging, at: path, parent: parent, base: base, replacing: replacing)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    private static func place(_ staging: String, at path: String, parent: String, base: String, replacing: Bool) throws(AtomicWriteError) {
        if rename(staging, path) == 0 { return }  // no folder there, or an empty one
        let failure = errno
        guard replacing, failure == ENOTEMPTY || failure == EEXIST else {
            throw AtomicWriteError(message: String(cString: strerror(failure)))
        }
        let aside = try temporaryFolder(in: parent, named: ".\(base).old-XXXXXX")
        let old = (aside as NSString).appendingPathComponent(base)
        guard rename(path, old) == 0 else {
            let message = String(cString: strerror(errno))
            rmdir(aside)
            throw AtomicWriteError(message: message)
        }
        guard rename(staging, path) == 0 else {
            let message = String(cString: strerror(errno))
            rename(old, path)
            rmdir(aside)
            throw AtomicWriteError(message: message)
        }
        try? FileManager.default.removeItem(atPath: aside)
    }

    /// Writes a new file in the private staging folder (mode 0644); no one else can see it yet,
    /// so it needs no temporary name of its own.
    private static func writeNew(_ data: Data, to path: String) throws(AtomicWriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw AtomicWriteError(message: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure { throw AtomicWriteError(message: failure) }
    }

    private static func temporaryFolder(in parent: String, named pattern: String) throws(AtomicWriteError) -> String {
        var template = Array(((parent.isEmpty ? "." : parent) + "/" + pattern).utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard let made else { throw AtomicWriteError(message: String(cString: strerror(errno))) }
        return String(cString: made)
    }
}
