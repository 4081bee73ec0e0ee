import Testing

@testable import ParadigmKit

/// `FirstKeyLines` finds a mapping's duplicate keys exactly as a `[String: Int]` does, on
/// either side of the point where it turns from arrays into a dictionary.
@Suite struct FirstKeyLinesTests {
    /// The first line of each key that repeats, read one key per line from line 1.
    static func duplicates(_ keys: [String]) -> [Int?] {
        var first = FirstKeyLines()
        return keys.enumerated().map { first.firstLine(of: $0.element, setOn: $0.offset + 1) }
    }

    /// The same, by a dictionary.
    static func reference(_ keys: [String]) -> [Int?] {
        var lines: [String: Int] = [:]
        return keys.enumerated().map { offset, key in
            if let line = lines[key] { return line }
            lines[key] = offset + 1
            return nil
        }
    }

    @Test(
        arguments: [
            (["a", "b", "a"], [nil, nil, 1]),
            (["abm", "company_size", "abm", "abm"], [nil, nil, 1, 1]),
            // Equal as Swift strings, though their bytes differ.
            (["caf\u{E9}", "cafe\u{301}"], [nil, 1]),
            (["Key", "\u{212A}ey"], [nil, 1]),
            (["\u{212A}ey", "Key"], [nil, 1]),
            (["", ""], [nil, 1]),
            (["a", "A"], [nil, nil]),
        ] as [([String], [Int?])])
    func duplicatesAreFound(_ keys: [String], _ expected: [Int?]) {
        #expect(Self.duplicates(keys) == expected)
    }

    /// Around and past the switch to a dictionary, including a key first set before it.
    @Test(arguments: [FirstKeyLines.linearLimit - 1, FirstKeyLines.linearLimit, FirstKeyLines.linearLimit + 1, 1000])
    func manyKeysMatchADictionary(_ count: Int) {
        var keys = (0..<count).map { "key_\($0)" }
        keys += ["key_0", "key_\(count - 1)", "caf\u{E9}", "cafe\u{301}", "key_\(count / 2)"]
        #expect(Self.duplicates(keys) == Self.reference(keys))
    }

    @Test func randomKeysMatchADictionary() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = ["a", "b", "e", "\u{E9}", "\u{301}", "K", "\u{212A}", "_"]
        for _ in 0..<200 {
            let keys = (0..<Int.random(in: 0...150, using: &generator)).map { _ in
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                    alphabet.randomElement(using: &generator) ?? ""
                }.joined()
            }
            #expect(Self.duplicates(keys) == Self.reference(keys), "\(keys)")
        }
    }
}
