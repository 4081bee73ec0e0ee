import Foundation
import ParadigmKit

extension FuzzCheck {
    /// Reads bytes as CSV. A refusal must be located inside the input (`nil` is returned); a
    /// file that reads is written back with ``CSVWriter`` and must read back to the same
    /// records, or the process stops.
    public static func csvRoundTrip(_ input: Data) -> CSVDocument? {
        let document: CSVDocument
        do {
            document = try CSVReader.read(input, name: "fuzz.csv")
        } catch {
            check(error, input: input, file: "fuzz.csv")
            return nil
        }
        // A record of one empty field and a blank line are the same once written (RFC 4180
        // writes both as an empty line).
        func texts(_ record: CSVRecord) -> [String] { record.texts == [""] ? [] : record.texts }
        let written = document.records.map { CSVWriter.record($0.texts, delimiter: document.delimiter) }.joined()
        do {
            let again = try CSVReader.read(Data(written.utf8), name: "fuzz.csv", delimiter: document.delimiter)
            guard again.records.map(texts) == document.records.map(texts) else {
                fail("written CSV reads back differently:\n\(written)", input: input)
            }
        } catch {
            fail("written CSV does not read:\n\(written)\n\(error.rendered)", input: input)
        }
        return document
    }
}
