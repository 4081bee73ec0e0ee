/// Reads a parsed ``Document`` against a schema, collecting every problem as a located
/// ``Diagnostic`` instead of stopping at the first, so that one run reports them all.
///
/// The schema code asks for "a mapping with these keys", "a text", "a number from 0 to 5"; each
/// accessor returns `nil` after recording what was expected and what was found.
///
/// Made from a ``PartialDocument``, it starts with the document's syntax errors and reads what
/// parsed, keeping quiet where a finding could only echo a syntax error: on the rest of a line
/// with one, a required key of a mapping a line was skipped from, and a reference to something
/// a syntax error may have hidden (``referenceError(_:at:help:)``).
package final class SchemaReader {
    /// The file being read, for carets and file names.
    package let source: SourceFile
    /// Where syntax errors left the tree being read (none for a document that parsed whole).
    package let damage: PartialDocument.Damage
    /// Everything found so far.
    package private(set) var diagnostics = Diagnostics()

    /// A reader of a document that parsed whole.
    package init(source: SourceFile) {
        self.source = source
        damage = .none
    }

    /// A reader of what parsed of a document, starting with its syntax errors.
    package init(_ partial: PartialDocument) {
        source = partial.document.source
        damage = partial.damage
        diagnostics = partial.diagnostics
    }

    // MARK: Recording

    package func error(_ message: String, at location: SourceLocation, width: Int = 1, help: String? = nil) {
        guard !damage.hides(location) else { return }
        diagnostics.append(Diagnostic(.error, message, in: source, at: location, width: width, help: help))
    }

    package func warning(_ message: String, at location: SourceLocation, width: Int = 1, help: String? = nil) {
        guard !damage.hides(location) else { return }
        diagnostics.append(Diagnostic(.warning, message, in: source, at: location, width: width, help: help))
    }

    package func error(_ message: String, at scalar: ScalarNode, help: String? = nil) {
        error(message, at: scalar.location, width: scalar.width, help: help)
    }

    package func error(_ message: String, at node: Node, help: String? = nil) {
        if case .scalar(let scalar) = node {
            error(message, at: scalar, help: help)
        } else {
            error(message, at: node.location, help: help)
        }
    }

    /// Records that a name refers to nothing, unless a syntax error may have hidden what it
    /// names (the document did not parse whole): then the error would be noise.
    package func referenceError(_ message: String, at node: Node, help: String? = nil) {
        guard damage.isEmpty else { return }
        error(message, at: node, help: help)
    }

    /// ``referenceError(_:at:help:)`` at a location.
    package func referenceError(_ message: String, at location: SourceLocation, help: String? = nil) {
        guard damage.isEmpty else { return }
        error(message, at: location, help: help)
    }

    /// Throws everything recorded if any of it is an error.
    package func finish() throws(Diagnostics) {
        if diagnostics.hasErrors { throw diagnostics }
    }

    // MARK: Shapes

    /// The node as a mapping, or `nil` after an error naming `what` it should be.
    package func mapping(_ node: Node, _ what: @autoclosure () -> String) -> MappingNode? {
        if case .mapping(let mapping) = node { return mapping }
        error("\(what()) must be a mapping of `key: value` lines; found \(node.kindName)", at: node)
        return nil
    }

    /// The node as a list, or `nil` after an error.
    package func sequence(_ node: Node, _ what: @autoclosure () -> String) -> SequenceNode? {
        if case .sequence(let sequence) = node { return sequence }
        error("\(what()) must be a list of `- item` lines; found \(node.kindName)", at: node)
        return nil
    }

    /// The node as text, or `nil` after an error.
    package func scalar(_ node: Node, _ what: @autoclosure () -> String) -> ScalarNode? {
        if case .scalar(let scalar) = node { return scalar }
        error("\(what()) must be a text value; found \(node.kindName)", at: node)
        return nil
    }

    /// Checks a mapping's keys: unknown keys get a did-you-mean, missing required keys an error
    /// at the mapping. Returns a lookup of the entries by key.
    @discardableResult
    package func keys(
        of mapping: MappingNode, allowed: [String], required: [String] = [], in what: @autoclosure () -> String
    ) -> KeyedEntries {
        // Unknown keys are reported in file order and the diagnostics are capped, so only the
        // first ones are shown and need a suggestion.
        // The suggestions are made only when a key is unknown: most mappings have none.
        var candidates: Suggestion.Candidates?
        var unknown = 0
        for entry in mapping.entries where !allowed.contains(entry.key.value) {
            unknown += 1
            let made = candidates ?? Suggestion.Candidates(allowed)
            candidates = made
            let help =
                unknown > Diagnostics.cap
                ? nil
                : made.closest(to: entry.key.value).map { "did you mean `\($0)`?" }
                    ?? "the keys allowed here are: \(allowed.joined(separator: ", "))"
            error("unknown key `\(entry.key.value)` in \(what())", at: entry.key, help: help)
        }
        // A mapping a line was skipped from may hold the key on that line.
        for key in required where mapping.entry(key) == nil && !damage.isIncomplete(mapping) {
            error(
                "\(what()) is missing the required key `\(key)`", at: mapping.location,
                help: "add a line `\(key): ...`")
        }
        return KeyedEntries(mapping: mapping)
    }

    // MARK: Values

    /// A non-empty text value at `key`, or `nil` (with an error if `required`).
    package func text(
        _ entries: KeyedEntries, _ key: String, in what: @autoclosure () -> String, required: Bool = true
    ) -> String? {
        guard let node = entries[key] else { return nil }
        guard let scalar = scalar(node, "`\(key)` in \(what())") else { return nil }
        guard let value = Self.textValue(scalar.value) else {
            if required { error("`\(key)` in \(what()) is empty", at: scalar, help: "write a value after `\(key):`") }
            return nil
        }
        return value
    }

    /// A text value as every reader takes it: reflowed (see ``Swift/String/reflowed``), and
    /// `nil` when that leaves nothing.
    package static func textValue(_ raw: String) -> String? {
        let value = raw.reflowed
        return value.isEmpty ? nil : value
    }

    /// A decimal number at `key` within `range`, or `nil` after an error.
    package func number(
        _ entries: KeyedEntries, _ key: String, in what: @autoclosure () -> String, range: ClosedRange<Double>
    ) -> Double? {
        guard let node = entries[key], let scalar = scalar(node, "`\(key)` in \(what())") else { return nil }
        guard let value = Double(decimal: scalar.value) else {
            error("`\(key)` in \(what()) must be a number; found \"\(scalar.value)\"", at: scalar)
            return nil
        }
        guard range.contains(value) else {
            error(
                "`\(key)` in \(what()) must be from \(range.lowerBound.plain) to \(range.upperBound.plain); found "
                    + "\(value.plain)",
                at: scalar)
            return nil
        }
        return value
    }

    /// One of a fixed set of words at `key`, or `nil` after an error with a did-you-mean.
    package func word(
        _ entries: KeyedEntries, _ key: String, in what: @autoclosure () -> String, oneOf choices: [String]
    ) -> String? {
        guard let node = entries[key], let scalar = scalar(node, "`\(key)` in \(what())") else { return nil }
        let value = scalar.value.trimmingWhitespace()
        if choices.contains(value) { return value }
        error(
            "`\(key)` in \(what()) must be one of: \(choices.joined(separator: ", ")); found \"\(value)\"",
            at: scalar, help: Suggestion.closest(to: value, among: choices).map { "did you mean `\($0)`?" })
        return nil
    }

    /// A list of non-empty texts at `key` (an empty list is allowed), or `nil`.
    package func texts(_ entries: KeyedEntries, _ key: String, in what: @autoclosure () -> String) -> [String]? {
        guard let node = entries[key], let list = sequence(node, "`\(key)` in \(what())") else { return nil }
        return list.items.compactMap { item in
            scalar(item, "an item of `\(key)`").map { $0.value.reflowed }
        }
    }
}

/// A mapping's entries by key, for schema code.
package struct KeyedEntries {
    package let mapping: MappingNode

    package subscript(_ key: String) -> Node? { mapping.entry(key)?.value }

    /// The key node itself, for errors about the key.
    package func key(_ key: String) -> ScalarNode? { mapping.entry(key)?.key }
}
