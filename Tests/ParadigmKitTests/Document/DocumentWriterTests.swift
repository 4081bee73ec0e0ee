import Testing

@testable import ParadigmKit

@Suite("Document writer")
struct DocumentWriterTests {
    /// Strings that are easy to write wrongly, with how ``DocumentWriter/scalar(_:)`` writes them.
    static let trickyScalars: [(String, String)] = [
        ("", "\"\""),
        ("no", "no"),
        ("0777", "0777"),
        ("null", "null"),
        ("~", "~"),
        ("true", "true"),
        ("-5", "-5"),
        ("é €", "é €"),
        ("😀 emoji", "😀 emoji"),
        ("a#b", "a#b"),
        ("a:b", "a:b"),
        ("it's", "it's"),
        ("- x", "\"- x\""),
        ("-", "\"-\""),
        ("a: b", "\"a: b\""),
        ("key:", "\"key:\""),
        ("#x", "\"#x\""),
        ("a #x", "\"a #x\""),
        (" lead", "\" lead\""),
        ("trail ", "\"trail \""),
        ("'", "\"'\""),
        ("\"", "\"\\\"\""),
        ("back\\slash", "back\\slash"),
        ("\\", "\\"),
        ("\"\\", "\"\\\"\\\\\""),
        ("multi\nline", "\"multi\\nline\""),
        ("ends\n", "\"ends\\n\""),
        ("\t", "\"\\t\""),
        ("a\tb", "\"a\\tb\""),
        ("@x", "\"@x\""),
        ("`x", "\"`x\""),
        ("%x", "\"%x\""),
        ("&x", "\"&x\""),
        ("*x", "\"*x\""),
        ("!x", "\"!x\""),
        ("|", "\"|\""),
        (">", "\">\""),
        ("[a]", "\"[a]\""),
        ("{a}", "\"{a}\""),
        (",", "\",\""),
        ("?", "\"?\""),
        ("? x", "\"? x\""),
        ("?x", "?x"),
        (":", "\":\""),
        (":x", ":x"),
        ("---", "\"---\""),
        ("...", "\"...\""),
        ("--- x", "\"--- x\""),
        ("\u{0}", "\"\\0\""),
        ("\u{7}\u{8}\u{B}\u{C}\r\u{1B}", "\"\\a\\b\\v\\f\\r\\e\""),
        ("\u{1}\u{7F}\u{9B}", "\"\\x01\\x7F\\x9B\""),
        ("\u{85}\u{2028}\u{2029}", "\"\\N\\L\\P\""),
        ("\u{FEFF}x\u{FFFE}", "\"\\uFEFFx\\uFFFE\""),
        ("no\u{A0}break", "no\u{A0}break"),
    ]

    @Test("scalars are plain when safe, double-quoted otherwise", arguments: trickyScalars)
    func scalar(_ value: String, _ written: String) {
        #expect(DocumentWriter.scalar(value) == written)
    }

    /// Texts over several lines, with how a mapping value holds them.
    static let blocks: [(String, String)] = [
        ("multi\nline", "k: |-\n  multi\n  line\n"),
        ("ends\n", "k: |\n  ends\n"),
        ("x\n\n", "k: |+\n  x\n\n"),
        ("a\n\nb\n", "k: |\n  a\n\n  b\n"),
        ("\nleading", "k: |-\n\n  leading\n"),
        ("a\n  indented\n", "k: |\n  a\n    indented\n"),
        ("# not a comment\n- nor a list\n", "k: |\n  # not a comment\n  - nor a list\n"),
        ("tab\tinside\n", "k: |\n  tab\tinside\n"),
        ("x\n  ", "k: |-\n  x\n    \n"),
        (" lead\nx", "k: \" lead\\nx\"\n"),
        ("\tlead\nx", "k: \"\\tlead\\nx\"\n"),
        ("\n\n", "k: \"\\n\\n\"\n"),
        ("a\r\nb", "k: \"a\\r\\nb\"\n"),
        ("a\nb\u{7}", "k: \"a\\nb\\a\"\n"),
    ]

    @Test("text over several lines is a | block when a block can hold it", arguments: blocks)
    func block(_ value: String, _ written: String) {
        let node = PlainTree.map([PlainEntry(key: "k", value: .text(value))]).node
        #expect(DocumentWriter.render(node) == written)
    }

    @Test("a document is written with 2-space indentation and lists of mappings as `- key: value`")
    func layout() {
        let tree: PlainTree = [
            "id": "advisor",
            "roles": [["id": "ceo", "label": "CEO"], ["id": "cmo"]],
            "nested": ["a": ["b": "c"], "list": ["x", ["y", "z"], ""]],
            "text": "one\ntwo\n",
            "items": [["t": "x\ny"]],
            "empty": "",
        ]
        #expect(
            DocumentWriter.render(tree.node) == """
                id: advisor
                roles:
                  - id: ceo
                    label: CEO
                  - id: cmo
                nested:
                  a:
                    b: c
                  list:
                    - x
                    - - y
                      - z
                    - ""
                text: |
                  one
                  two
                items:
                  - t: |-
                      x
                      y
                empty: ""

                """)
    }

    @Test("root scalars and empty collections")
    func roots() {
        #expect(DocumentWriter.render(PlainTree.text("x").node) == "x\n")
        #expect(DocumentWriter.render(PlainTree.text("a\nb").node) == "|-\n  a\n  b\n")
        #expect(DocumentWriter.render(PlainTree.list([]).node) == "\"\"\n")
        #expect(DocumentWriter.render(PlainTree.map([PlainEntry(key: "k", value: .list([]))]).node) == "k: \"\"\n")
    }

    @Test("tricky strings read back identically as keys, values, items and roots")
    func roundTripTricky() {
        let values = Self.trickyScalars.map(\.0) + Self.blocks.map(\.0)
        for value in values {
            let shapes: [PlainTree] = [
                .text(value),
                ["k": .text(value)],
                [.text(value), "after"],
                [["k": .text(value), "j": .text(value)]],
                ["outer": [["k": .text(value)]], "next": "x"],
                .map([
                    PlainEntry(key: value, value: "v"), PlainEntry(key: "z", value: .text(value)),
                ]),
            ]
            for tree in shapes {
                let text = DocumentWriter.render(tree.node)
                #expect(DocumentTesting.values(text) == .success(tree), "\(text)")
            }
        }
    }

    @Test("every accepted example reads back identically after writing")
    func roundTripExamples() throws {
        for example in DocumentAcceptanceCases.all {
            guard let tree = example.expected else { continue }
            let text = DocumentWriter.render(tree.node)
            #expect(DocumentTesting.values(text) == .success(tree), "\(example.name):\n\(text)")
        }
    }

    @Test("comments are written one `# ` line per line of text")
    func comments() throws {
        #expect(DocumentWriter.comment("Pick one.", indent: 2) == "  # Pick one.\n")
        #expect(DocumentWriter.comment("a\n\nb\r\nc", indent: 0) == "# a\n#\n# b\n# c\n")
        #expect(DocumentWriter.comment("", indent: 0) == "#\n")
        #expect(DocumentWriter.comment("bad\u{0}char\u{2028}next", indent: 0) == "# bad\u{FFFD}char\n# next\n")
        let template =
            DocumentWriter.comment("What is\nyour role?", indent: 0) + "role: ceo\n"
            + DocumentWriter.comment("note", indent: 2) + "next: x\n"
        #expect(DocumentTesting.values(template) == .success(["role": "ceo", "next": "x"]))
    }
}
