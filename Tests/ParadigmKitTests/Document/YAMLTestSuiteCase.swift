import Foundation
import Testing

@testable import ParadigmKit

/// One case of the official YAML test suite (vendored in Fixtures/YAMLTestSuite): its input,
/// and either the events the suite expects or its marker that the input is not valid YAML.
struct YAMLTestSuiteCase: Sendable, CustomTestStringConvertible {
    /// The case's id: `229Q`, or `SM9W/01` for a case with several parts.
    var id: String
    var input: Data
    /// The documents the suite's events describe, as trees; `nil` for an invalid case, or for
    /// one whose events use what a tree of text cannot hold (an alias).
    var documents: [PlainTree]?
    /// Whether the suite marks the input as not valid YAML.
    var invalid: Bool

    var testDescription: String { id }

    static let folder = Paths.fixture("YAMLTestSuite")

    /// Every vendored case, sorted by id.
    static var all: [YAMLTestSuiteCase] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var cases: [YAMLTestSuiteCase] = []
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix("/in.yaml") else { continue }
            let id = String(path.dropLast("/in.yaml".count))
            let base = folder.appendingPathComponent(id)
            let invalid = FileManager.default.fileExists(atPath: base.appendingPathComponent("error").path)
            let events =
                invalid ? nil : try? String(contentsOf: base.appendingPathComponent("test.event"), encoding: .utf8)
            cases.append(
                YAMLTestSuiteCase(
                    id: id, input: (try? Data(contentsOf: base.appendingPathComponent("in.yaml"))) ?? Data(),
                    documents: events.flatMap(Self.documents(events:)), invalid: invalid))
        }
        return cases.sorted { $0.id < $1.id }
    }

    /// The documents the suite's event lines (`+MAP`, `=VAL :text`, `-SEQ` …) describe.
    static func documents(events: String) -> [PlainTree]? {
        var documents: [PlainTree] = []
        // Open collections: a list's items, or a mapping's entries and a key waiting for its value.
        var open: [(isMap: Bool, items: [PlainTree], entries: [PlainEntry], key: String?)] = []
        func add(_ tree: PlainTree) -> Bool {
            guard !open.isEmpty else {
                documents.append(tree)
                return true
            }
            let last = open.count - 1
            if !open[last].isMap {
                open[last].items.append(tree)
            } else if let key = open[last].key {
                open[last].entries.append(PlainEntry(key: key, value: tree))
                open[last].key = nil
            } else {
                guard case .text(let key) = tree else { return false }  // a collection as a key
                open[last].key = key
            }
            return true
        }
        for line in events.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            switch parts.first {
            case "+MAP": open.append((true, [], [], nil))
            case "+SEQ": open.append((false, [], [], nil))
            case "-MAP", "-SEQ":
                guard let done = open.popLast() else { return nil }
                guard add(done.isMap ? .map(done.entries) : .list(done.items)) else { return nil }
            case "=VAL":
                guard parts.count == 2, let value = scalar(parts[1]), add(.text(value)) else { return nil }
            case "=ALI": return nil
            default: continue  // +STR, -STR, +DOC, -DOC
            }
        }
        return documents
    }

    /// The text of a `=VAL` event after its anchor and tag: a style character, then the value
    /// with `\n`, `\t`, `\\` … escaped.
    private static func scalar(_ event: Substring) -> String? {
        var rest = event
        while rest.hasPrefix("&") || rest.hasPrefix("<") {
            guard let space = rest.firstIndex(of: " ") else { return nil }
            rest = rest[rest.index(after: space)...]
        }
        guard let style = rest.first, ":'\"|>".contains(style) else { return nil }
        var value = ""
        var escaped = false
        for character in rest.dropFirst() {
            if escaped {
                switch character {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "b": value.append("\u{08}")
                default: value.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                value.append(character)
            }
        }
        return value
    }
}
