import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes an output in place to the character device or FIFO that was examined at its name:
/// opened without following a link and without waiting (a FIFO with no reader yet is tried
/// again every few milliseconds), then checked with `fstat` to be that same device before a
/// byte is written, and written with `poll(2)` between tries. So a link, a regular file or
/// another device swapped in at the name meanwhile is never written, and a signal
/// (``Interruption``) stops the wait for a reader or a slow one.
enum DeviceOutput {
    /// How long to wait between tries to open a FIFO that has no reader, in microseconds.
    private static let retryInterval: useconds_t = 20_000

    /// Writes `data` to the device at `path`, which must still be `expected` (when given).
    static func write(
        _ data: Data, to path: String, expected: FileStatus?, interruptible: Bool
    ) throws(AtomicWriteError) {
        let descriptor = try open(path, expected: expected, interruptible: interruptible)
        defer { close(descriptor) }
        try writeAll(data, to: descriptor, interruptible: interruptible)
    }

    private static func open(
        _ path: String, expected: FileStatus?, interruptible: Bool
    ) throws(AtomicWriteError) -> Int32 {
        while true {
            if interruptible { try AtomicWriteError.throwIfInterrupted() }
            let descriptor = Glibc.open(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            if descriptor >= 0 {
                let opened = FileStatus(descriptor: descriptor)
                guard let opened, opened.isDevice, expected == nil || opened == expected else {
                    close(descriptor)
                    throw AtomicWriteError(.changed, "it was replaced by something else meanwhile")
                }
                return descriptor
            }
            switch errno {
            case EINTR: continue
            case ENXIO where expected?.type == S_IFIFO: usleep(retryInterval)  // no reader yet
            case ELOOP: throw AtomicWriteError(.symbolicLink, "it is a symbolic link")
            default: throw .errno(.create)
            }
        }
    }

    /// Writes all of `data` to a non-blocking descriptor, waiting with `poll(2)` while it is
    /// full and looking for a signal between tries.
    private static func writeAll(_ data: Data, to descriptor: Int32, interruptible: Bool) throws(AtomicWriteError) {
        var offset = 0
        while offset < data.count {
            if interruptible { try AtomicWriteError.throwIfInterrupted() }
            let written = data.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written >= 0 {
                offset += written
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN:
                var waiting = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&waiting, 1, 100)
            default: throw .errno(.write)
            }
        }
    }
}
