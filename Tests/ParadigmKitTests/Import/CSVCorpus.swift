import Foundation

@testable import ParadigmKit

/// A seeded corpus of awkward CSV files for the differential test: generated tables written
/// with random quoting, line ends, BOMs and delimiters, byte-level mutants of them, and the
/// import fixtures.
struct CSVCorpus {
    /// One input with the delimiter to read it with and where it came from.
    struct Entry {
        let origin: String
        let bytes: [UInt8]
        let delimiter: CSVDelimiter
    }

    /// The library's SplitMix64: small, fast and the same on every platform.
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    static let pieces = [
        "a", "Ana", "cmo", "1,000 to 4,999", "Search, our website and our content", "say \"hi\"", "\"", "\"\"",
        "5\" screen", "line 1\nline 2", "line 1\r\nline 2", "cr\rhere", "Zoë", "東京", "👍🏽", "e\u{301}", " padded ",
        "tab\there", "a;b", "semi;colon", "", " ", "'single'", "#", "=SUM(A1)", "\u{FEFF}mark", "trailing\n",
    ]

    /// A table of random fields, written as CSV.
    mutating func generated(count: Int) -> [Entry] {
        (0..<count).map { index in
            let delimiter = pick(CSVDelimiter.allCases)
            let separator = String(UnicodeScalar(delimiter.byte))
            let rows = below(7)
            let width = 1 + below(5)
            var text = chance(20) ? "\u{FEFF}" : ""
            let lineEnd = pick(["\n", "\r\n", "\r\n", "\r"])
            for row in 0..<rows {
                var fields: [String] = []
                for _ in 0..<(chance(10) ? 1 + below(6) : width) {
                    var field = ""
                    for _ in 0..<below(3) { field += pick(Self.pieces) }
                    fields.append(write(field, separator: separator))
                }
                text += fields.joined(separator: separator)
                if row < rows - 1 || chance(70) { text += chance(10) ? pick(["\n", "\r\n", "\r"]) : lineEnd }
                if chance(8) { text += lineEnd }
            }
            return Entry(origin: "generated #\(index)", bytes: Array(text.utf8), delimiter: delimiter)
        }
    }

    /// A field quoted when it must be, and sometimes when it need not be. A field that would
    /// start with a quote or a space-then-quote stays readable because it is quoted.
    private mutating func write(_ field: String, separator: String) -> String {
        let must = field.contains(separator) || field.contains("\n") || field.contains("\r") || field.hasPrefix("\"")
        if must || chance(25) { return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return field
    }

    /// Each entry changed at random byte positions: a quote, a delimiter or a line break
    /// inserted, a byte deleted or a stray invalid byte.
    mutating func mutants(of entries: [Entry], perEntry: Int) -> [Entry] {
        var result: [Entry] = []
        for entry in entries where !entry.bytes.isEmpty {
            for number in 0..<perEntry {
                var bytes = entry.bytes
                for _ in 0..<(1 + below(2)) {
                    let position = below(bytes.count + 1)
                    switch below(6) {
                    case 0: bytes.insert(0x22, at: position)
                    case 1: bytes.insert(entry.delimiter.byte, at: position)
                    case 2: bytes.insert(contentsOf: pick([[0x0A], [0x0D, 0x0A], [0x0D]]), at: position)
                    case 3 where position < bytes.count: bytes.remove(at: position)
                    case 4: bytes.insert(contentsOf: [0x22, 0x22], at: position)
                    default:
                        if chance(30) { bytes.insert(0xE9, at: position) } else { bytes.insert(0x20, at: position) }
                    }
                }
                result.append(
                    Entry(origin: "\(entry.origin) mutant \(number)", bytes: bytes, delimiter: entry.delimiter))
            }
        }
        return result
    }

    /// The CSV fixtures and examples of the package.
    static func packageFiles() -> [Entry] {
        let folders = [Paths.fixture("Import"), Paths.examples.appendingPathComponent("import")]
        var entries: [Entry] = []
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
                $0.hasSuffix(".csv")
            }.sorted()
            for name in names {
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
                let bytes = [UInt8](data)
                entries.append(Entry(origin: name, bytes: bytes, delimiter: CSVDelimiter.detect(in: bytes)))
            }
        }
        return entries
    }
}
