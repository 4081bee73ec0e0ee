import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Why an atomic write failed.
public struct AtomicWriteError: Error, Sendable {
    /// What failed, in words.
    public let message: String
}

/// Writes a file so that readers see either the old content or the new, never half of it: the
/// bytes go to a temporary file in the same folder, are flushed to disk, and the temporary file
/// is renamed over the target.
public enum AtomicFile {
    /// Writes `data` to `path` atomically, creating or replacing the file (mode 0644).
    public static func write(_ data: Data, to path: String) throws(AtomicWriteError) {
        let folder = (path as NSString).deletingLastPathComponent
        let base = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.\(base).tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw AtomicWriteError(message: String(cString: strerror(errno))) }
        let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fchmod(descriptor, 0o644) != 0 || fsync(descriptor) != 0 {
            failure = String(cString: strerror(errno))
        }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw AtomicWriteError(message: failure)
        }
    }
}
