import Foundation

/// Reads the strict YAML subset that questionnaires and answers files are written in, and
/// produces a located ``Document``.
///
/// The subset: block mappings (`key: value`), block lists (`- item`, also at the key's own
/// indentation and as `- key: value`), plain text (continued on more-indented lines), single-
/// and double-quoted text on one line, `|` literal blocks (with `|-` and `|+`), `#` comments and
/// one optional leading `---`. Every value is text; an empty value (`key:`) is the empty text.
///
/// Everything else is refused with a located error that says what to write instead: tabs in
/// indentation, flow style (`{}` `[]`), anchors, aliases, tags, directives, `>` blocks, `? `
/// keys, a second document, duplicate keys, ambiguous plain text (`a: b: c`) and multi-line
/// quoted text. Any document the parser accepts loads to the same tree in PyYAML's
/// `BaseLoader`; the parser refuses more than PyYAML, never less.
///
/// Limits: mappings and lists nest at most ``maxDepth`` levels (deeper input is an error, never a
/// stack overflow, however deep it goes); a key spans at most 1024 characters up to its `:`.
/// Long lines and large files are read in time linear in their size. Columns count Unicode
/// scalars, 1-based. All errors of a file are collected in one run, sorted and capped by
/// ``Diagnostics``.
package enum DocumentParser {
    /// The deepest nesting of mappings and lists a document may have.
    package static let maxDepth = TreeBuilder.maxDepth

    /// Parses a document.
    ///
    /// - Returns: the document, whose root is `nil` when the text holds only comments and blank
    ///   lines.
    /// - Throws: every error found in the text.
    package static func parse(_ source: SourceFile) throws(Diagnostics) -> Document {
        try parse(source, shortcuts: true)
    }

    /// Parses a document with or without the shortcut for simple lines: both ways must give the
    /// same document and the same errors, which the tests and the document fuzzer check.
    package static func parse(_ source: SourceFile, shortcuts: Bool) throws(Diagnostics) -> Document {
        var builder = TreeBuilder(source: source, shortcuts: shortcuts)
        let root = builder.build()
        guard builder.diagnostics.isEmpty else { throw builder.diagnostics }
        return Document(source: source, root: root)
    }

    /// Parses as much of a document as can be read: after an error the parser goes on from the
    /// next line at the same or a lower indentation, so the tree holds every part that parsed.
    /// A document without errors gives the tree ``parse(_:)`` gives.
    package static func parsePartially(_ source: SourceFile) -> PartialDocument {
        var builder = TreeBuilder(source: source)
        let root = builder.build()
        return PartialDocument(
            document: Document(source: source, root: root), diagnostics: builder.diagnostics, damage: builder.damage)
    }

    /// Parses a document from text, under the name diagnostics show for it.
    package static func parse(text: String, name: String = "<embedded>") throws(Diagnostics) -> Document {
        try parse(SourceFile(name: name, text: text))
    }

    /// Decodes a file's bytes into a source file: checks that they are UTF-8, strips a leading
    /// byte-order mark, and refuses NUL and other characters a document may not hold (C0 and C1
    /// controls other than TAB, LF and CR; DEL; U+FFFE and U+FFFF; a CR without an LF; the line
    /// separators U+0085, U+2028 and U+2029; a byte-order mark after the start).
    ///
    /// - Throws: an error located at the line and column of the first invalid byte, or one error
    ///   per line that holds a refused character.
    package static func decode(_ data: Data, name: String) throws(Diagnostics) -> SourceFile {
        if let text = String(validating: data, as: UTF8.self) {
            let source = SourceFile(name: name, text: text)
            let lines = SourceLines(source)
            guard lines.problems.isEmpty else { throw Diagnostics(lines.problems.map { $0.diagnostic(in: source) }) }
            return source.withScannedLines(lines)
        }
        throw Diagnostics([invalidUTF8(data, name: name)])
    }

    /// The error for bytes that are not UTF-8, at the first invalid byte.
    private static func invalidUTF8(_ data: Data, name: String) -> Diagnostic {
        let bytes = [UInt8](data)
        let source = SourceFile(name: name, text: String(decoding: bytes, as: UTF8.self))
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return Diagnostic(
                .error, "the file is UTF-16, not UTF-8", in: source, at: SourceLocation(line: 1, column: 1),
                help: "save the file as UTF-8")
        }
        var line = 1
        var column = 1
        var offset = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes[offset...].makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if encoded.count == 1, encoded.first == 0x0A {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error(let length):
                let byte = offset < bytes.count ? bytes[offset] : 0
                return Diagnostic(
                    .error,
                    "the file is not valid UTF-8: found byte 0x\(TextCharacters.hexDigits(UInt32(byte), count: 2))"
                        + (length > 1 ? " starting an incomplete character" : ""),
                    in: source, at: SourceLocation(line: line, column: column),
                    help: "save the file as UTF-8")
            case .emptyInput:
                return Diagnostic(
                    .error, "the file is not valid UTF-8", in: source, at: SourceLocation(line: line, column: column),
                    help: "save the file as UTF-8")
            }
        }
    }
}
