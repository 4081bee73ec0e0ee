import Testing

@testable import ParadigmKit

/// After a refused anchor or tag, the node it stood for is skipped with it, including a list at
/// the key's own indentation: no error on a line that only the refusal made wrong, and the
/// lines after it are still checked.
@Suite struct RefusedPropertyTests {
    @Test(arguments: [
        ("tag, list at the key's indentation", "seq: !!seq\n- a\n- b\nnext: ok\n", ["1:6: error: tags"]),
        ("anchor, list at the key's indentation", "seq: &x\n- a\nnext: ok\n", ["1:6: error: anchors"]),
        ("anchor alone below the key", "seq:\n &x\n- a\n- b\nnext: ok\n", ["2:2: error: anchors"]),
        ("tag, nested list deeper", "seq: !t\n  - a\n  - b\nnext: ok\n", ["1:6: error: tags"]),
        (
            "a real error after it is still reported", "seq: !!seq\n- a\nnext: a: b\n",
            ["1:6: error: tags", "3:8: error: "]
        ),
        ("a tag before text keeps its line only", "a: !t x\n- b\n", ["1:4: error: tags", "2:1: error: expected"]),
    ])
    func onlyTheRefusalIsReported(_ name: String, _ text: String, _ expected: [String]) {
        let headlines: [String]
        do {
            _ = try DocumentParser.parse(text: text, name: "t.yaml")
            headlines = []
        } catch {
            headlines = error.items.map {
                "\($0.location.map { "\($0.line):\($0.column)" } ?? "?"): error: \($0.message)"
            }
        }
        #expect(headlines.count == expected.count, "\(name): \(headlines)")
        for (headline, start) in zip(headlines, expected) {
            #expect(headline.hasPrefix(start), "\(name): \(headlines)")
        }
    }
}
