/// A shortcut for the lines most documents are made of: `key: value`, `key:` and `- value`,
/// in ASCII, with an unquoted one-line value. Such a line is read straight from its bytes,
/// without turning it into Unicode scalars and walking the general readers.
///
/// The shortcut only ever says "this line is simple, and here is what the general readers
/// would build from it" or "not simple" (`nil`): every other line, and every line with anything
/// to report, goes the general way. So both ways build the same tree and report the same
/// errors; tests build whole corpora both ways and compare (``TreeBuilder/init(source:shortcuts:)``).
extension TreeBuilder {
    /// A mapping entry read by the shortcut.
    enum SimpleEntry {
        /// `key: value`, complete.
        case complete(MappingEntry)
        /// `key:` with nothing after it but a comment: the value, if any, is on the lines below.
        case valueBelow(key: ScalarNode, colon: Int)
    }

    /// The mapping entry at `column` of `line` (the mapping's column), when the line is simple.
    func simpleEntry(line: Int, column: Int) -> SimpleEntry? {
        guard shortcuts, let key = simpleKey(line: line, column: column) else { return nil }
        let keyNode = ScalarNode(
            value: text(line, column..<key.colon), location: location(line, column), width: key.colon - column)
        guard let valueStart = key.valueStart else { return .valueBelow(key: keyNode, colon: key.colon) }
        guard let value = simpleScalar(line: line, column: valueStart, parent: column) else { return nil }
        return .complete(MappingEntry(key: keyNode, value: .scalar(value)))
    }

    /// A simple key at `column` of `line`: where its `:` stands, and where the value after it
    /// starts (`nil` when only spaces or a comment follow).
    func simpleKey(line: Int, column: Int) -> (colon: Int, valueStart: Int?)? {
        lines.withBytes(line) { bytes in
            var colon = column
            while colon < bytes.count, Self.isSimpleKeyByte(bytes[colon]) { colon += 1 }
            guard colon > column, bytes[column] != UInt8(ascii: "-"), colon < bytes.count,
                bytes[colon] == UInt8(ascii: ":"), colon - column <= TreeBuilder.maxKeyLength
            else { return nil }
            var start = colon + 1
            guard start == bytes.count || bytes[start] == UInt8(ascii: " ") else { return nil }
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
            return (colon, start == bytes.count || bytes[start] == UInt8(ascii: "#") ? nil : start)
        }
    }

    /// The text at `column` of `line`, when it is simple: no key, no list item, nothing quoted or
    /// refused, all on this line. `parent` is the column of the enclosing collection.
    func simpleScalar(line: Int, column: Int, parent: Int) -> ScalarNode? {
        guard shortcuts, let found = lines.withBytes(line, { Self.simplePlain($0, from: column) }),
            found.hasComment || !continues(after: line, deeperThan: parent)
        else { return nil }
        return ScalarNode(value: text(line, found.range), location: location(line, column), width: found.range.count)
    }

    /// Where the item of the `- ` at `column` of `line` starts, when the line is a simple item:
    /// `-`, one or more spaces, then something other than a comment or a tab.
    func simpleItemStart(line: Int, column: Int) -> Int? {
        guard shortcuts else { return nil }
        return lines.withBytes(line) { bytes -> Int? in
            guard column + 1 < bytes.count, bytes[column] == UInt8(ascii: "-"), bytes[column + 1] == UInt8(ascii: " ")
            else { return nil }
            var start = column + 1
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
            guard start < bytes.count, bytes[start] != UInt8(ascii: "#"), bytes[start] != UInt8(ascii: "\t") else {
                return nil
            }
            return start
        }
    }

    /// Whether the plain text on `line` would continue on a later line: the next line that is
    /// not blank holds content indented deeper than `parent` (as ``parsePlain`` decides).
    func continues(after line: Int, deeperThan parent: Int) -> Bool {
        var candidate = line + 1
        while candidate < lines.count, lines.info[candidate].kind == .blank { candidate += 1 }
        guard candidate < lines.count else { return false }
        let info = lines.info[candidate]
        return info.kind == .content && info.indent > parent
    }

    /// Where simple plain text stands on one line, up to a ` #` comment or the end.
    struct SimplePlain {
        /// Its columns (byte offsets, every byte before it being ASCII), without trailing spaces.
        var range: Range<Int>
        /// Whether a ` #` comment follows it (then no line can continue it).
        var hasComment: Bool
    }

    /// The simple plain text from `start`: `nil` unless every byte up to its end (or a ` #`
    /// comment) is printable ASCII, it starts with no indicator, and holds no `: ` and no `:` at
    /// its end.
    private static func simplePlain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> SimplePlain? {
        guard start < bytes.count, isSimpleFirstByte(bytes[start]) else { return nil }
        var index = start
        var end = start
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= 0x20, byte < 0x7F else { return nil }
            if byte == UInt8(ascii: " ") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "#") {
                    return SimplePlain(range: start..<end, hasComment: true)
                }
            } else {
                if byte == UInt8(ascii: ":"), index + 1 == bytes.count || bytes[index + 1] == UInt8(ascii: " ") {
                    return nil
                }
                end = index + 1
            }
            index += 1
        }
        return SimplePlain(range: start..<end, hasComment: false)
    }

    /// Bytes a simple key is made of: ASCII letters, digits, `_` and `-` (not first).
    private static func isSimpleKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// Bytes simple text may start with: printable ASCII other than a space and the indicators
    /// (``isPlainStart(_:at:)`` allows `-`, `?` and `:` before a non-space; the shortcut leaves them).
    private static func isSimpleFirstByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
            UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
            UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            false
        default:
            byte > 0x20 && byte < 0x7F
        }
    }

    /// The text of some bytes of a line, known to be ASCII.
    func text(_ line: Int, _ range: Range<Int>) -> String {
        lines.withBytes(line) { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}
