import Testing

@testable import ParadigmKit

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    static let options = ["siloed", "assimilated", "subservient", "proportionate", "hybrid", "field"]

    static let cases: [(word: String, expected: String?)] = [
        ("hybird", "hybrid"),  // swapped neighbours: distance 1
        ("HYBRID", "hybrid"),  // case-insensitive
        ("silod", "siloed"),
        ("proportinate", "proportionate"),
        ("assim", "assimilated"),  // prefix
        ("subservient_sales_led", "subservient"),  // the candidate is a prefix of the word
        ("fild", "field"),
        ("xyz", nil),
        ("sales", nil),
        ("", nil),
    ]

    @Test("finds the closest candidate", arguments: cases)
    func closest(_ word: String, _ expected: String?) {
        #expect(Suggestion.closest(to: word, among: Self.options) == expected)
    }

    @Test("accepts distance up to a third of the word, at least 1")
    func threshold() {
        #expect(Suggestion.closest(to: "ab", among: ["xb"]) == "xb")
        #expect(Suggestion.closest(to: "ab", among: ["xy"]) == nil)
        #expect(Suggestion.closest(to: "abcdef", among: ["abcxyf"]) == "abcxyf")
        #expect(Suggestion.closest(to: "abcdef", among: ["axcxyf"]) == nil)
    }

    @Test("the nearest wins, then the first listed")
    func ties() {
        #expect(Suggestion.closest(to: "form", among: ["farm", "form_x", "form"]) == "form")
        #expect(Suggestion.closest(to: "cat", among: ["bat", "cut"]) == "bat")
        #expect(Suggestion.closest(to: "x", among: []) == nil)
    }

    @Test("Damerau-Levenshtein distance")
    func distance() {
        let d = { (a: String, b: String) in Suggestion.distance(Array(a), Array(b)) }
        #expect(d("", "abc") == 3)
        #expect(d("abc", "abc") == 0)
        #expect(d("abc", "acb") == 1)
        #expect(d("kitten", "sitting") == 3)
        #expect(d("ca", "abc") == 3)
    }
}
