import Foundation

/// Reads CSV as RFC 4180 describes it and as Python's `csv.reader` reads it with its default
/// (`excel`) dialect and `strict=True`, in one linear pass over the bytes:
///
/// - fields separated by a ``CSVDelimiter``; records end at CRLF, LF or a lone CR, and the last
///   record may end without one; a blank line is a record without fields;
/// - a field that starts with `"` is quoted: it may hold delimiters, line breaks (kept as
///   written) and doubled quotes `""` (read as one `"`); after its closing quote only a
///   delimiter or the end of the record may follow;
/// - a `"` inside an unquoted field is an ordinary character (`5" screen` reads as written);
/// - a UTF-8 byte-order mark at the start is skipped.
///
/// Where Python's default, non-strict dialect guesses, this reader refuses with a located
/// error, as Python does with `strict=True`: text after a closing quote (`"ab"cd`, which Python
/// reads as `abcd`) and a quoted field that never closes. It also refuses what Python accepts
/// but no form tool writes: bytes that are not UTF-8 (with a hint about Excel's "CSV UTF-8"),
/// NUL bytes (a sign of a UTF-16 or binary file) and UTF-16 byte-order marks.
public enum CSVReader {
    /// Reads `data`, detecting the delimiter from the header row unless one is given. Every
    /// problem is reported at once, located by line and column (Unicode scalars) and by
    /// spreadsheet row and column.
    public static func read(_ data: Data, name: String, delimiter: CSVDelimiter? = nil) throws(Diagnostics) -> CSVDocument {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Diagnostics([Diagnostic(
                .error, "the file is UTF-16 (Excel's \"Unicode Text\"), not UTF-8", file: name,
                location: SourceLocation(line: 1, column: 1),
                help: "export it as \"CSV UTF-8 (Comma delimited)\", or download the responses as CSV from the form tool")])
        }
        let chosen = delimiter ?? CSVDelimiter.detect(in: bytes)
        var scanner = CSVScanner(bytes: bytes, delimiter: chosen.byte)
        scanner.run()
        let document = CSVDocument(
            name: name, records: scanner.records, delimiter: chosen, delimiterDetected: delimiter == nil,
            lines: scanner.lineTexts())
        guard scanner.problems.isEmpty else {
            var diagnostics = Diagnostics()
            for problem in scanner.problems {
                let place = "row \(problem.row), column \(CSVColumn.letters(problem.column))"
                diagnostics.append(document.diagnostic(.error, "\(place): \(problem.message)", at: problem.location, help: problem.help))
            }
            throw diagnostics
        }
        return document
    }
}
