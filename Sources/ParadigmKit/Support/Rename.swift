#if canImport(Glibc)
import Glibc
#endif

/// `renameat2(2)`, which Swift's Glibc module does not declare: looked up in the C library
/// once. Its flags make publishing exact: `noReplace` never takes a name something else holds,
/// `exchange` swaps two names so that what stood at the target can be looked at (and put back)
/// instead of being lost.
enum Rename {
    /// How to rename.
    enum Mode: UInt32 {
        /// Fails with `EEXIST` when the target exists (`RENAME_NOREPLACE`).
        case noReplace = 1
        /// Swaps the two names; both must exist (`RENAME_EXCHANGE`).
        case exchange = 2
    }

    private typealias Function =
        @convention(c) (
            Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
        ) -> Int32

    private static let function: Function? = {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
    }()

    /// Renames `source` to `target` by `mode`: `nil` when done, otherwise the `errno`
    /// (`ENOSYS` where the C library has no `renameat2`; `EINVAL` where the file system cannot).
    static func rename(_ source: String, to target: String, _ mode: Mode) -> Int32? {
        guard let function else { return ENOSYS }
        return function(AT_FDCWD, source, AT_FDCWD, target, mode.rawValue) == 0 ? nil : errno
    }

    /// Whether an `errno` from ``rename(_:to:_:)`` means the flag is not available here, so that
    /// the caller falls back to another way.
    static func unsupported(_ code: Int32) -> Bool {
        code == ENOSYS || code == EINVAL || code == EOPNOTSUPP
    }
}
