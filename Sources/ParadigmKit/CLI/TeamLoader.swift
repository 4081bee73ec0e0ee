import Foundation

/// Reads the answers files of a team brief: files and folders (a folder gives its `.yaml` and
/// `.yml` files, sorted by name; a subfolder, FIFO or other non-file so named is skipped with a
/// warning, since reading a FIFO would wait for a writer that never comes). Every file is read, parsed, validated and
/// scored in turn and then dropped, so a folder of many thousands of files needs one open file
/// at a time and little memory. All problems of all files are reported together.
enum TeamLoader {
    /// The answers files named by the command line's paths, in order, each once (a file named
    /// twice, directly, through its folder or through a link, gets a warning and counts once).
    /// Every missing or unreadable path is reported at once (exit 66).
    static func files(_ paths: [String], io: CommandIO) throws(CommandError) -> (files: [String], warnings: Diagnostics)
    {
        var files: [String] = []
        // Which file each name reaches, so that a file named twice (through `..`, a link, or a
        // folder and a file in it) counts once.
        var keys: [FileIdentity] = []
        var missing: [String] = []
        var warnings = Diagnostics()
        var standardInputSeen = false
        for path in paths {
            if path == "-" {
                if standardInputSeen { throw .usage("standard input ('-') can be named only once.", command: "brief") }
                standardInputSeen = true
                files.append(path)
                keys.append(.standardInput)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: io.resolve(path), isDirectory: &isFolder) else {
                missing.append("cannot read '\(path)': no such file or folder")
                continue
            }
            guard isFolder.boolValue else {
                files.append(path)
                keys.append(FileIdentity(io.resolve(path)))
                continue
            }
            guard let folder = answersFiles(inFolder: io.resolve(path)) else {
                missing.append("cannot read the folder '\(path)': permission denied")
                continue
            }
            if folder.allSatisfy({ notAFile($0.type) != nil }) {
                missing.append("the folder '\(path)' holds no answers files (*.yaml or *.yml)")
            }
            for (name, identity, type) in folder {
                let file = (path as NSString).appendingPathComponent(name)
                guard let kind = notAFile(type) else {
                    files.append(file)
                    keys.append(identity)
                    continue
                }
                warnings.append(Diagnostic(.warning, "skipped: it is \(kind), not an answers file", file: file))
            }
        }
        if !missing.isEmpty { throw .noInput(missing.joined(separator: "\n")) }
        var seen: Set<FileIdentity> = []
        var unique: [String] = []
        for (file, key) in zip(files, keys) {
            if seen.insert(key).inserted {
                unique.append(file)
            } else {
                warnings.append(
                    Diagnostic(.warning, "this file is named more than once; its answers count once", file: file))
            }
        }
        return (unique, warnings)
    }

    /// What a folder entry of file type `type` is, in words, when it is not a regular file
    /// (`nil` for a file, or an entry that could not be examined: reading it says why); a link
    /// that leads to no file is skipped like a folder.
    private static func notAFile(_ type: mode_t?) -> String? {
        switch type {
        case nil, S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a link that leads to no file (dangling, or looping back on itself)"
        default: "a device"
        }
    }

    /// The answers files of a folder (`.yaml` and `.yml`, not hidden), sorted by name, each with
    /// the file it reaches and its type; `nil` when the folder cannot be read. Each file is examined relative
    /// to the open folder, on every core: a folder of 100,000 files took most of a second to
    /// list when each was examined by its full path, one after another.
    private static func answersFiles(
        inFolder absolutePath: String
    ) -> [(name: String, identity: FileIdentity, type: mode_t?)]? {
        guard let folder = opendir(absolutePath) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !name.hasPrefix(".") { names.append(name) }
        }
        names.sort()
        let descriptor = dirfd(folder)
        let identities = Parallel.map(names, minimumPerCore: 1024) { name in
            FileIdentity.examine(name, inFolder: descriptor, folderPath: absolutePath)
        }
        return zip(names, identities).map { ($0, $1.identity, $1.type) }
    }

}

/// Which file a name reaches: its device and inode (links followed), so that two names of one
/// file compare equal. A name that cannot be examined keeps its standardised path; it fails
/// with a clear error when it is read.
enum FileIdentity: Hashable {
    case standardInput
    case file(device: UInt64, inode: UInt64)
    case path(String)

    init(_ absolutePath: String) {
        self.init(absolutePath) { stat(absolutePath, &$0) }
    }

    /// The file `name` reaches in an open folder (`folderPath` is its absolute path), and its
    /// file type (`S_IFREG`, `S_IFDIR` …; `nil` when it cannot be examined).
    static func examine(
        _ name: String, inFolder descriptor: Int32, folderPath: String
    ) -> (identity: FileIdentity, type: mode_t?) {
        var type: mode_t?
        let identity = FileIdentity((folderPath as NSString).appendingPathComponent(name)) { status in
            let result = fstatat(descriptor, name, &status, 0)
            if result == 0 { type = status.st_mode & S_IFMT }
            return result
        }
        // A name that leads nowhere may be a link: dangling, or looping back on itself.
        var link = stat()
        if type == nil, fstatat(descriptor, name, &link, AT_SYMLINK_NOFOLLOW) == 0, link.st_mode & S_IFMT == S_IFLNK {
            type = S_IFLNK
        }
        return (identity, type)
    }

    /// The file `examine` finds (a `stat` call, 0 on success), or the standardised path (made
    /// only then: a folder of many files examines each one).
    private init(_ absolutePath: @autoclosure () -> String, examine: (inout stat) -> Int32) {
        var status = stat()
        if examine(&status) == 0 {
            self = .file(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        } else {
            self = .path((absolutePath() as NSString).standardizingPath)
        }
    }
}
