import Foundation
import Testing

@testable import ParadigmKit

@Suite("Document parser: locations, recovery, encodings and limits")
struct DocumentParserBehaviourTests {
    // MARK: - Locations

    @Test("nodes are located where they start, with the width of their first line")
    func locations() throws {
        let marked = MarkedText(
            """
            ①name: ②plain text
            ③quoted: ④"a \\"b\\""
            ⑤list:
              ⑥- ⑦|-
                x
              - ⑧'é€'
            ⑨empty:

            """)
        let document = try DocumentParser.parse(text: marked.text)
        guard case .mapping(let root)? = document.root else {
            Issue.record("expected a mapping")
            return
        }
        #expect(root.location == marked[1])
        #expect(root.entries[0].key.location == marked[1])
        #expect(root.entries[0].key.width == 4)
        #expect(root.entries[1].key.location == marked[3])
        #expect(root.entries[3].key.location == marked[9])

        guard case .scalar(let plain) = root.entries[0].value else { throw DocumentTestFailure("plain") }
        #expect(plain.location == marked[2])
        #expect(plain.width == 10)
        #expect(plain.style == .plain)

        guard case .scalar(let quoted) = root.entries[1].value else { throw DocumentTestFailure("quoted") }
        #expect(quoted.location == marked[4])
        #expect(quoted.width == 9)
        #expect(quoted.style == .doubleQuoted)
        #expect(quoted.value == "a \"b\"")

        guard case .sequence(let list) = root.entries[2].value else { throw DocumentTestFailure("list") }
        #expect(list.location == marked[6])
        guard case .scalar(let block) = list.items[0], case .scalar(let single) = list.items[1] else {
            throw DocumentTestFailure("items")
        }
        #expect(block.location == marked[7])
        #expect(block.width == 2)
        #expect(block.style == .literal)
        #expect(single.location == marked[8])
        #expect(single.width == 4, "columns count Unicode scalars: 'é€' is 4 columns")
        #expect(single.style == .singleQuoted)

        guard case .scalar(let empty) = root.entries[3].value else { throw DocumentTestFailure("empty") }
        #expect(empty.value == "")
        #expect(empty.style == .plain)
    }

    @Test("a diagnostic shows the line and a caret under the spot, counting columns in Unicode scalars")
    func renderedDiagnostic() {
        let diagnostics = DocumentTesting.diagnostics("name: Zoë\nrôle: [a, b]\n")
        #expect(
            diagnostics.rendered == """
                t.yaml:2:7: error: flow-style list `[...]` is not supported
                  |
                2 | rôle: [a, b]
                  |       ^
                  = help: write a block list: one `- item` per line
                1 error found.

                """)
    }

    @Test("refused characters show as U+FFFD in the source line, and the caret stays aligned")
    func displayedControlCharacters() {
        let rendered = DocumentTesting.diagnostics("a: x\ry\n").rendered
        #expect(rendered.contains("1 | a: x\u{FFFD}y\n  |     ^\n"))
    }

    // MARK: - Recovery

    @Test("all errors of a file are reported in one run, in order")
    func multipleErrors() {
        let text = """
            a: [1, 2]
            b:
              c: 1
               d: 2
            e: &x v
            a: again
            f: 'open
            g:
            \th: 1
            i: ok: no
            """
        let headlines = DocumentTesting.diagnostics(text).items.map(DocumentTesting.headline)
        #expect(
            headlines == [
                "t.yaml:1:4: error: flow-style list `[...]` is not supported",
                "t.yaml:4:4: error: inconsistent indentation: found 3 spaces, expected 2 (like `c` on line 3)",
                "t.yaml:5:4: error: anchors (`&name`) are not supported",
                "t.yaml:6:1: error: duplicate key `a`; it was first set on line 1",
                "t.yaml:7:4: error: the quoted text is not closed on this line",
                "t.yaml:9:1: error: found a tab in the indentation",
                "t.yaml:10:6: error: unquoted text cannot contain `: `",
            ])
    }

    @Test("errors after a refused value skip its continuation lines, then parsing goes on")
    func recoverySkipsTheBrokenValue() {
        let text = "a: [1,\n  2]\nb: {x: 1,\n    y: 2}\nc: ok\nc: again\n"
        let headlines = DocumentTesting.diagnostics(text).items.map(DocumentTesting.headline)
        #expect(
            headlines == [
                "t.yaml:1:4: error: flow-style list `[...]` is not supported",
                "t.yaml:3:4: error: flow-style mapping `{...}` is not supported",
                "t.yaml:6:1: error: duplicate key `c`; it was first set on line 5",
            ])
    }

    @Test("character errors and structure errors come out sorted, one per line")
    func sortedErrors() {
        let text = "a: [x]\nb: \u{7}\nc: {y}\n"
        let headlines = DocumentTesting.diagnostics(text).items.map(DocumentTesting.headline)
        #expect(
            headlines == [
                "t.yaml:1:4: error: flow-style list `[...]` is not supported",
                "t.yaml:2:4: error: found the control character U+0007",
                "t.yaml:3:4: error: flow-style mapping `{...}` is not supported",
            ])
    }

    @Test("many errors are capped, and the rest counted")
    func cappedErrors() {
        let text = (1...70).map { "k\($0): [\($0)]\n" }.joined()
        let diagnostics = DocumentTesting.diagnostics(text)
        #expect(diagnostics.items.count == Diagnostics.cap)
        #expect(diagnostics.omitted == 70 - Diagnostics.cap)
        #expect(diagnostics.items.first?.location == SourceLocation(line: 1, column: 5))
        #expect(diagnostics.rendered.hasSuffix("… and 20 more not shown; fix these and run again.\n70 errors found.\n"))
    }

    // MARK: - Encodings

    @Test("CRLF files read like LF files, and locations stay right")
    func crlf() {
        let lf = "a: 1\nb:\n  - x\nt: |\n  one\n  two\n"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(DocumentTesting.values(crlf) == DocumentTesting.values(lf))
        let headline = DocumentTesting.diagnostics("a: 1\r\nb: [x]\r\n").items.first.map(DocumentTesting.headline)
        #expect(headline == "t.yaml:2:4: error: flow-style list `[...]` is not supported")
    }

    @Test("lines end at LF or CRLF only; a CR elsewhere stays in the line")
    func lineSplitting() {
        func lines(_ text: String) -> [String] {
            let source = SourceFile(name: "t.yaml", text: text)
            return source.lineRanges.indices.map { source.line($0 + 1) }
        }
        #expect(lines("a\r\nb\rc\n\nd\u{301}\r\r\ne") == ["a", "b\rc", "", "d\u{301}\r", "e"])
        #expect(lines("a\n") == ["a"])
        #expect(lines("") == [])
        #expect(lines("\u{FEFF}é\r\n😀") == ["é", "😀"])
    }

    @Test("a byte-order mark is stripped and not counted as a column")
    func byteOrderMark() throws {
        let source = try DocumentParser.decode(Data([0xEF, 0xBB, 0xBF] + Array("a: [x]\n".utf8)), name: "t.yaml")
        #expect(source.text == "a: [x]\n")
        let headline = DocumentTesting.diagnostics("\u{FEFF}a: [x]\n").items.first.map(DocumentTesting.headline)
        #expect(headline == "t.yaml:1:4: error: flow-style list `[...]` is not supported")
    }

    @Test("invalid UTF-8 is located at its first bad byte")
    func invalidUTF8() {
        let bytes = Array("a: 1\nbé: x".utf8) + [0xFF] + Array("y\n".utf8)
        #expect(throws: Diagnostics.self) { try DocumentParser.decode(Data(bytes), name: "t.yaml") }
        do {
            _ = try DocumentParser.decode(Data(bytes), name: "t.yaml")
        } catch {
            #expect(
                error.items.map(DocumentTesting.headline) == [
                    "t.yaml:2:6: error: the file is not valid UTF-8: found byte 0xFF"
                ])
            #expect(error.items.first?.help == "save the file as UTF-8")
        }
    }

    @Test("a truncated UTF-8 sequence and UTF-16 are refused")
    func otherEncodings() {
        let truncated = Array("k: caf".utf8) + [0xC3]
        let utf16 = [UInt8]([0xFF, 0xFE]) + Array("k: v".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        var headlines: [String] = []
        for bytes in [truncated, utf16] {
            do {
                _ = try DocumentParser.decode(Data(bytes), name: "t.yaml")
            } catch {
                headlines += error.items.map(DocumentTesting.headline)
            }
        }
        #expect(
            headlines == [
                "t.yaml:1:7: error: the file is not valid UTF-8: found byte 0xC3",
                "t.yaml:1:1: error: the file is UTF-16, not UTF-8",
            ])
    }

    @Test("NUL and other refused characters are located by decode")
    func decodeRefusesCharacters() {
        let bytes = Array("a: 1\nb: x".utf8) + [0] + Array("\nc: \u{2028}\n".utf8)
        do {
            _ = try DocumentParser.decode(Data(bytes), name: "t.yaml")
            Issue.record("accepted")
        } catch {
            #expect(
                error.items.map(DocumentTesting.headline) == [
                    "t.yaml:2:5: error: found a NUL character (U+0000)",
                    "t.yaml:3:4: error: found U+2028 (LINE SEPARATOR), which YAML reads as a line break",
                ])
        }
    }

    // MARK: - Limits

    @Test("100 levels of nesting are accepted, 101 refused", arguments: [100, 101])
    func depthLimit(levels: Int) {
        let list = String(repeating: "- ", count: levels) + "x\n"
        let mapping = (0..<levels).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
        for text in [list, mapping] {
            let headline = DocumentTesting.diagnostics(text).items.first.map(DocumentTesting.headline)
            if levels <= DocumentParser.maxDepth {
                #expect(headline == nil)
            } else {
                #expect(headline?.hasSuffix("error: nesting is deeper than 100 levels") == true)
            }
        }
    }

    @Test("10,000 levels of nesting give one error quickly, without deep recursion")
    func deepNesting() {
        let shapes = [
            String(repeating: "- ", count: 10_000) + "x\n",
            (0..<10_000).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined(),
            (0..<10_000).map { String(repeating: " ", count: 2 * $0) + "- a:\n" }.joined(),
        ]
        for text in shapes {
            let clock = ContinuousClock()
            var diagnostics = Diagnostics()
            let elapsed = clock.measure { diagnostics = DocumentTesting.diagnostics(text) }
            #expect(diagnostics.items.map(\.message) == ["nesting is deeper than 100 levels"])
            #expect(elapsed < .seconds(10), "took \(elapsed)")
        }
    }

    @Test("long lines and large files parse in linear time")
    func largeInputs() throws {
        let megabyte = 1 << 20
        let word = String(repeating: "word ", count: megabyte / 5)
        let longLines = "plain: \(word)\nquoted: '\(word)'\nblock: |\n  \(word)\n"
        let block =
            "entry:\n  name: Something with words\n  note: 'a quoted value'\n  text: |\n    one\n    two\n"
            + "  list:\n    - a\n    - b: c\n      d: e\n"
        let large = (0..<(10 * megabyte / block.utf8.count)).map {
            block.replacingOccurrences(of: "entry", with: "e\($0)")
        }
        .joined()
        let clock = ContinuousClock()
        var document: Document?
        let elapsed = try clock.measure {
            document = try DocumentParser.parse(text: longLines)
            document = try DocumentParser.parse(text: large)
        }
        guard case .mapping(let root)? = document?.root else { throw DocumentTestFailure("mapping") }
        #expect(root.entries.count == 10 * megabyte / block.utf8.count)
        #expect(elapsed < .seconds(60), "took \(elapsed)")
    }

    @Test("random input never crashes the parser")
    func randomInput() {
        var random = DocumentTestRandom(seed: 42)
        let alphabet: [String] = [
            " ", " ", " ", "\n", "\n", "\t", "\r", "-", ":", "#", "'", "\"", "\\", "|", ">", "[", "]", "{", "}",
            ",", "&", "*", "!", "%", "@", "`", "?", ".", "a", "b", "k", "é", "😀", "+", "2", "x", "u", "\u{0}",
            "\u{85}", "\u{FEFF}", "---", "...", "- ", ": ", "  ",
        ]
        for _ in 0..<3_000 {
            let count = Int(random.next() % 60)
            let text = (0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            switch DocumentTesting.values(text) {
            case .success(let tree):
                if let tree {
                    let again = DocumentTesting.values(DocumentWriter.render(tree.node))
                    #expect(again == .success(tree), "\(text.debugDescription)")
                }
            case .failure(let diagnostics):
                #expect(diagnostics.hasErrors)
            }
        }
    }
}

/// A failed precondition of a test, thrown to end it.
struct DocumentTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = "expected \(description)" }
}

/// The generated tests repeat because they draw from the library's deterministic SplitMix64.
typealias DocumentTestRandom = SplitMix64
