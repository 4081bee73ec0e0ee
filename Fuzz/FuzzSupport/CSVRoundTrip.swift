import Foundation
import ParadigmKit

extension FuzzCheck {
    /// Reads bytes as CSV. A refusal must be located inside the input (`nil` is returned); a
    /// file that reads is written back with ``CSVWriter`` and must read back to the same records.
    static func csvRoundTrip(_ input: Data) throws(FuzzFailure) -> CSVDocument? {
        let document: CSVDocument
        do {
            document = try CSVReader.read(input, name: "fuzz.csv")
        } catch {
            try check(error, input: input, file: "fuzz.csv")
            return nil
        }
        // A record of one empty field and a blank line are the same once written (RFC 4180
        // writes both as an empty line).
        func texts(_ record: CSVRecord) -> [String] { record.texts == [""] ? [] : record.texts }
        let written = document.records.map { CSVWriter.record($0.texts, delimiter: document.delimiter) }.joined()
        let again: CSVDocument
        do {
            again = try CSVReader.read(Data(written.utf8), name: "fuzz.csv", delimiter: document.delimiter)
        } catch {
            throw FuzzFailure("written CSV does not read:\n\(written)\n\(error.rendered)")
        }
        guard again.records.map(texts) == document.records.map(texts) else {
            throw FuzzFailure("written CSV reads back differently:\n\(written)")
        }
        return document
    }
}
