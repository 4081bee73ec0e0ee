import ParadigmKit

/// A document tree without locations, widths or styles: what a re-rendered document must read
/// back to.
public indirect enum Shape: Equatable, CustomStringConvertible {
    /// A text value.
    case text(String)
    /// Key–value pairs in order.
    case mapping([Pair])
    /// Items in order.
    case list([Shape])

    /// One key and its value.
    public struct Pair: Equatable {
        /// The key's text.
        public let key: String
        /// The value's shape.
        public let value: Shape
    }

    /// The shape of a parsed node.
    package init(_ node: Node) {
        switch node {
        case .scalar(let scalar): self = .text(scalar.value)
        case .mapping(let mapping):
            self = .mapping(mapping.entries.map { Pair(key: $0.key.value, value: Shape($0.value)) })
        case .sequence(let sequence): self = .list(sequence.items.map(Shape.init))
        }
    }

    /// A debugging rendering for crash messages.
    public var description: String {
        switch self {
        case .text(let value): String(reflecting: value)
        case .mapping(let pairs):
            "{" + pairs.map { "\(String(reflecting: $0.key)): \($0.value)" }.joined(separator: ", ") + "}"
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        }
    }
}
