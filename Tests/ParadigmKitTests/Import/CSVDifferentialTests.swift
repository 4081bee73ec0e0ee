import Foundation
import Testing

@testable import ParadigmKit

/// Every CSV input is read as Python's `csv.reader` reads it (default `excel` dialect,
/// `strict=True`, the file opened with `newline=""` and `encoding="utf-8-sig"`): the same
/// records where both accept, and a refusal where Python refuses. The documented differences:
/// NUL bytes, which Python reads and we refuse (the corpus holds none), and a file holding only
/// the first byte or two of a byte-order mark, which Python reads as empty. Runs where
/// `python3` is installed, in one process for the whole corpus.
///
/// The corpus is deterministic. For a longer run, set `PARADIGM_CSV_SEED` and `PARADIGM_CSV_COUNT`.
@Suite("Python csv differential", .enabled(if: PythonCSV.isAvailable, "needs python3"))
struct CSVDifferentialTests {
    @Test("we read every input as Python's csv module does")
    func agreesWithPython() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["PARADIGM_CSV_SEED"].flatMap(UInt64.init) ?? 4180
        let count = environment["PARADIGM_CSV_COUNT"].flatMap(Int.init) ?? 400
        var corpus = CSVCorpus(seed: seed)
        let originals = corpus.generated(count: count) + CSVCorpus.packageFiles()
        let entries = originals + corpus.mutants(of: originals, perEntry: 3)
        let theirs = try PythonCSV.read(entries)
        try #require(theirs.count == entries.count, "Python answered for every input")

        var agreed = (accepted: 0, refused: 0)
        var mismatches = 0
        for (entry, python) in zip(entries, theirs) {
            // Python's utf-8-sig decoder reads a file holding only part of a byte-order mark
            // (EF or EF BB) as empty; it is not valid UTF-8, and we say so.
            if !entry.bytes.isEmpty, entry.bytes.count < 3, [0xEF, 0xBB, 0xBF].starts(with: entry.bytes) { continue }
            let ours: PythonCSV.Outcome
            do {
                ours = .read(
                    try CSVReader.read(Data(entry.bytes), name: "t.csv", delimiter: entry.delimiter).records.map(
                        \.texts))
            } catch {
                ours = .refused(line: error.items.first?.location?.line ?? 0)
            }
            switch (ours, python) {
            case (.read(let a), .read(let b)) where a == b:
                agreed.accepted += 1
                continue
            case (.refused, .refused):
                agreed.refused += 1
                continue
            default:
                mismatches += 1
                if mismatches <= 10 {
                    let shown =
                        String(decoding: entry.bytes, as: UTF8.self).debugDescription + " bytes "
                        + entry.bytes.prefix(40).map { String($0, radix: 16) }.joined(separator: " ")
                    Issue.record(
                        "\(entry.origin) (\(entry.delimiter)): \(shown)\n--- ours: \(ours)\n--- Python: \(python)")
                }
            }
        }
        #expect(mismatches == 0, "\(mismatches) of \(entries.count) inputs read differently")
        #expect(agreed.accepted > entries.count / 3, "most inputs are accepted, so records are compared")
        #expect(agreed.refused > 10, "some inputs are refused by both, so refusals are compared")
        print(
            "Python csv differential: \(entries.count) inputs; \(agreed.accepted) read alike, \(agreed.refused) "
                + "refused by both, \(mismatches) differ"
        )
    }
}

/// Python's `csv.reader` over many inputs in one `python3` process.
enum PythonCSV {
    /// What a reader made of one input.
    enum Outcome: Equatable, CustomStringConvertible {
        case read([[String]])
        case refused(line: Int)

        var description: String {
            switch self {
            case .read(let records): "\(records)"
            case .refused(let line): "refused (line \(line))"
            }
        }
    }

    static let isAvailable: Bool = (try? Python.run(["-c", "import csv"]))?.status == 0

    /// Reads lines of `delimiter-byte path` and prints one JSON line per file.
    static let script = """
        import csv, json, sys
        csv.field_size_limit(sys.maxsize)
        for request in sys.stdin.read().splitlines():
            delimiter, path = request.split(" ", 1)
            try:
                with open(path, newline="", encoding="utf-8-sig") as handle:
                    reader = csv.reader(handle, delimiter=chr(int(delimiter)), strict=True)
                    try:
                        result = {"ok": [row for row in reader]}
                    except csv.Error as error:
                        result = {"error": str(error), "line": reader.line_num}
            except UnicodeDecodeError as error:
                result = {"error": str(error), "line": 0}
            print(json.dumps(result))
        """

    static func read(_ entries: [CSVCorpus.Entry]) throws -> [Outcome] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paradigm-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var requests: [String] = []
        for (index, entry) in entries.enumerated() {
            let file = folder.appendingPathComponent("\(index).csv")
            try Data(entry.bytes).write(to: file)
            requests.append("\(entry.delimiter.byte) \(file.path)")
        }
        let scriptFile = folder.appendingPathComponent("read.py")
        try Data(script.utf8).write(to: scriptFile)
        let result = try Python.run([scriptFile.path], input: requests.joined(separator: "\n"))
        guard result.status == 0 else { throw Failure("python3 exited with status \(result.status)") }
        return result.output.split(separator: "\n").map { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                return .refused(line: -1)
            }
            if let records = object["ok"] as? [[String]] { return .read(records) }
            return .refused(line: object["line"] as? Int ?? 0)
        }
    }
}
