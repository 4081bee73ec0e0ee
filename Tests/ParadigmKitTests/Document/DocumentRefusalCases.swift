import Testing

/// A document the parser refuses, with the first diagnostic's headline (`file:line:column:
/// error: message`) and help line, exactly as rendered.
struct RefusalCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let headline: String
    let help: String?

    init(_ name: String, _ text: String, _ headline: String, help: String?) {
        self.name = name
        self.text = text
        self.headline = "t.yaml:" + headline
        self.help = help
    }

    var testDescription: String { name }
}

/// Every refusal of the parser. `docs/answers-format.md` quotes these messages.
enum DocumentRefusalCases {
    static let all: [RefusalCase] =
        tabs + indentation + unsupported + documents + keys + plainText + quoted + literal + characters

    static let tabs: [RefusalCase] = [
        .init(
            "tab in indentation", "a:\n\tb: 1\n", "2:1: error: found a tab in the indentation",
            help: "indent with spaces"),
        .init(
            "tab after spaces in indentation", "a:\n  \tb: 1\n", "2:3: error: found a tab in the indentation",
            help: "indent with spaces"),
        .init(
            "tab on a blank line", "a: 1\n \t\nb: 2\n", "2:2: error: found a tab on a blank line",
            help: "delete it; YAML itself accepts a tab on a blank line, but this subset takes no tab in "
                + "indentation, even there"),
        .init(
            "tab after colon", "role:\tceo\n", "1:6: error: expected a value after `role:`; found a tab",
            help: "put a space, not a tab, after `:`"),
        .init(
            "tab after colon and space", "role: \tceo\n", "1:7: error: expected a value after `role:`; found a tab",
            help: "put a space, not a tab, after `:`"),
        .init(
            "tab after dash", "-\tx\n", "1:2: error: expected an item after `-`; found a tab",
            help: "put a space, not a tab, after `-`"),
        .init(
            "tab inside plain text", "k: a\tb\n", "1:5: error: found a tab in unquoted text",
            help: "use spaces, or put the text in double quotes (where a tab is kept)"),
        .init(
            "tab after plain text", "k: a\t# c\n", "1:5: error: found a tab after the value",
            help: "delete it, or use spaces"),
        .init(
            "tab after closing quote", "k: 'a'\t\n", "1:7: error: found a tab after the value",
            help: "delete it, or use spaces"),
        .init(
            "tab before colon of key", "a: 1\nk\t: v\n", "2:2: error: found a tab in unquoted text",
            help: "use spaces, or put the text in double quotes (where a tab is kept)"),
    ]

    static let indentation: [RefusalCase] = [
        .init(
            "key indented more than its sibling", "a: 1\n b: 2\n",
            "2:2: error: inconsistent indentation: found 1 space, expected 0 (like `a` on line 1)",
            help:
                "line this key up with `a` on line 1; if the `:` belongs to the value of `a`, "
                + "put that value in quotes"),
        .init(
            "key indented more than its nested sibling", "a:\n  b: 1\n    c: 2\n",
            "3:5: error: inconsistent indentation: found 4 spaces, expected 2 (like `b` on line 2)",
            help:
                "line this key up with `b` on line 2; if the `:` belongs to the value of `b`, "
                + "put that value in quotes"),
        .init(
            "dedent to a level never opened", "a:\n    b: 1\n  c: 2\n",
            "3:3: error: inconsistent indentation: found 2 spaces, expected 0 (the keys from line 1) or 4 (the keys "
                + "from line 2)",
            help: "indent the line like the lines it belongs with; YAML nests by indentation"),
        .init(
            "indented line after a quoted value", "a: 'x'\n  b: 2\n",
            "2:3: error: inconsistent indentation: found 2 spaces, expected 0 (the keys from line 1)",
            help: "indent the line like the lines it belongs with; YAML nests by indentation"),
        .init(
            "indented line after a commented value", "a: x # c\n  y\n",
            "2:3: error: inconsistent indentation: found 2 spaces, expected 0 (the keys from line 1)",
            help: "indent the line like the lines it belongs with; YAML nests by indentation"),
        .init(
            "list item key misaligned", "- a: 1\n b: 2\n",
            "2:2: error: inconsistent indentation: found 1 space, expected 0 (the list from line 1) or 2 (the keys "
                + "from line 1)",
            help: "indent the line like the lines it belongs with; YAML nests by indentation"),
        .init(
            "line less indented than the document", "  a: 1\nb: 2\n",
            "2:1: error: inconsistent indentation: found 0 spaces, expected 2 (the keys from line 1)",
            help: "indent the line like the lines it belongs with; YAML nests by indentation"),
        .init(
            "text at a mapping's indentation", "a: 1\nb\n",
            "2:1: error: expected `key: value` like line 1; found text without `: `",
            help: "add `: ` and a value after the key, or indent the line to continue the value above"),
        .init(
            "key without space after colon", "a: 1\nb:2\n",
            "2:1: error: expected `key: value` like line 1; found text without `: `",
            help: "put a space after `:`"),
        .init(
            "list item among keys", "a: 1\n- b\n",
            "2:1: error: expected `key: value` like line 1; found a list item",
            help: "a list must be the value of a key: put it under a line `key:` with nothing after `:`"),
        .init(
            "key among list items", "- a\nb: c\n",
            "2:1: error: expected a list item (`- `) to continue the list from line 1",
            help: "start the line with `- `, or indent it to belong to the item above"),
        .init(
            "dash without space among list items", "- a\n-b\n",
            "2:1: error: expected a list item (`- `) to continue the list from line 1",
            help: "put a space after `-`"),
        .init(
            "list item continuing text", "- a\n  - b\n",
            "2:3: error: a list item cannot continue the text that starts on line 1",
            help:
                "to nest a list, put nothing after the `-` or `key:` above it; to keep the `- ` as text, put the "
                + "whole text in quotes"
        ),
        .init(
            "text after the root value", "'a'\nb\n",
            "2:1: error: a document holds one value, but more follows the text on line 1",
            help: "to hold several values, write one `key: value` per line"),
    ]

    static let unsupported: [RefusalCase] = [
        .init(
            "flow list", "k: [a, b]\n", "1:4: error: flow-style list `[...]` is not supported",
            help: "write a block list: one `- item` per line"),
        .init(
            "flow mapping", "k: {a: 1}\n", "1:4: error: flow-style mapping `{...}` is not supported",
            help: "write one `key: value` per line"),
        .init(
            "flow list as list item", "- [a]\n", "1:3: error: flow-style list `[...]` is not supported",
            help: "write a block list: one `- item` per line"),
        .init(
            "flow mapping at a key's place", "a: 1\n{b: 2}\n",
            "2:1: error: flow-style mapping `{...}` is not supported",
            help: "write one `key: value` per line"),
        .init(
            "closing bracket", "k: ]x\n", "1:4: error: a value cannot start with `]`", help: "put the text in quotes"),
        .init("comma", "k: ,x\n", "1:4: error: a value cannot start with `,`", help: "put the text in quotes"),
        .init(
            "anchor", "k: &base v\n", "1:4: error: anchors (`&name`) are not supported",
            help: "write the value out in full where it is needed; to start a text with `&`, put it in quotes"),
        .init(
            "anchor on a key", "&a k: v\n", "1:1: error: anchors (`&name`) are not supported",
            help: "write the value out in full where it is needed; to start a text with `&`, put it in quotes"),
        .init(
            "alias", "k: *base\n", "1:4: error: aliases (`*name`) are not supported",
            help: "write the value out in full; to start a text with `*`, put it in quotes"),
        .init(
            "tag", "k: !!str 1\n", "1:4: error: tags (`!name`) are not supported",
            help: "remove the tag, since every value is read as text; to start a text with `!`, put it in quotes"),
        .init(
            "directive", "%YAML 1.2\n---\na: 1\n", "1:1: error: directives (`%YAML`, `%TAG`) are not supported",
            help: "remove the line"),
        .init("percent sign", "k: %x\n", "1:4: error: a value cannot start with `%`", help: "put the text in quotes"),
        .init(
            "at sign", "k: @x\n", "1:4: error: `@` is reserved in YAML and cannot start a value",
            help: "put the text in quotes"),
        .init(
            "backtick", "k: `x`\n", "1:4: error: a backtick is reserved in YAML and cannot start a value",
            help: "put the text in quotes"),
        .init(
            "folded block", "k: >\n  text\n", "1:4: error: folded blocks (`>`) are not supported",
            help: "use `|`, which keeps the line breaks as written"),
        .init(
            "complex key", "? a\n: b\n", "1:1: error: complex keys (`? `) are not supported",
            help: "write `key: value` on one line"),
        .init("missing key", ": x\n", "1:1: error: expected a key before `:`", help: "write `key: value`"),
        .init(
            "list on the key's line", "k: - a\n", "1:4: error: a list cannot start on the same line as `k:`",
            help: "put each `- item` on its own line below `k:`"),
        .init(
            "nesting deeper than 100 levels", String(repeating: "- ", count: 101) + "x\n",
            "1:201: error: nesting is deeper than 100 levels",
            help: "flatten the structure; a document may nest mappings and lists 100 levels deep"),
    ]

    static let documents: [RefusalCase] = [
        .init(
            "second document", "a: 1\n---\nb: 2\n", "2:1: error: a second document is not supported",
            help: "keep one document per file; remove this `---` and what follows, or move it to another file"),
        .init(
            "document end marker", "a: 1\n...\n", "2:1: error: the document end marker `...` is not supported",
            help: "remove this line"),
        .init(
            "content after document start", "--- a: 1\n", "1:5: error: unexpected text after `---`",
            help: "put the document's content on the line after `---`"),
        .init(
            "tab after document start", "---\t\na: 1\n", "1:4: error: found a tab after `---`",
            help: "use spaces, or put nothing after `---`"),
        .init(
            "document marker ends root text", "text\n---\n", "2:1: error: a second document is not supported",
            help: "keep one document per file; remove this `---` and what follows, or move it to another file"),
    ]

    static let keys: [RefusalCase] = [
        .init(
            "duplicate key", "name: x\nrole: a\nother: y\nrole: b\n",
            "4:1: error: duplicate key `role`; it was first set on line 2",
            help: "remove one of the two, or merge their values"),
        .init(
            "duplicate key in quotes", "a: 1\n\"a\": 2\n", "2:1: error: duplicate key `a`; it was first set on line 1",
            help: "remove one of the two, or merge their values"),
        .init(
            "key longer than 1024 characters", String(repeating: "k", count: 1025) + ": v\n",
            "1:1: error: a key may be at most 1024 characters long; this one has 1025",
            help: "shorten the key (the count runs from its first character to `:`)"),
    ]

    static let plainText: [RefusalCase] = [
        .init(
            "colon and space inside a value", "k: value: more\n", "1:9: error: unquoted text cannot contain `: `",
            help: "put the value in quotes: \"value: more\""),
        .init(
            "value ending with colon", "k: note:\n", "1:8: error: unquoted text cannot end with `:`",
            help: "put the value in quotes: \"note:\""),
        .init(
            "colon inside a continued list item", "- a\n  b: c\n", "2:4: error: unquoted text cannot contain `: `",
            help: "this line continues the text that starts on line 1; put that text in quotes"),
    ]

    static let quoted: [RefusalCase] = [
        .init(
            "text after closing quote", "k: 'a' b\n", "1:8: error: unexpected text after the closing quote",
            help: "put the whole value inside the quotes"),
        .init(
            "comment without space after quote", "k: \"a\"#c\n", "1:7: error: unexpected text after the closing quote",
            help: "put a space before `#` to start a comment"),
        .init(
            "quoted text over several lines", "k: \"abc\n  def\"\n",
            "1:4: error: the quoted text is not closed on this line",
            help: "close the quote on this line, or use a | block for text over several lines"),
        .init(
            "single-quoted text over several lines", "k: 'abc\n  def'\n",
            "1:4: error: the quoted text is not closed on this line",
            help: "close the quote on this line, or use a | block for text over several lines"),
        .init(
            "backslash at end of line", "k: \"abc\\\n  def\"\n",
            "1:4: error: the quoted text is not closed on this line",
            help: "close the quote on this line, or use a | block for text over several lines"),
        .init(
            "unknown escape", "k: \"a\\qb\"\n", "1:6: error: `\\q` is not a known escape in double-quoted text",
            help:
                "write `\\\\` for a backslash; the escapes are \\\\ \\\" \\/ \\0 \\a \\b \\t \\n \\v \\f \\r \\e \\N "
                + "\\_ \\L \\P, "
                + "space, \\xHH, \\uHHHH and \\UHHHHHHHH"),
        .init(
            "short hex escape", "k: \"\\x4\"\n", "1:5: error: `\\x` must be followed by 2 hexadecimal digits",
            help: "write the code with exactly 2 digits, as in `\\x41`; for a backslash itself, write `\\\\`"),
        .init(
            "surrogate escape", "k: \"\\uD800\"\n", "1:5: error: `\\uD800` is not a Unicode character",
            help:
                "surrogates (D800–DFFF) and codes above 10FFFF cannot be written; write the character itself, or "
                + "`\\U` with its full code"
        ),
    ]

    static let literal: [RefusalCase] = [
        .init(
            "indentation indicator", "k: |2\n   x\n", "1:5: error: indentation indicators like `|2` are not supported",
            help:
                "remove the digit; the block's first line sets its indentation (for text that starts with spaces, use "
                + "double quotes and `\\n`)"
        ),
        .init(
            "text after block header", "k: | x\n", "1:6: error: unexpected text after `|`",
            help: "start the text on the next line, indented deeper than the key or `-`"),
        .init(
            "comment without space after block header", "k: |-#c\n", "1:6: error: unexpected text after `|-`",
            help: "put a space before `#` to start a comment"),
        .init("tab after block header", "k: |\t\n  x\n", "1:5: error: found a tab after `|`", help: "use spaces"),
        .init(
            "blank line wider than block", "k: |\n    \n  x\n",
            "2:1: error: this blank line at the start of a `|` block has more spaces than the block's first line",
            help: "delete the spaces on the blank lines at the start of the block"),
    ]

    static let characters: [RefusalCase] = [
        .init(
            "NUL character", "a: x\u{0}y\n", "1:5: error: found a NUL character (U+0000)",
            help:
                "the file looks binary or is not UTF-8 text; save it as UTF-8, and inside double quotes write `\\0` "
                + "for a NUL character"
        ),
        .init(
            "control character", "a: x\u{7}\n", "1:5: error: found the control character U+0007",
            help: "delete it; to put it in a value, write `\\u0007` inside double quotes"),
        .init(
            "DEL", "a: \u{7F}\n", "1:4: error: found the control character U+007F",
            help: "delete it; to put it in a value, write `\\u007F` inside double quotes"),
        .init(
            "C1 control", "a: \u{9B}\n", "1:4: error: found the control character U+009B",
            help: "delete it; to put it in a value, write `\\u009B` inside double quotes"),
        .init(
            "non-character", "a: \u{FFFE}\n", "1:4: error: found the non-character U+FFFE",
            help: "delete it; to put it in a value, write `\\uFFFE` inside double quotes"),
        .init(
            "carriage return alone", "a: 1\rb: 2\n", "1:5: error: found a carriage return (CR) without a line feed",
            help: "save the file with LF or CRLF line endings"),
        .init(
            "next line character", "a: x\u{85}y\n",
            "1:5: error: found U+0085 (NEXT LINE), which YAML reads as a line break",
            help: "use an ordinary line break; inside double quotes, write `\\N` for this character"),
        .init(
            "line separator", "a: x\u{2028}y\n",
            "1:5: error: found U+2028 (LINE SEPARATOR), which YAML reads as a line break",
            help: "use an ordinary line break; inside double quotes, write `\\L` for this character"),
        .init(
            "paragraph separator", "a: é\u{2029}\n",
            "1:5: error: found U+2029 (PARAGRAPH SEPARATOR), which YAML reads as a line break",
            help: "use an ordinary line break; inside double quotes, write `\\P` for this character"),
        .init(
            "byte-order mark inside", "a: 1\n\u{FEFF}b: 2\n",
            "2:1: error: found a byte-order mark (U+FEFF) inside the text",
            help: "delete it; a byte-order mark may only start the file"),
        .init(
            "control character inside quotes", "a: \"x\u{1B}\"\n", "1:6: error: found the control character U+001B",
            help: "delete it; to put it in a value, write `\\u001B` inside double quotes"),
    ]
}
