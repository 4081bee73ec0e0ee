/// A property of a fuzz target that an input breaks, in words: the fuzz targets stop the process
/// with it (so that libFuzzer saves the input); the unit tests that replay saved inputs record it.
public struct FuzzFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    /// A failure with its message.
    public init(_ description: String) {
        self.description = description
    }
}
