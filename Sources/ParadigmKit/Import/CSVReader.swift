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
package enum CSVReader {
    /// Reads `data`, detecting the delimiter from the header row unless one is given. Every
    /// problem is reported at once, located by line and column (Unicode scalars) and by
    /// spreadsheet row and column.
    package static func read(
        _ data: Data, name: String, delimiter: CSVDelimiter? = nil
    ) throws(Diagnostics) -> CSVDocument {
        let bytes = [UInt8](data)
        let file = try context(bytes, name: name, delimiter: delimiter)
        var records: [CSVRecord] = []
        try scan(bytes, in: file) { records.append($0) }
        return CSVDocument(
            name: name, records: records, delimiter: file.delimiter, delimiterDetected: file.delimiterDetected,
            lines: file.lines)
    }

    /// What diagnostics about a file need, before any record is read: its name, delimiter
    /// (detected from the header row unless given) and lines, as a document without records.
    static func context(
        _ bytes: [UInt8], name: String, delimiter: CSVDelimiter? = nil
    ) throws(Diagnostics) -> CSVDocument {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw Diagnostics([
                Diagnostic(
                    .error, "the file is UTF-16 (Excel's \"Unicode Text\"), not UTF-8", file: name,
                    location: SourceLocation(line: 1, column: 1),
                    help:
                        "export it as \"CSV UTF-8 (Comma delimited)\", or download the responses as CSV from the "
                        + "form tool"
                )
            ])
        }
        try CSVDocument.refuseSeparatorLine(bytes, name: name)
        return CSVDocument(
            name: name, records: [], delimiter: delimiter ?? CSVDelimiter.detect(in: bytes),
            delimiterDetected: delimiter == nil,
            lines: CSVLines(bytes))
    }

    /// Reads `bytes` record by record, handing each to `each` as it ends. Problems are thrown at
    /// the end, after every record was handed on: a caller must treat what it built as void then.
    static func scan(_ bytes: [UInt8], in file: CSVDocument, each: (CSVRecord) -> Void) throws(Diagnostics) {
        var scanner = CSVScanner(bytes: bytes, delimiter: file.delimiter.byte)
        scanner.run(each)
        guard scanner.problems.isEmpty else {
            var diagnostics = Diagnostics()
            for problem in scanner.problems {
                let place = "row \(problem.row), column \(CSVColumn.letters(problem.column))"
                diagnostics.append(
                    file.diagnostic(.error, "\(place): \(problem.message)", at: problem.location, help: problem.help))
            }
            throw diagnostics
        }
    }
}
