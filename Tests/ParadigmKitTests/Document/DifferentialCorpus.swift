import Foundation

@testable import ParadigmKit

/// The documents the PyYAML differential test loads: random trees written by
/// ``DocumentWriter``, hand-written snippets of every accepted construct, the package's own
/// questionnaires and examples, and deterministic mutations of all of these.
struct DifferentialCorpus {
    /// One document of the corpus.
    struct Entry {
        /// Where it comes from, for failure messages.
        var origin: String
        /// Its text.
        var text: String
        /// The tree it was written from, for generated documents.
        var tree: PlainTree?
    }

    private var random: DocumentTestRandom

    init(seed: UInt64) {
        random = DocumentTestRandom(seed: seed)
    }

    // MARK: - Sources

    /// `count` random trees, written by ``DocumentWriter``.
    mutating func generated(count: Int) -> [Entry] {
        (0..<count).map { index in
            let roll = random.below(10)
            let tree = roll < 6 ? mapping(depth: 0) : roll < 9 ? list(depth: 0) : .text(scalar())
            return Entry(origin: "generated #\(index)", text: DocumentWriter.render(tree.node), tree: tree)
        }
    }

    /// The acceptance snippets.
    static var snippets: [Entry] {
        DocumentAcceptanceCases.all.map { Entry(origin: "snippet \"\($0.name)\"", text: $0.text) }
    }

    /// Every `*.yaml` under `Questionnaires/` and `Examples/` at the package root.
    static func packageFiles(filePath: String = #filePath) -> [Entry] {
        let root = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // Document
            .deletingLastPathComponent()  // ParadigmKitTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()
        var entries: [Entry] = []
        for folder in ["Questionnaires", "Examples"] {
            let url = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else {
                continue
            }
            var files: [URL] = []
            for case let file as URL in walker where file.pathExtension == "yaml" { files.append(file) }
            for file in files.sorted(by: { $0.path < $1.path }) {
                guard let data = FileManager.default.contents(atPath: file.path) else { continue }
                entries.append(
                    Entry(origin: "\(folder)/\(file.lastPathComponent)", text: String(decoding: data, as: UTF8.self)))
            }
        }
        return entries
    }

    /// `perDocument` mutations of each document.
    mutating func mutants(of entries: [Entry], perDocument: Int) -> [Entry] {
        var result: [Entry] = []
        for entry in entries {
            for index in 0..<perDocument {
                let (name, text) = mutate(entry.text)
                result.append(Entry(origin: "\(entry.origin), mutant \(index) (\(name))", text: text))
            }
        }
        return result
    }

    // MARK: - Random trees

    /// Strings that are easy to write or read wrongly.
    static let tricky: [String] = [
        "no", "yes", "0777", "null", "~", "true", "1e3", ".inf", "0x1F", "2024-01-01", "-5", "+1", "=", "<<",
        "- x", "-", "-x", "a: b", "a:b", "key:", "#x", "a #b", "a#b", " lead", "trail ", "a  b", "'", "\"",
        "it's", "say \"hi\"", "multi\nline", "ends\n", "two\n\n", "\nleading break", "\t", "tab\tinside",
        "trailing tab\t", "é €", "😀", "Zoë – €5", "@x", "`x", "%x", "&a", "*a", "!tag", "|", ">", "[a, b]",
        "{a: 1}", "a,b", "a]b", "?", "? x", "?x", ":", ":x", "---", "...", "--- x", "", "\\", "a\\nb", "\u{85}",
        "\u{2028}", "\u{FEFF}", "\u{0}", "\u{7}", "\r\n", "cr\rin", "x\u{A0}y", "line one\n  indented\nback\n",
        "# heading\n- item\nkey: value\n", "  spaced\nsecond", "last line spaces\n  ", "a\n\n\nb",
    ]

    private mutating func scalar() -> String {
        switch random.below(10) {
        case 0..<6:
            return pick(Self.tricky)
        case 6..<8:
            let words = ["alpha", "beta", "gamma", "x", "a b", "1"]
            return (0...random.below(4)).map { _ in pick(words) }.joined(separator: pick([" ", "  ", "-", "_"]))
        default:
            let separators = [" ", "\n", ": ", " #", "", "\n\n", "  "]
            return (0...random.below(3)).map { _ in pick(Self.tricky) }.joined(separator: pick(separators))
        }
    }

    private mutating func key() -> String {
        random.below(3) == 0 ? pick(Self.tricky) : pick(["id", "name", "label", "weights", "a b", "x", "when", "why"])
    }

    private mutating func mapping(depth: Int) -> PlainTree {
        var entries: [PlainEntry] = []
        var used = Set<String>()
        for _ in 0...random.below(4) {
            let name = key()
            guard used.insert(name).inserted else { continue }
            entries.append(PlainEntry(key: name, value: node(depth: depth + 1)))
        }
        return .map(entries)
    }

    private mutating func list(depth: Int) -> PlainTree {
        .list((0...random.below(4)).map { _ in node(depth: depth + 1) })
    }

    private mutating func node(depth: Int) -> PlainTree {
        let roll = random.below(10)
        if depth >= 4 || roll < 5 { return .text(scalar()) }
        return roll < 8 ? mapping(depth: depth) : list(depth: depth)
    }

    // MARK: - Mutations

    /// Tokens a mutation inserts.
    static let insertions: [String] = [
        " ", "  ", "\t", "\n", "-", "- ", ":", ": ", "#", " #", "'", "\"", "\\", "|", "|-", "|+", ">", "[", "]",
        "{", "}", ",", "&", "*", "!", "%", "@", "`", "?", "? ", "---", "...", "x", "é", "\r", "\u{85}", "''",
    ]

    private mutating func mutate(_ text: String) -> (String, String) {
        var scalars = Array(text.unicodeScalars)
        var lines = text.components(separatedBy: "\n")
        let line = random.below(max(1, lines.count))
        switch random.below(9) {
        case 0 where !scalars.isEmpty:
            scalars.remove(at: random.below(scalars.count))
            return ("delete a character", String(String.UnicodeScalarView(scalars)))
        case 1:
            let at = random.below(scalars.count + 1)
            scalars.insert(contentsOf: pick(Self.insertions).unicodeScalars, at: at)
            return ("insert a token", String(String.UnicodeScalarView(scalars)))
        case 2:
            lines.insert(lines[line], at: line)
            return ("duplicate a line", lines.joined(separator: "\n"))
        case 3 where lines.count > 1:
            lines.remove(at: line)
            return ("delete a line", lines.joined(separator: "\n"))
        case 4:
            let shift = pick([-2, -1, 1, 2])
            if shift > 0 {
                lines[line] = String(repeating: " ", count: shift) + lines[line]
            } else {
                lines[line] = String(
                    lines[line].dropFirst(lines[line].prefix(-shift).allSatisfy { $0 == " " } ? -shift : 0))
            }
            return ("re-indent a line", lines.joined(separator: "\n"))
        case 5 where line + 1 < lines.count:
            lines.swapAt(line, line + 1)
            return ("swap two lines", lines.joined(separator: "\n"))
        case 6:
            let spaces = scalars.indices.filter { scalars[$0] == " " }
            guard !spaces.isEmpty else { return ("unchanged", text) }
            scalars[spaces[random.below(spaces.count)]] = "\t"
            return ("a space becomes a tab", String(String.UnicodeScalarView(scalars)))
        case 7:
            lines[line] += pick([" # c", ":", ": x", " -", " 'q'", "  ", " |"])
            return ("extend a line", lines.joined(separator: "\n"))
        default:
            guard line + 1 < lines.count else { return ("unchanged", text) }
            lines[line] += " " + lines[line + 1].drop { $0 == " " }
            lines.remove(at: line + 1)
            return ("join two lines", lines.joined(separator: "\n"))
        }
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[random.below(items.count)]
    }
}

extension DocumentTestRandom {
    /// A number from 0 up to, not including, `bound` (0 when `bound` is 0).
    mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}
