import Testing

@testable import ParadigmKit

@Suite struct WeightRobustnessTests {
    static let answers = "motion: hybrid\ntrust: 2\nchannels: a\nleader: none"

    /// The exact flip, checked by writing the importance into the questionnaire and scoring
    /// again: a hair before the threshold the recommendation holds, a hair past it it flips.
    @Test func exactFlipIsRealWhenApplied() throws {
        let assessment = try AnalysisFixture.assess(Self.answers)
        let robustness = WeightRobustness.analyse(assessment)
        let flip = try #require(robustness.nearestFlip)
        #expect(flip.outcome != Outcome(assessment))
        let direction = flip.threshold > flip.weight ? 1.0 : -1.0
        for (offset, expected) in [(-1e-6, Outcome(assessment)), (1e-6, flip.outcome)] {
            let weight = flip.threshold + direction * offset
            let questionnaire = try Load.questionnaire(
                try AnalysisFixture.tinyText(weight: weight, of: flip.questionID))
            let moved = try AnalysisFixture.assess(Self.answers, questionnaire: questionnaire)
            #expect(Outcome(moved) == expected, "importance \(weight) of \(flip.questionID)")
        }
    }

    /// Every flip reported for every question is real, not only the nearest.
    @Test func everyFlipIsReal() throws {
        let assessment = try AnalysisFixture.assess(Self.answers)
        let model = FitModel(assessment)
        for flip in WeightRobustness.analyse(assessment).flips {
            let index = try #require(model.terms.firstIndex { $0.questionID == flip.questionID })
            var weights = model.weights
            weights[index] = flip.threshold + (flip.threshold > flip.weight ? 1e-7 : -1e-7)
            #expect(model.outcome(model.scores(weights)) == flip.outcome)
        }
    }

    @Test func sameSeedSameResult() throws {
        let assessment = try AnalysisFixture.assess(Self.answers)
        let first = WeightRobustness.analyse(assessment)
        #expect(first == WeightRobustness.analyse(assessment))
        #expect(first.wins.map(\.draws).reduce(0, +) == WeightRobustness.Settings.default.draws)
    }

    /// SplitMix64's published first outputs for seed 1234567.
    @Test func splitMixMatchesReference() {
        var generator = SplitMix64(seed: 1_234_567)
        #expect(
            [generator.next(), generator.next(), generator.next()]
                == [6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423])
    }

    @Test(arguments: [
        (1.0, -3.0, 2.0, [2.0, 1.0]),  // (w − 1)(w − 2)
        (0.0, 2.0, -4.0, [2.0]),  // linear
        (1.0, 0.0, 1.0, [Double]()),  // no real root
    ])
    func quadraticRoots(_ a: Double, _ b: Double, _ c: Double, _ expected: [Double]) {
        #expect(WeightRobustness.quadraticRoots(a, b, c).sorted() == expected.sorted())
    }
}
