import Foundation
import Testing

@testable import ParadigmKit

/// `paradigm brief responses.csv` takes `paradigm import`'s `--delimiter` and `--skip-column`,
/// and reads the export with them exactly as importing it and briefing the folder does.
@Suite struct ExportBriefOptionsTests {
    /// Examples/import/responses.csv written again with semicolons.
    static func semicolonExport(in folder: URL) throws -> URL {
        let source = Paths.examples.appendingPathComponent("import/responses.csv")
        let document = try CSVReader.read(Data(contentsOf: source), name: "responses.csv")
        let text = document.records.map { CSVWriter.record($0.texts, delimiter: .semicolon) }.joined()
        let url = folder.appendingPathComponent("semicolons.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// The export: `comma` (the example) or `semicolon` (the same, with semicolons).
        let export: String
        let options: [String]
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "semicolons, named", export: "semicolon", options: ["--delimiter", "semicolon"]),
        Case(name: "semicolons, detected", export: "semicolon", options: []),
        Case(
            name: "a question left out by title", export: "comma",
            options: ["--skip-column", "How many people work in the company in total?"]),
        Case(
            name: "columns left out by letter", export: "semicolon",
            options: ["--skip-column", "F", "--skip-column", "G", "--delimiter", "semicolon"]),
        Case(name: "the wrong delimiter", export: "semicolon", options: ["--delimiter", "comma"]),
        Case(name: "an unknown column", export: "comma", options: ["--skip-column", "No such column"]),
    ]

    @Test(arguments: cases)
    func theBriefReadsTheExportAsImportDoes(_ test: Case) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export =
            test.export == "comma"
            ? Paths.examples.appendingPathComponent("import/responses.csv") : try Self.semicolonExport(in: folder)
        let answers = folder.appendingPathComponent("answers").path
        let imported = runCLI(["import", export.path, "-o", answers] + test.options)
        let direct = runCLI(["brief", export.path, "--date", "2026-01-15"] + test.options)
        #expect(direct.code == imported.code, "import: \(imported.err)\nbrief: \(direct.err)")
        guard imported.code == 0 else {
            #expect(direct.code == 65)
            #expect(direct.out.isEmpty)
            return
        }
        let fromFiles = runCLI(["brief", answers, "--date", "2026-01-15"])
        #expect(fromFiles.code == 0, "\(fromFiles.err)")
        #expect(direct.out == fromFiles.out)
    }

    @Test func theBriefNotesADetectedDelimiterAsImportDoes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = try Self.semicolonExport(in: folder)
        let note = "as semicolon-separated (detected from the header row; --delimiter chooses)"
        let imported = runCLI(["import", "semicolons.csv", "-o", "answers"], in: folder.path)
        #expect(imported.err.contains("note: read semicolons.csv \(note).\n"), "\(imported.err)")
        let direct = runCLI(["brief", "semicolons.csv", "--date", "2026-01-15"], in: folder.path)
        #expect(direct.code == 0, "\(direct.err)")
        #expect(direct.err.contains("note: semicolons.csv: read \(note)\n"), "\(direct.err)")
        let chosen = runCLI(["brief", export.path, "--delimiter", "semicolon", "--date", "2026-01-15"])
        #expect(!chosen.err.contains("detected"), "a delimiter that was given is not noted")
    }

    @Test(arguments: [
        ("sep=,", "comma-separated: --delimiter comma"), ("sep=;", "semicolon-separated: --delimiter semicolon"),
        ("\u{FEFF}SEP=|", nil),
    ])
    func excelsSeparatorLineIsNamedWithWhatToDo(_ first: String, _ named: String?) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = try String(
            contentsOf: Paths.examples.appendingPathComponent("import/responses.csv"), encoding: .utf8)
        try (first + "\r\n" + body).write(
            to: folder.appendingPathComponent("excel.csv"), atomically: true, encoding: .utf8)
        let shown = first.replacingOccurrences(of: "\u{FEFF}", with: "")
        for command in [["brief", "excel.csv"], ["import", "excel.csv", "-o", "answers"]] {
            let result = runCLI(command, in: folder.path)
            #expect(result.code == 65)
            #expect(
                result.err.hasPrefix(
                    "excel.csv:1:1: error: line 1 is Excel's `\(shown)` line, which names the delimiter; it is not the "
                        + "header row\n"), "\(result.err)")
            #expect(result.err.hasSuffix("1 error found.\n"), "one error, no cascade: \(result.err)")
            #expect(result.err.contains(named.map { "(it says the file is \($0))" } ?? "delete the first line"))
        }
    }

    @Test(arguments: [["--delimiter", "tab"], ["--skip-column", "F"]])
    func withoutAnExportTheOptionsAreAUsageError(_ options: [String]) {
        let result = runCLI(["brief", "Examples/team"] + options)
        #expect(result.code == 64)
        #expect(
            result.err.contains(
                "'--delimiter' and '--skip-column' read survey exports (.csv files), and none is named"))
    }

    @Test func theHelpListsThem() {
        let help = runCLI(["brief", "--help"]).out
        #expect(help.contains("--delimiter <delimiter>"))
        #expect(help.contains("--skip-column <title-or-letter>"))
        #expect(help.contains("--organisation <name>"))
    }
}
