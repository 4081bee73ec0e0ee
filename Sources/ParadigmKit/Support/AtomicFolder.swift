import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes a set of files as one folder, so that readers see either the old folder or the new
/// one, never part of the set: the files go to a temporary folder beside the target, are
/// flushed to disk (one `sync` for the set), and the folder is renamed into place. New files
/// get mode 0666 and the folder 0777, less the umask. A signal caught meanwhile
/// (``Interruption``) stops the write and removes the staging folder.
package enum AtomicFolder {
    /// Writes `files` (name → contents) as the folder `path`. An empty folder at `path` is
    /// replaced; a folder with files in it is replaced only when `replacing` is set: the old
    /// folder is moved aside, the new one renamed into place (the old one is moved back if that
    /// fails), and only then is the old one deleted.
    package static func write(
        _ files: [(name: String, data: Data)], to path: String, replacing: Bool
    ) throws(AtomicWriteError) {
        let parent = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        let staging = try temporaryFolder(in: parent, named: ".\(base).import-XXXXXX")
        do throws(AtomicWriteError) {
            for file in files {
                try AtomicWriteError.throwIfInterrupted()
                try writeNew(file.data, to: (staging as NSString).appendingPathComponent(file.name))
            }
            // One flush for the whole set: an fsync per file costs milliseconds each, which is
            // most of the time for thousands of files; the folder is only renamed into place
            // once everything in it is on disk.
            sync()
            try AtomicWriteError.throwIfInterrupted()
            guard chmod(staging, 0o777 & ~processUmask()) == 0 else { throw .errno(.create) }
            try place(staging, at: path, parent: parent, base: base, replacing: replacing)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    private static func place(
        _ staging: String, at path: String, parent: String, base: String, replacing: Bool
    ) throws(AtomicWriteError) {
        if rename(staging, path) == 0 { return }  // no folder there, or an empty one
        let failure = errno
        guard replacing, failure == ENOTEMPTY || failure == EEXIST else {
            throw AtomicWriteError(
                failure == EEXIST || failure == ENOTEMPTY ? .exists : .create,
                String(cString: strerror(failure)))
        }
        let aside = try temporaryFolder(in: parent, named: ".\(base).old-XXXXXX")
        let old = (aside as NSString).appendingPathComponent(base)
        guard rename(path, old) == 0 else {
            let failure = AtomicWriteError.errno(.write)
            rmdir(aside)
            throw failure
        }
        guard rename(staging, path) == 0 else {
            let failure = AtomicWriteError.errno(.write)
            rename(old, path)
            rmdir(aside)
            throw failure
        }
        try? FileManager.default.removeItem(atPath: aside)
    }

    /// Writes a new file in the private staging folder (mode 0666 less the umask); no one else
    /// can see it yet, so it needs no temporary name of its own.
    private static func writeNew(_ data: Data, to path: String) throws(AtomicWriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .errno(.create) }
        var failure = AtomicFile.writeAll(data, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw AtomicWriteError(.write, String(cString: strerror(failure))) }
    }

    /// The process's umask, read from `/proc/self/status` (setting and restoring it with
    /// `umask(2)` would change it for every thread meanwhile); 022 where that says nothing.
    static func processUmask() -> mode_t {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n") where line.hasPrefix("Umask:") {
            if let mask = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) { return mask }
        }
        return 0o022
    }

    private static func temporaryFolder(in parent: String, named pattern: String) throws(AtomicWriteError) -> String {
        var template = Array(((parent.isEmpty ? "." : parent) + "/" + pattern).utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard let made else { throw .errno(.create) }
        return String(cString: made)
    }
}
