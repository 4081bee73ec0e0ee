/// A node of a parsed document: the located tree the YAML-like parser produces.
///
/// Scalars stay text; only the schema that reads a node decides whether `no` is an answer,
/// `0777` a number or `1.0` a version.
package enum Node: Sendable, Equatable {
    /// A text value.
    case scalar(ScalarNode)
    /// An ordered set of key–value pairs with unique keys.
    case mapping(MappingNode)
    /// An ordered list of nodes.
    case sequence(SequenceNode)

    /// Where the node starts in its source.
    package var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        }
    }

    /// A word for the node's kind, for messages such as "expected a list, found a text".
    package var kindName: String {
        switch self {
        case .scalar: "a text value"
        case .mapping: "a mapping (key: value lines)"
        case .sequence: "a list (- item lines)"
        }
    }
}

/// How a scalar was written in the source.
package enum ScalarStyle: Sendable, Equatable {
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
package struct ScalarNode: Sendable, Equatable {
    /// The value after quotes, escapes and block indentation are resolved.
    package var value: String
    /// How the value was written.
    package var style: ScalarStyle
    /// Where the value starts (the opening quote or `|` for quoted and block scalars).
    package var location: SourceLocation
    /// How many columns the value spans on its first line; at least 1, for carets.
    package var width: Int

    /// Creates a scalar node.
    package init(value: String, style: ScalarStyle = .plain, location: SourceLocation, width: Int = 1) {
        self.value = value
        self.style = style
        self.location = location
        self.width = max(1, width)
    }
}

/// One `key: value` pair of a mapping.
package struct MappingEntry: Sendable, Equatable {
    /// The key, always a scalar.
    package var key: ScalarNode
    /// The value; an empty value (`key:` with nothing after it) is an empty plain scalar.
    package var value: Node

    /// Creates an entry.
    package init(key: ScalarNode, value: Node) {
        self.key = key
        self.value = value
    }
}

/// A block mapping.
package struct MappingNode: Sendable, Equatable {
    /// The entries in source order; keys are unique.
    package var entries: [MappingEntry]
    /// Where the first key starts.
    package var location: SourceLocation

    /// Creates a mapping node.
    package init(entries: [MappingEntry], location: SourceLocation) {
        self.entries = entries
        self.location = location
    }

    /// The entry with the given key, if any.
    package func entry(_ key: String) -> MappingEntry? { entries.first { $0.key.value == key } }
}

/// A block sequence.
package struct SequenceNode: Sendable, Equatable {
    /// The items in source order.
    package var items: [Node]
    /// Where the first `-` stands.
    package var location: SourceLocation

    /// Creates a sequence node.
    package init(items: [Node], location: SourceLocation) {
        self.items = items
        self.location = location
    }
}

/// A parsed document: its source and its root node (`nil` for a file with only comments).
package struct Document: Sendable {
    /// The text the document was parsed from.
    package let source: SourceFile
    /// The root node, or `nil` when the file holds no content.
    package let root: Node?

    /// Creates a document.
    package init(source: SourceFile, root: Node?) {
        self.source = source
        self.root = root
    }
}
