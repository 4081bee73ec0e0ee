/// How a brief reads the answers it is made from, by name: answers files and survey exports,
/// with when each was last changed and where notes on reading go. The command line reads files
/// and standard input; ``inMemory(_:)`` reads texts held in memory.
public struct AnswersReader: Sendable {
    /// An answers file's text, decoded.
    public var source: @Sendable (String) throws(BriefError) -> SourceFile
    /// A survey export's bytes.
    public var export: @Sendable (String) throws(BriefError) -> [UInt8]
    /// When a file was last changed (seconds since 1970), 0 when unknown: which answers
    /// ``TeamBriefRequest/latest`` keeps.
    public var modified: @Sendable (String) -> Double
    /// Receives a note on reading an input (`responses.csv: read semicolon-separated values`).
    public var note: @Sendable (String) -> Void

    /// Creates a reader from its parts.
    public init(
        source: @escaping @Sendable (String) throws(BriefError) -> SourceFile,
        export: @escaping @Sendable (String) throws(BriefError) -> [UInt8],
        modified: @escaping @Sendable (String) -> Double = { _ in 0 },
        note: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.source = source
        self.export = export
        self.modified = modified
        self.note = note
    }

    /// Reads the texts of `files`, by name; a name ending in `.csv` is a survey export.
    public static func inMemory(_ files: [String: String]) -> AnswersReader {
        AnswersReader(
            source: { name throws(BriefError) in
                guard let text = files[name] else { throw .noInput("cannot read '\(name)': no such file") }
                return SourceFile(name: name, text: text)
            },
            export: { name throws(BriefError) in
                guard let text = files[name] else { throw .noInput("cannot read '\(name)': no such file") }
                return Array(text.utf8)
            })
    }
}
