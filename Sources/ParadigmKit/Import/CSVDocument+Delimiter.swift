/// What a reader is told about the delimiter: the one detected, and Excel's `sep=` line.
extension CSVDocument {
    /// How the file was read when the delimiter was detected and is not a comma, for a note:
    /// "as semicolon-separated (detected from the header row; --delimiter chooses)"; `nil`
    /// otherwise. `paradigm import` and `paradigm brief` on an export both print it.
    package var detectedDelimiterNote: String? {
        delimiterDetected ? delimiter.detectedNote : nil
    }

    /// Refuses a file whose first line is Excel's `sep=X` (written when a CSV is saved for
    /// another region's list separator): it is not the header row, and read as one it would
    /// make every column after it look wrong. One error, at line 1, that says what to do.
    static func refuseSeparatorLine(_ bytes: [UInt8], name: String) throws(Diagnostics) {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard bytes.count >= start + 5, Array(bytes[start..<start + 4]).map({ $0 | 0x20 }) == Array("sep=".utf8)
        else { return }
        start += 4
        let separator = bytes[start]
        guard start + 1 == bytes.count || bytes[start + 1] == 0x0A || bytes[start + 1] == 0x0D,
            separator >= 0x20 || separator == 0x09, separator < 0x7F
        else { return }
        let named = CSVDelimiter.allCases.first { $0.byte == separator }
        let written = String(decoding: bytes[(start - 4)..<start], as: UTF8.self)
        let shown = written + (separator == 0x09 ? "<tab>" : String(UnicodeScalar(separator)))
        let choose = named.map { " (it says the file is \($0.adjective): --delimiter \($0.rawValue))" } ?? ""
        throw Diagnostics([
            Diagnostic(
                .error, "line 1 is Excel's `\(shown)` line, which names the delimiter; it is not the header row",
                file: name, location: SourceLocation(line: 1, column: 1), width: 5,
                sourceLine: shown,
                help: "delete the first line so that the header row comes first\(choose), then read the file again")
        ])
    }
}
