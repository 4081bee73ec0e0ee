import Foundation

/// A text with the name it is shown under in diagnostics (a path, `<stdin>` or `<embedded>`).
public struct SourceFile: Sendable {
    /// The name diagnostics show for this file.
    public let name: String
    /// The full text, already decoded from UTF-8, with any byte-order mark removed.
    public let text: String
    /// Each line's UTF-8 byte range in ``text``, without its line terminator (LF or CRLF).
    let lineRanges: [Range<Int>]
    /// The lines as ``DocumentParser/decode(_:name:)`` scanned them, so that the parser need
    /// not scan them again; `nil` for a source made from text.
    private(set) var scannedLines: SourceLines?

    /// Creates a source file from its display name and decoded text.
    public init(name: String, text: String) {
        self.name = name
        self.text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        var body = self.text
        lineRanges = body.withUTF8 { SourceFile.lineRanges($0) }
    }

    /// The same source with its lines scanned, for the parser.
    func withScannedLines(_ lines: SourceLines) -> SourceFile {
        var copy = self
        copy.scannedLines = lines
        return copy
    }

    /// The text of a 1-based line, or an empty string past the end.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineRanges.count else { return "" }
        let range = lineRanges[number - 1]
        let utf8 = text.utf8
        return String(
            Substring(
                utf8[
                    utf8.index(
                        utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
                            utf8.startIndex, offsetBy: range.upperBound)]))
    }

    /// Splits at each LF, dropping a CR right before it: the same lines as splitting at the
    /// Characters "\n" and "\r\n", found in one pass over the UTF-8 bytes (linear and fast even
    /// for a file of many megabytes). A last line without a line break counts when not empty.
    static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        guard let base = bytes.baseAddress else { return ranges }
        var start = 0
        while start < bytes.count {
            // `memchr` finds the next line feed many bytes at a time.
            let found = memchr(base + start, 0x0A, bytes.count - start)
            let lineFeed = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            var end = lineFeed
            if lineFeed < bytes.count, end > start, bytes[end - 1] == 0x0D { end -= 1 }
            ranges.append(start..<end)
            start = lineFeed + 1
        }
        return ranges
    }
}
