/// Writes CSV that ``CSVReader`` and spreadsheets read back as written: a field is quoted when
/// it holds the delimiter, a quote, a line break or spaces at either end, or starts with a
/// byte-order mark (which a reader would skip at the start of a file); quotes are doubled;
/// records end with CRLF, as RFC 4180 asks.
package enum CSVWriter {
    /// One record, with its CRLF. A record of one empty field is written `""`, as Python's
    /// writer does, so that it does not read back as a blank line.
    package static func record(_ fields: [String], delimiter: CSVDelimiter = .comma) -> String {
        if fields == [""] { return "\"\"\r\n" }
        return fields.map { field($0, delimiter: delimiter) }.joined(separator: String(UnicodeScalar(delimiter.byte)))
            + "\r\n"
    }

    /// One field, quoted when it must be.
    package static func field(_ text: String, delimiter: CSVDelimiter = .comma) -> String {
        let separator = Unicode.Scalar(delimiter.byte)
        let needsQuotes =
            text.unicodeScalars.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
            || text.unicodeScalars.first == "\u{FEFF}"
        guard needsQuotes else { return text }
        // Doubled scalar by scalar: a quote followed by a combining mark is one Character, which
        // a Character-level replace would skip, leaving a lone quote inside the field.
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }
}
