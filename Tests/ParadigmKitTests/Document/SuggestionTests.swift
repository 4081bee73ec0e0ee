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

    /// Giving up early never changes a distance within the bound, and always reports one past it.
    @Test func boundedDistanceAgreesWithTheFullTable() {
        var random = SplitMix64(seed: 31)
        let alphabet = Array("abcab ")
        func word() -> [Character] {
            (0..<Int(random.next() % 14)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        }
        for _ in 0..<3_000 {
            let (a, b) = (word(), word())
            let full = Suggestion.distance(a, b)
            for bound in 0...6 {
                let bounded = Suggestion.distance(a, b, giveUpAbove: bound)
                #expect(full <= bound ? bounded == full : bounded > bound, "\(String(a)) / \(String(b)) bound \(bound)")
            }
        }
    }

    /// Prepared candidates (numbered characters, a prefix's distance as its length gap, bounded
    /// tables) choose exactly what the rule's plain reading chooses: the full distance to every
    /// candidate, close when within a third of the word or a prefix, nearest and first wins.
    @Test func preparedCandidatesChooseWhatThePlainRuleChooses() {
        var random = SplitMix64(seed: 47)
        let alphabet = Array("abcAB é\u{301}_")
        func word(_ longest: Int) -> String {
            String(
                (0..<Int(random.next() % UInt64(longest))).map { _ in
                    alphabet[Int(random.next() % UInt64(alphabet.count))]
                })
        }
        func plain(_ word: String, _ candidates: [String]) -> String? {
            let target = Array(word.lowercased())
            guard !target.isEmpty else { return nil }
            let limit = max(1, target.count / 3)
            var best: (String, Int)?
            for candidate in candidates {
                let other = Array(candidate.lowercased())
                guard !other.isEmpty else { continue }
                let distance = Suggestion.distance(target, other)
                let isPrefix = other.starts(with: target) || target.starts(with: other)
                guard distance <= limit || isPrefix else { continue }
                if best == nil || distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
            }
            return best?.0
        }
        for _ in 0..<2_000 {
            let candidates = (0..<Int(random.next() % 8)).map { _ in word(12) }
            let target = word(12)
            #expect(
                Suggestion.closest(to: target, among: candidates) == plain(target, candidates),
                "\(target) among \(candidates)")
        }
    }
}
