/// What the parser read of a document, errors and all: the tree it built while skipping what it
/// could not read, every error it found, and where those errors left the tree damaged.
///
/// A loader reads the tree against its schema as it reads a whole document, through a
/// ``SchemaReader`` made from the partial document, so that one run reports the syntax errors
/// and the schema errors of every part that parsed. The reader keeps quiet where a finding could
/// only echo a syntax error (see ``Damage``).
package struct PartialDocument: Sendable {
    /// The document as far as it parsed; its root is `nil` when nothing parsed.
    package let document: Document
    /// Every syntax error found (and character errors, which the parser reports too).
    package let diagnostics: Diagnostics
    /// Where the errors left the tree.
    package let damage: Damage

    /// Where a document's syntax errors left its tree: which lines hold an error (what stands
    /// there may be a placeholder, not what was written) and which mappings lost entries.
    package struct Damage: Sendable {
        /// A line with a syntax error: the column of its first error and of its first character
        /// (1-based).
        struct DamagedLine: Sendable {
            var errorColumn: Int
            var contentColumn: Int
        }

        /// The lines with an error, by 1-based line.
        private(set) var lines: [Int: DamagedLine] = [:]
        /// The locations of the mappings from which a line was skipped (an entry may be missing).
        private(set) var incompleteMappings: Set<SourceLocation> = []

        /// No damage: a document that parsed whole.
        package static let none = Damage()

        /// Whether the document parsed without an error.
        package var isEmpty: Bool { lines.isEmpty && incompleteMappings.isEmpty }

        /// Records an error at a 1-based location, on a line whose content starts at `contentColumn`.
        mutating func record(_ location: SourceLocation, contentColumn: Int) {
            let column = min(location.column, lines[location.line]?.errorColumn ?? location.column)
            lines[location.line] = DamagedLine(errorColumn: column, contentColumn: contentColumn)
        }

        /// Records that a line of the mapping at `location` was skipped.
        mutating func recordIncompleteMapping(at location: SourceLocation) {
            incompleteMappings.insert(location)
        }

        /// Whether a schema finding at `location` could only echo a syntax error: it stands on a
        /// line with one, anywhere but at the line's first character (a key) before the error.
        package func hides(_ location: SourceLocation) -> Bool {
            guard let line = lines[location.line] else { return false }
            return !(location.column == line.contentColumn && location.column < line.errorColumn)
        }

        /// Whether a mapping may be missing entries that a syntax error hid.
        package func isIncomplete(_ mapping: MappingNode) -> Bool {
            incompleteMappings.contains(mapping.location)
        }
    }
}
