/// A text with the name it is shown under in diagnostics (a path, `<stdin>` or `<embedded>`).
public struct SourceFile: Sendable {
    /// The name diagnostics show for this file.
    public let name: String
    /// The full text, already decoded from UTF-8, with any byte-order mark removed.
    public let text: String
    /// The text split into lines, without their line terminators (LF or CRLF).
    let lines: [Substring]
    /// The lines as ``DocumentParser/decode(_:name:)`` scanned them, so that the parser need
    /// not scan them again; `nil` for a source made from text.
    private(set) var scannedLines: SourceLines?

    /// Creates a source file from its display name and decoded text.
    public init(name: String, text: String) {
        self.name = name
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = body.dropFirst() }
        self.text = String(body)
        self.lines = SourceFile.splitLines(body)
    }

    /// The same source with its lines scanned, for the parser.
    func withScannedLines(_ lines: SourceLines) -> SourceFile {
        var copy = self
        copy.scannedLines = lines
        return copy
    }

    /// The text of a 1-based line, or an empty string past the end.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lines.count else { return "" }
        return String(lines[number - 1])
    }

    /// Splits at each LF, dropping a CR right before it: the same lines as splitting at the
    /// Characters "\n" and "\r\n", found in one pass over the UTF-8 bytes (linear and fast even
    /// for a file of many megabytes).
    private static func splitLines(_ text: Substring) -> [Substring] {
        let utf8 = text.utf8
        let breaks: [Int] =
            utf8.withContiguousStorageIfAvailable { bytes in
                var offsets: [Int] = []
                for offset in 0..<bytes.count where bytes[offset] == 0x0A { offsets.append(offset) }
                return offsets
            } ?? utf8.enumerated().filter { $0.element == 0x0A }.map(\.offset)
        var result: [Substring] = []
        result.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for offset in breaks {
            let lineFeed = utf8.index(utf8.startIndex, offsetBy: offset)
            var end = lineFeed
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
            result.append(text[start..<end])
            start = utf8.index(after: lineFeed)
        }
        if start < utf8.endIndex { result.append(text[start..<utf8.endIndex]) }
        return result
    }
}
