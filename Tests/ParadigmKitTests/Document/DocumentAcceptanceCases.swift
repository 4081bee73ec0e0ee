import Testing

@testable import ParadigmKit

/// A document the parser accepts, with the values it must read. The differential test also
/// loads every one of these with PyYAML.
struct AcceptanceCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let expected: PlainTree?

    init(_ name: String, _ text: String, _ expected: PlainTree?) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    var testDescription: String { name }
}

/// Every construct of the subset, with the values PyYAML's BaseLoader gives for it.
enum DocumentAcceptanceCases {
    static let all: [AcceptanceCase] = documents + mappings + lists + plain + quoted + literal

    static let documents: [AcceptanceCase] = [
        .init("empty file", "", nil),
        .init("only comments and blank lines", "# a comment\n\n   # indented comment\n", nil),
        .init("only blank lines with spaces", "  \n\n    \n", nil),
        .init("document start alone", "---\n", ""),
        .init("document start and comment", "--- # start\n# nothing else\n", ""),
        .init("document start then mapping", "---\na: 1\n", ["a": "1"]),
        .init("root plain text", "hello world\n", "hello world"),
        .init("root text without final line break", "hello", "hello"),
        .init("root quoted text", "'hello'\n", "hello"),
        .init("root literal block", "|\n  one\n  two\n", "one\ntwo\n"),
        .init("root plain text over lines", "one\ntwo\n\nthree\n", "one two\nthree"),
        .init("root mapping indented", "  a: 1\n  b: 2\n", ["a": "1", "b": "2"]),
        .init("CRLF line endings", "a: 1\r\nb:\r\n  - x\r\n", ["a": "1", "b": ["x"]]),
        .init("CRLF inside a literal block", "t: |\r\n  x\r\n  y\r\n", ["t": "x\ny\n"]),
        .init("byte-order mark", "\u{FEFF}a: 1\n", ["a": "1"]),
        .init("unicode text", "name: Zoë – €5 😀\n", ["name": "Zoë – €5 😀"]),
    ]

    static let mappings: [AcceptanceCase] = [
        .init("flat mapping", "a: 1\nb: two words\n", ["a": "1", "b": "two words"]),
        .init("nested mapping", "a:\n  b: 1\n  c:\n    d: 2\ne: 3\n", ["a": ["b": "1", "c": ["d": "2"]], "e": "3"]),
        .init("four-space nesting", "a:\n    b: 1\n", ["a": ["b": "1"]]),
        .init("empty values", "a:\nb:\nc: 1\n", ["a": "", "b": "", "c": "1"]),
        .init("empty value at end of file", "a: 1\nb:", ["a": "1", "b": ""]),
        .init("empty value with comment", "a: # nothing\nb: 1\n", ["a": "", "b": "1"]),
        .init("value on the next line", "a:\n  text\nb: 1\n", ["a": "text", "b": "1"]),
        .init("quoted keys", "'a b': 1\n\"c\\td\": 2\n\"\": 3\n", ["a b": "1", "c\td": "2", "": "3"]),
        .init("spaces before colon", "a  : 1\n'b' : 2\n", ["a": "1", "b": "2"]),
        .init(
            "keys with indicators inside", "a:b: 1\nhttp://x: 2\na#b: 3\n-5: 4\n?x: 5\n:x: 6\n",
            [
                "a:b": "1", "http://x": "2", "a#b": "3", "-5": "4", "?x": "5", ":x": "6",
            ]),
        .init("key ending in colon", "a:: b\n", ["a:": "b"]),
        .init("comments between entries", "a: 1\n# note\n  # indented note\nb: 2 # trailing\n", ["a": "1", "b": "2"]),
        .init("blank lines between entries", "a: 1\n\n\nb: 2\n", ["a": "1", "b": "2"]),
        .init(
            "key of 1024 characters", String(repeating: "k", count: 1024) + ": v\n",
            [String(repeating: "k", count: 1024): "v"]),
        .init("merge key is plain text", "<<: x\n", ["<<": "x"]),
    ]

    static let lists: [AcceptanceCase] = [
        .init("root list", "- a\n- b\n", ["a", "b"]),
        .init("list under key, indented", "a:\n  - x\n  - y\n", ["a": ["x", "y"]]),
        .init("list under key, same indent", "a:\n- x\n- y\nb: z\n", ["a": ["x", "y"], "b": "z"]),
        .init("list of mappings", "- id: a\n  label: A\n- id: b\n", [["id": "a", "label": "A"], ["id": "b"]]),
        .init("compact mapping with nested list", "- a:\n  - x\n  b: y\n", [["a": ["x"], "b": "y"]]),
        .init("dash alone then item", "-\n  x\n-\n  a: 1\n", ["x", ["a": "1"]]),
        .init("empty items", "- a\n-\n- b\n-", ["a", "", "b", ""]),
        .init("item with comment only", "- # note\n  x\n", ["x"]),
        .init("nested compact lists", "- - a\n  - b\n- - - c\n", [["a", "b"], [["c"]]]),
        .init("empty nested item", "- -\n  - a\n", [["", "a"]]),
        .init("wide dash spacing", "-   a: 1\n    b: 2\n", [["a": "1", "b": "2"]]),
        .init("same-indent list in compact mapping", "- k:\n  - a\n  j: b\n", [["k": ["a"], "j": "b"]]),
        .init("list item text continued", "- one\n  two\n- x\n three\n", ["one two", "x three"]),
        .init("dash text is plain", "- -x\n- ---x\n", ["-x", "---x"]),
    ]

    static let plain: [AcceptanceCase] = [
        .init("plain continuation", "k: one\n  two\n   three\n", ["k": "one two three"]),
        .init("plain continuation with blank lines", "k: one\n\n  two\n\n\n  three\n", ["k": "one\ntwo\n\nthree"]),
        .init("plain continuation then comment", "k: one\n  two # c\nj: x\n", ["k": "one two", "j": "x"]),
        .init("plain continuation of next-line value", "k:\n  one\n two\nj: x\n", ["k": "one two", "j": "x"]),
        .init("plain keeps inner spaces", "k: a   b\n", ["k": "a   b"]),
        .init("plain trims trailing spaces", "k: a   \n", ["k": "a"]),
        .init("plain with hash inside", "k: a#b c\n", ["k": "a#b c"]),
        .init("plain with colon inside", "k: a:b http://x.y/z\n", ["k": "a:b http://x.y/z"]),
        .init("plain with quotes inside", "k: it's \"fine\"\n", ["k": "it's \"fine\""]),
        .init(
            "plain YAML 1.1 words stay text", "a: no\nb: 0777\nc: null\nd: ~\ne: true\nf: 1e3\n",
            [
                "a": "no", "b": "0777", "c": "null", "d": "~", "e": "true", "f": "1e3",
            ]),
        .init(
            "plain starting with indicator followed by text", "a: -x\nb: ?x\nc: :x\n",
            ["a": "-x", "b": "?x", "c": ":x"]),
        .init("plain with flow characters inside", "k: a[b]{c},d\n", ["k": "a[b]{c},d"]),
        .init("continuation starting with indicators", "k: a\n  [b] &c *d !e 'f' |g\n", ["k": "a [b] &c *d !e 'f' |g"]),
        .init("no-break space is text", "k: a\u{A0}#b\n", ["k": "a\u{A0}#b"]),
    ]

    static let quoted: [AcceptanceCase] = [
        .init("single quoted", "k: 'it''s # not a comment'\n", ["k": "it's # not a comment"]),
        .init("single quoted keeps backslash", "k: 'a\\nb'\n", ["k": "a\\nb"]),
        .init(
            "double quoted escapes", "k: \"\\\\ \\\" \\/ \\0 \\a \\b \\t \\n \\v \\f \\r \\e \\  \\N \\_ \\L \\P\"\n",
            [
                "k": "\\ \" / \u{0} \u{7} \u{8} \t \n \u{B} \u{C} \r \u{1B}   \u{85} \u{A0} \u{2028} \u{2029}"
            ]),
        .init("double quoted hex escapes", "k: \"\\x41\\u00e9\\U0001F600\"\n", ["k": "Aé😀"]),
        .init("quoted with literal tab", "k: \"a\tb\"\n", ["k": "a\tb"]),
        .init("quoted then comment", "k: \"a\" # c\n", ["k": "a"]),
        .init("quoted then spaces", "k: 'a'   \n", ["k": "a"]),
        .init("empty quotes", "a: ''\nb: \"\"\n", ["a": "", "b": ""]),
        .init("quoted list items", "- 'a: b'\n- \"- c\"\n", ["a: b", "- c"]),
        .init("quoted value on next line", "k:\n  \"v\"\nj: 1\n", ["k": "v", "j": "1"]),
    ]

    static let literal: [AcceptanceCase] = [
        .init("literal clip", "t: |\n  one\n  two\nn: 1\n", ["t": "one\ntwo\n", "n": "1"]),
        .init("literal strip", "t: |-\n  one\n\n", ["t": "one"]),
        .init("literal keep", "t: |+\n  one\n\n\nn: 1\n", ["t": "one\n\n\n", "n": "1"]),
        .init("literal with comment on header", "t: | # note\n  x\n", ["t": "x\n"]),
        .init(
            "literal keeps hash and indentation", "t: |\n  # not a comment\n    indented\n  back\n",
            [
                "t": "# not a comment\n  indented\nback\n"
            ]),
        .init("literal inner blank lines", "t: |\n  a\n\n  b\n", ["t": "a\n\nb\n"]),
        .init("literal leading blank line", "t: |\n\n  a\n", ["t": "\na\n"]),
        .init("literal whitespace-only line deeper than block", "t: |\n  x\n    \nn: y\n", ["t": "x\n  \n", "n": "y"]),
        .init("literal without final line break", "t: |\n  x", ["t": "x"]),
        .init("literal keep at end of file", "t: |+\n  x\n\n", ["t": "x\n\n"]),
        .init("empty literal", "t: |\nn: 1\n", ["t": "", "n": "1"]),
        .init("empty literal keep", "t: |+\n\n\nn: 1\n", ["t": "\n\n", "n": "1"]),
        .init("literal in list", "- |\n  a\n- b\n", ["a\n", "b"]),
        .init("literal in compact mapping", "- t: |-\n    a\n  n: 1\n", [["t": "a", "n": "1"]]),
        .init("literal with tab content", "t: |\n  \tx\n  y\n", ["t": "\tx\ny\n"]),
        .init("literal on its own line", "t:\n  |\n    x\n", ["t": "x\n"]),
        .init("literal lines that look like YAML", "t: |\n  - a\n  b: c\n  ---\n", ["t": "- a\nb: c\n---\n"]),
    ]
}
