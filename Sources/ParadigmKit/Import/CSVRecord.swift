/// One field of a CSV record: its text (quotes removed, doubled quotes undone, line breaks inside
/// quotes kept as written) and where it starts.
package struct CSVField: Sendable, Equatable {
    /// The field's text.
    package var text: String
    /// Where the field starts (its opening quote, when quoted). Columns count Unicode scalars.
    package var location: SourceLocation
    /// How many columns the field spans on its first line, for the caret under it.
    package var width: Int

    /// Creates a field.
    package init(text: String, location: SourceLocation, width: Int = 1) {
        self.text = text
        self.location = location
        self.width = max(1, width)
    }
}

/// One record (a spreadsheet row) of a CSV file.
package struct CSVRecord: Sendable, Equatable {
    /// Its fields; empty for a blank line.
    package var fields: [CSVField]
    /// Its 1-based row number as a spreadsheet shows it: the header is row 1, and a record
    /// whose quoted fields span several lines is still one row.
    package var row: Int
    /// Where it starts in the file.
    package var location: SourceLocation

    /// Creates a record.
    package init(fields: [CSVField], row: Int, location: SourceLocation) {
        self.fields = fields
        self.row = row
        self.location = location
    }

    /// The fields' texts.
    package var texts: [String] { fields.map(\.text) }

    /// Whether the row holds nothing: a blank line, or fields that are all empty or spaces.
    package var isBlank: Bool { fields.allSatisfy { $0.text.trimmingWhitespace().isEmpty } }
}

/// A CSV file read into records, with what diagnostics about it need.
package struct CSVDocument: Sendable {
    /// The name diagnostics show.
    package let name: String
    /// The records in file order, blank lines included (as records without fields).
    package let records: [CSVRecord]
    /// The delimiter the file was read with.
    package let delimiter: CSVDelimiter
    /// Whether the delimiter was detected rather than chosen.
    package let delimiterDetected: Bool
    /// The file's lines, for showing a line under a diagnostic.
    let lines: CSVLines

    /// The text of a 1-based line, or an empty string past the end.
    package func line(_ number: Int) -> String { lines.line(number) }

    /// A diagnostic about a spot in the file, showing its line with a caret.
    package func diagnostic(
        _ severity: Severity = .error, _ message: String, at location: SourceLocation, width: Int = 1,
        help: String? = nil
    ) -> Diagnostic {
        Diagnostic(
            severity, message, file: name, location: location, width: width, sourceLine: line(location.line), help: help
        )
    }

    /// A diagnostic about a spot in the file with its line already decoded, for a caller that
    /// reports many spots on one line: a header of 200,000 unknown titles decoded its 2 MB line
    /// once for each title, which made reading it quadratic.
    func diagnostic(
        _ severity: Severity = .error, _ message: String, at location: SourceLocation, width: Int = 1,
        sourceLine: String, help: String? = nil
    ) -> Diagnostic {
        Diagnostic(severity, message, file: name, location: location, width: width, sourceLine: sourceLine, help: help)
    }
}

/// Spreadsheet-style names of cells: column letters (A, B, …, Z, AA, AB, …).
package enum CSVColumn {
    /// The letters of a 1-based column number.
    package static func letters(_ number: Int) -> String {
        var number = max(1, number)
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}
