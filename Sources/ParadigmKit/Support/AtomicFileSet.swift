import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Several files that belong together (a brief and its charts), published so that they appear
/// together or not at all: every file is staged and flushed first, then each is published by
/// ``AtomicFile``'s rules; when one cannot be, those already published are taken back (a new
/// file removed, a replaced one restored from a link kept to it until the end).
package enum AtomicFileSet {
    /// Writes every file, then runs `finish` (which may write what goes to standard output);
    /// when a file or `finish` fails, no file of the set is left changed, except a device,
    /// which cannot take back what was written to it.
    package static func write(
        _ files: [(path: String, data: Data)], replacing: Bool, finish: () throws(AtomicWriteError) -> Void = {}
    ) throws(AtomicWriteError) {
        var staged: [StagedFile] = []
        var published: [(file: StagedFile, backup: String?)] = []
        do throws(AtomicWriteError) {
            for file in files {
                do throws(AtomicWriteError) {
                    staged.append(try StagedFile(file.data, for: file.path, replacing: replacing))
                } catch {
                    throw error.about(file.path)
                }
            }
            for file in staged {
                var backup: String?
                do throws(AtomicWriteError) {
                    backup = file.replaces ? try keepBackup(of: file.target) : nil
                    try file.publish()
                } catch {
                    if let backup { unlink(backup) }
                    throw error.about(file.target)
                }
                published.append((file, backup))
            }
            try finish()
        } catch {
            for (file, backup) in published.reversed() where file.temporary != nil {
                if let backup { rename(backup, file.target) } else { unlink(file.target) }
            }
            for file in staged { file.discard() }
            throw error
        }
        for case let (_, backup?) in published { unlink(backup) }
    }

    /// A second name for the file at `path`, hidden beside it, to restore it from.
    private static func keepBackup(of path: String) throws(AtomicWriteError) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        for _ in 0..<100 {
            let backup = folder + "/.\(base).old-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
            if link(path, backup) == 0 { return backup }
            if errno != EEXIST { break }
        }
        throw .errno(.create)
    }
}

extension AtomicWriteError {
    /// The same failure, said to concern `path`.
    func about(_ path: String) -> AtomicWriteError {
        var error = self
        error.path = path
        return error
    }
}
