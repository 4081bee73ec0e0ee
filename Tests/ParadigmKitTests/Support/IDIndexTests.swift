import Testing

@testable import ParadigmKit

/// `IDIndex` finds what a `[String: Int]` of the first position of each id finds, ASCII or not.
@Suite struct IDIndexTests {
    /// The first position of each id, by a dictionary.
    static func reference(_ ids: [String], _ query: String) -> Int? {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })[query]
    }

    @Test(
        arguments: [
            (["company_size", "abm", "sla"], ["abm", "sla", "company_size", "ABM", "", "abm ", "missing"]),
            (["a", "b", "a"], ["a", "b", "c"]),
            // Equal as Swift strings, though their bytes differ, on either side.
            (["caf\u{E9}", "Key"], ["cafe\u{301}", "\u{212A}ey", "Key", "key"]),
            (["\u{212A}ey", "x"], ["Key", "\u{212A}ey", "x"]),
            ([], ["a", ""]),
        ] as [([String], [String])])
    func findsWhatADictionaryFinds(_ ids: [String], _ queries: [String]) {
        let index = IDIndex(ids)
        for query in queries {
            #expect(index.position(of: query) == Self.reference(ids, query), "\(query.debugDescription) in \(ids)")
        }
    }

    @Test func manyRandomIds() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = ["a", "b", "_", "1", "K", "\u{212A}", "e", "\u{E9}", "\u{301}"]
        for _ in 0..<100 {
            let word = {
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                    alphabet.randomElement(using: &generator) ?? ""
                }.joined()
            }
            let ids = (0..<Int.random(in: 0...80, using: &generator)).map { _ in word() }
            let index = IDIndex(ids)
            for query in ids + (0..<20).map({ _ in word() }) {
                #expect(index.position(of: query) == Self.reference(ids, query), "\(query.debugDescription) in \(ids)")
            }
        }
    }
}
