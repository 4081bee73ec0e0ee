import Foundation

/// Reads inputs and writes outputs with the command line's error rules: a missing, unreadable
/// or folder input is exit 66; an output is written to a temporary file in the same folder and
/// renamed into place, so that no reader ever sees half a file.
enum FileAccess {
    /// The most an input file may hold: far above any real answers file or questionnaire.
    static let maximumInputBytes = 16 * 1024 * 1024

    /// Reads an input file (or standard input for `-`) and decodes it.
    static func readSource(_ path: String, io: CommandIO) throws(CommandError) -> SourceFile {
        let data = try readData(path, io: io)
        do {
            return try DocumentParser.decode(data, name: path == "-" ? "<stdin>" : path)
        } catch {
            throw .data(error)
        }
    }

    /// Reads an input's bytes (standard input for `-`), refusing a missing file, a folder, an
    /// unreadable file, and more than `limit` bytes (with the diagnostic `tooLarge` makes of the name).
    static func readData(
        _ path: String, io: CommandIO, limit: Int = maximumInputBytes,
        tooLarge: (String) -> Diagnostics = { FileAccess.tooLarge($0) }
    ) throws(CommandError) -> Data {
        if path == "-" {
            let data: Data
            do {
                data = try io.readAllInput(limit + 1)
            } catch {
                throw .io("reading standard input failed: \(describe(error.code))")
            }
            if data.count > limit { throw .data(tooLarge("<stdin>")) }
            return data
        }
        // One open, one fstat and the reads: a team brief reads thousands of files, and
        // asking FileManager first (exists? folder? readable?) cost more than the reading.
        let descriptor = open(io.resolve(path), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw refusal(path, errno: errno, io: io) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .io("reading '\(path)' failed: \(describe(errno))") }
        if status.st_mode & S_IFMT == S_IFDIR { throw .noInput("cannot read '\(path)': it is a folder, not a file") }
        io.inputFiles.record(status, name: path)
        let data: Data
        do {
            data = try read(descriptor, atMost: limit + 1, sizeHint: Int(status.st_size))
        } catch {
            throw .io("reading '\(path)' failed: \(describe(error.code))")
        }
        if data.count > limit { throw .data(tooLarge(path)) }
        return data
    }

    /// Reads a descriptor to its end, or to `atMost` bytes. The size is a hint (a pipe, a FIFO
    /// or a file in /proc has none), so memory stays bounded whatever is behind the descriptor.
    static func read(_ descriptor: Int32, atMost limit: Int, sizeHint: Int) throws(InputReadError) -> Data {
        var data = Data(count: min(max(sizeHint, 0) + 1, limit))
        var filled = 0
        while filled < limit {
            if filled == data.count { data.count = min(max(data.count * 2, 65_536), limit) }
            let count = data.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputReadError(code: errno)
            }
            filled += count
        }
        data.count = filled
        return data
    }

    /// Why an input could not be opened, by the command line's rules: missing (or a dangling
    /// link) is "no such file", a folder is named as one, anything else is refused access.
    private static func refusal(_ path: String, errno code: Int32, io: CommandIO) -> CommandError {
        switch code {
        case ENOENT, ENOTDIR, ELOOP, ENAMETOOLONG:
            return .noInput("cannot read '\(path)': no such file")
        default:
            var status = stat()
            if stat(io.resolve(path), &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
                return .noInput("cannot read '\(path)': it is a folder, not a file")
            }
            return .noInput("cannot read '\(path)': \(code == EACCES ? "permission denied" : describe(code))")
        }
    }

    /// An error number in the operating system's words ("Input/output error").
    private static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    private static func tooLarge(_ name: String) -> Diagnostics {
        Diagnostics([
            Diagnostic(
                .error, "the file is larger than the \(maximumInputBytes / 1024 / 1024) MiB an input may hold",
                file: name,
                help: "an answers file or questionnaire is a few kilobytes; check that this is the right file")
        ])
    }

    /// Refuses an output path whose folder does not exist (exit 73), naming the folder as the
    /// path gives it rather than as an absolute path.
    static func requireFolder(of path: String, io: CommandIO) throws(CommandError) {
        let folder = (io.resolve(path) as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .cannotCreate("cannot write '\(path)': the folder '\(shownFolder(of: path))' does not exist")
        }
    }

    /// ``requireFolder(of:io:)``, and the folder must be writable: for a command that asks
    /// questions before it writes, so that the answers are not lost to a folder it cannot use.
    static func requireWritableFolder(of path: String, io: CommandIO) throws(CommandError) {
        try requireFolder(of: path, io: io)
        guard FileManager.default.isWritableFile(atPath: (io.resolve(path) as NSString).deletingLastPathComponent)
        else {
            throw .cannotCreate("cannot write '\(path)': the folder '\(shownFolder(of: path))' is not writable")
        }
    }

    /// An output's folder as the user wrote it (`.` for a bare file name), so that a message
    /// names what they typed rather than an absolute path.
    private static func shownFolder(of path: String) -> String {
        let written = (path as NSString).deletingLastPathComponent
        return written.isEmpty ? "." : written
    }

    /// Writes text to `-o FILE` by ``AtomicFile``'s rules: a new file is created (exit 73 if
    /// another process takes the name first), a regular file is replaced only with `force`, a
    /// device or FIFO is written in place, and a symbolic link or folder is refused.
    /// `/dev/stdout` and `/dev/stderr` are the command's own standard streams.
    static func write(_ text: String, to path: String, force: Bool, io: CommandIO) throws(CommandError) {
        try requireFolder(of: path, io: io)
        switch (io.resolve(path) as NSString).standardizingPath {
        case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1": return io.out(text)
        case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2": return io.err(text)
        default: break
        }
        try write(Data(text.utf8), to: path, force: force, io: io)
    }

    /// Writes bytes (a DOCX or PDF made in a temporary folder) to `-o FILE` by the same rules;
    /// a name for standard output is written through in place.
    static func write(_ data: Data, to path: String, force: Bool, io: CommandIO) throws(CommandError) {
        try requireFolder(of: path, io: io)
        try refuseInput(path, io: io)
        let interruption = Interruption.catching()
        defer { interruption() }
        do {
            try AtomicFile.write(data, to: io.resolve(path), replacing: force)
        } catch {
            throw failure(error, writing: path, io: io)
        }
    }

    /// Refuses an output that is one of the files the command read (the same device and inode,
    /// whatever the name), with or without `--force` (exit 73).
    static func refuseInput(_ path: String, io: CommandIO) throws(CommandError) {
        guard let input = io.inputFiles.input(at: io.resolve(path)) else { return }
        let same = input == path ? "it is the input '\(input)'" : "it is the same file as the input '\(input)'"
        throw .cannotCreate("cannot write '\(path)': \(same); name another file for the output")
    }

    /// Refuses, before any work, an output that ``write(_:to:force:io:)`` would refuse.
    static func checkOutput(
        _ path: String, force: Bool, io: CommandIO, hint: String = "pass --force to replace it"
    )
        throws(CommandError)
    {
        let kind: AtomicWriteError.Kind
        switch OutputTarget.examine(io.resolve(path)) {
        case .absent, .device, .descriptor: return
        case .regularFile:
            guard !force else { return }
            kind = .exists
        case .symbolicLink: kind = .symbolicLink
        case .folder: kind = .folder
        case .other: kind = .notRegular
        }
        throw failure(AtomicWriteError(kind, ""), writing: path, io: io, hint: hint)
    }

    /// The command line's error for a failed write of `path`: exit 73 for an output that cannot
    /// be created or may not be replaced, 74 for a failure midway.
    static func failure(
        _ error: AtomicWriteError, writing path: String, io: CommandIO, hint: String = "pass --force to replace it"
    ) -> CommandError {
        switch error.kind {
        case .exists: return .cannotCreate("'\(path)' already exists; \(hint)")
        case .folder: return .cannotCreate("cannot write '\(path)': it is a folder")
        case .symbolicLink:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: io.resolve(path))) ?? "?"
            return .cannotCreate(
                "cannot write '\(path)': it is a symbolic link (to '\(target)'), "
                    + "which is never replaced; name the file itself")
        case .notRegular:
            return .cannotCreate("cannot write '\(path)': it is not a regular file, a character device or a FIFO")
        case .changed:
            return .cannotCreate(
                "cannot write '\(path)': it was replaced by something else while the output was made; "
                    + "nothing was written to it")
        case .create: return .cannotCreate("cannot write '\(path)': \(error.message)")
        case .write: return .io("cannot write '\(path)': \(error.message)")
        case .interrupted(let signal): return .interrupted(signal: signal)
        }
    }
}
