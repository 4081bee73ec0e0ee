/// A node of a parsed document: the located tree the YAML-like parser produces.
///
/// Scalars stay text; only the schema that reads a node decides whether `no` is an answer,
/// `0777` a number or `1.0` a version.
public enum Node: Sendable, Equatable {
    /// A text value.
    case scalar(ScalarNode)
    /// An ordered set of key–value pairs with unique keys.
    case mapping(MappingNode)
    /// An ordered list of nodes.
    case sequence(SequenceNode)

    /// Where the node starts in its source.
    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        }
    }

    /// A word for the node's kind, for messages such as "expected a list, found a text".
    public var kindName: String {
        switch self {
        case .scalar: "a text value"
        case .mapping: "a mapping (key: value lines)"
        case .sequence: "a list (- item lines)"
        }
    }
}

/// How a scalar was written in the source.
public enum ScalarStyle: Sendable, Equatable {
    /// Unquoted text.
    case plain
    /// Text in single quotes.
    case singleQuoted
    /// Text in double quotes, with backslash escapes.
    case doubleQuoted
    /// A `|` literal block.
    case literal
}

/// A text value with its location.
public struct ScalarNode: Sendable, Equatable {
    /// The value after quotes, escapes and block indentation are resolved.
    public var value: String
    /// How the value was written.
    public var style: ScalarStyle
    /// Where the value starts (the opening quote or `|` for quoted and block scalars).
    public var location: SourceLocation
    /// How many columns the value spans on its first line; at least 1, for carets.
    public var width: Int

    /// Creates a scalar node.
    public init(value: String, style: ScalarStyle = .plain, location: SourceLocation, width: Int = 1) {
        self.value = value
        self.style = style
        self.location = location
        self.width = max(1, width)
    }
}

/// One `key: value` pair of a mapping.
public struct MappingEntry: Sendable, Equatable {
    /// The key, always a scalar.
    public var key: ScalarNode
    /// The value; an empty value (`key:` with nothing after it) is an empty plain scalar.
    public var value: Node

    /// Creates an entry.
    public init(key: ScalarNode, value: Node) {
        self.key = key
        self.value = value
    }
}

/// A block mapping.
public struct MappingNode: Sendable, Equatable {
    /// The entries in source order; keys are unique.
    public var entries: [MappingEntry]
    /// Where the first key starts.
    public var location: SourceLocation

    /// Creates a mapping node.
    public init(entries: [MappingEntry], location: SourceLocation) {
        self.entries = entries
        self.location = location
    }

    /// The entry with the given key, if any.
    public func entry(_ key: String) -> MappingEntry? { entries.first { $0.key.value == key } }
}

/// A block sequence.
public struct SequenceNode: Sendable, Equatable {
    /// The items in source order.
    public var items: [Node]
    /// Where the first `-` stands.
    public var location: SourceLocation

    /// Creates a sequence node.
    public init(items: [Node], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}

/// A parsed document: its source and its root node (`nil` for a file with only comments).
public struct Document: Sendable {
    /// The text the document was parsed from.
    public let source: SourceFile
    /// The root node, or `nil` when the file holds no content.
    public let root: Node?

    /// Creates a document.
    public init(source: SourceFile, root: Node?) {
        self.source = source
        self.root = root
    }
}
