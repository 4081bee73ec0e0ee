import Testing

@testable import ParadigmKit

/// Kendall's W against values worked out by hand (see the comments for the arithmetic).
@Suite struct KendallWTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let raters: [[Double]]
        let expected: Double?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // Identical rankings: W = 1.
        Case(name: "identical", raters: [[40, 30, 20, 10], [90, 50, 40, 0], [4, 3, 2, 1]], expected: 1),
        // Opposite rankings: every rank sum is 5, S = 0, W = 0.
        Case(name: "opposite", raters: [[40, 30, 20, 10], [10, 20, 30, 40]], expected: 0),
        // Ranks 1,2,3,4 and 1,2,4,3: R = 2,4,7,7; mean 5; S = 9+1+4+4 = 18; W = 12·18 / (4·60) = 0.9.
        Case(name: "last two swapped", raters: [[40, 30, 20, 10], [40, 30, 10, 20]], expected: 0.9),
        // Ties. A: 90,80,80,10 → 1, 2.5, 2.5, 4 (T = 6). B: 70,90,50,50 → 2, 1, 3.5, 3.5 (T = 6).
        // C: 10,20,30,40 → 4, 3, 2, 1. R = 7, 6.5, 8, 8.5; mean 7.5; S = 2.5.
        // W = 12·2.5 / (9·60 − 3·12) = 30 / 504.
        Case(
            name: "with ties", raters: [[90, 80, 80, 10], [70, 90, 50, 50], [10, 20, 30, 40]], expected: 30.0 / 504),
        // Without the correction the same data would give 30 / 540; the correction matters.
        // One rater: undefined.
        Case(name: "one rater", raters: [[1, 2, 3, 4]], expected: nil),
        // Everyone ties everything: the corrected denominator is 0, so undefined.
        Case(name: "all tied", raters: [[5, 5, 5, 5], [7, 7, 7, 7]], expected: nil),
    ]

    @Test(arguments: cases)
    func matchesHandComputedValue(_ example: Case) {
        var w = KendallW(itemCount: 4)
        for scores in example.raters { w.add(scores: scores) }
        switch (w.value, example.expected) {
        case (nil, nil): break
        case (let value?, let expected?): #expect(abs(value - expected) < 1e-12, "W = \(value), expected \(expected)")
        default: Issue.record("W = \(String(describing: w.value)), expected \(String(describing: example.expected))")
        }
    }

    @Test func midRanksShareTiedPlaces() {
        #expect(KendallW.midRanks([90, 80, 80, 10]) == [1, 2.5, 2.5, 4])
        #expect(KendallW.midRanks([50, 50, 50, 60]) == [3, 3, 3, 1])
        #expect(KendallW.midRanks([1, 2, 3, 4]) == [4, 3, 2, 1])
    }

    @Test(arguments: [
        (0.05, KendallW.Band.veryWeak), (0.2, .weak), (0.45, .moderate), (0.6, .strong), (0.95, .veryStrong),
    ])
    func bands(_ value: Double, _ band: KendallW.Band) {
        #expect(KendallW.Band(value) == band)
    }
}
