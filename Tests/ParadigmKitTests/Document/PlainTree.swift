import Foundation

@testable import ParadigmKit

/// A parsed tree without locations or styles, for comparing values: written in tests as
/// literals (`"text"`, `["a", "b"]`, `["key": "value"]`, which keeps key order).
indirect enum PlainTree: Equatable, Sendable, CustomStringConvertible {
    case text(String)
    case list([PlainTree])
    case map([PlainEntry])

    /// The values of a node.
    init(_ node: Node) {
        switch node {
        case .scalar(let scalar): self = .text(scalar.value)
        case .sequence(let sequence): self = .list(sequence.items.map(PlainTree.init))
        case .mapping(let mapping):
            self = .map(mapping.entries.map { PlainEntry(key: $0.key.value, value: PlainTree($0.value)) })
        }
    }

    /// The tree from the JSON the PyYAML script prints: strings, arrays, and `{"map": [[k, v]]}`
    /// for mappings, so that key order survives `JSONSerialization`.
    init?(json: Any) {
        if let text = json as? String {
            self = .text(text)
        } else if let items = json as? [Any] {
            var list: [PlainTree] = []
            for item in items {
                guard let tree = PlainTree(json: item) else { return nil }
                list.append(tree)
            }
            self = .list(list)
        } else if let object = json as? [String: Any], let pairs = object["map"] as? [Any] {
            var entries: [PlainEntry] = []
            for pair in pairs {
                guard let parts = pair as? [Any], parts.count == 2, let key = parts[0] as? String,
                    let value = PlainTree(json: parts[1])
                else { return nil }
                entries.append(PlainEntry(key: key, value: value))
            }
            self = .map(entries)
        } else {
            return nil
        }
    }

    /// The node this tree describes, with made-up locations: for writer tests.
    var node: Node {
        let here = SourceLocation(line: 1, column: 1)
        switch self {
        case .text(let value): return .scalar(ScalarNode(value: value, location: here))
        case .list(let items): return .sequence(SequenceNode(items: items.map(\.node), location: here))
        case .map(let entries):
            return .mapping(
                MappingNode(
                    entries: entries.map {
                        MappingEntry(key: ScalarNode(value: $0.key, location: here), value: $0.value.node)
                    },
                    location: here))
        }
    }

    var description: String {
        switch self {
        case .text(let value): return value.debugDescription
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let entries):
            return "[" + entries.map { "\($0.key.debugDescription): \($0.value)" }.joined(separator: ", ") + "]"
        }
    }
}

/// One key and value of a ``PlainTree`` mapping.
struct PlainEntry: Equatable, Sendable {
    var key: String
    var value: PlainTree
}

extension PlainTree: ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(arrayLiteral elements: PlainTree...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, PlainTree)...) {
        self = .map(elements.map { PlainEntry(key: $0.0, value: $0.1) })
    }
}

/// Parsing helpers for the document tests.
enum DocumentTesting {
    /// The name test documents are parsed under.
    static let fileName = "t.yaml"

    /// The values of `text`, or the rendered diagnostics when it does not parse.
    static func values(_ text: String) -> Result<PlainTree?, Diagnostics> {
        do {
            let document = try DocumentParser.parse(text: text, name: fileName)
            return .success(document.root.map(PlainTree.init))
        } catch {
            return .failure(error)
        }
    }

    /// The diagnostics for `text`, or an empty collection when it parses.
    static func diagnostics(_ text: String) -> Diagnostics {
        if case .failure(let diagnostics) = values(text) { return diagnostics }
        return Diagnostics()
    }

    /// The first line of a rendered diagnostic: `file:line:column: error: message`.
    static func headline(_ diagnostic: Diagnostic) -> String {
        String(diagnostic.rendered.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }
}
