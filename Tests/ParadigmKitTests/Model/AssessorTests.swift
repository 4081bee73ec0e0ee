import Testing

@testable import ParadigmKit

/// The model against scores computed by hand from Fixtures/Model/tiny-questionnaire.yaml.
@Suite struct AssessorTests {
    static let answersText = """
        questionnaire: tiny
        answers:
          motion: hybrid
          trust: 4
          channels:
            - b
            - c
          leader: cro
        """

    @Test func scoresMatchTheHandComputedExample() throws {
        let questionnaire = try Load.tiny()
        let assessment = try Assessor.assess(try Load.answers(Self.answersText, questionnaire), with: questionnaire)
        // Proportionate: motion 2×2 = 4 of [0, 4]; trust at 4 is −2 + 4×0.75 = 1 of [−2, 2];
        // channels mean(0, 1) = 0.5 of [0, 1]; leader 0 of [0, 0].
        // 100 × (5.5 − (−2)) ÷ (7 − (−2)) = 83.33…
        let proportionate = try #require(assessment.fit.stances[.proportionate])
        #expect(proportionate.points == 5.5)
        #expect(proportionate.floor == -2)
        #expect(proportionate.ceiling == 7)
        #expect(abs(assessment.fit.score(.proportionate) - 750.0 / 9) < 1e-9)
        // Assimilated: 2 of [0, 2]; 0.75 of [0, 1]; mean(2, 0) = 1 of [0, 2]; 2 of [0, 2] → 5.75 / 7.
        #expect(abs(assessment.fit.score(.assimilated) - 575.0 / 7) < 1e-9)
        // Siloed: 0 of [0, 2]; 2 + (0 − 2)×0.75 = 0.5 of [0, 2]; 0 of [0, 2] → 0.5 / 6.
        #expect(abs(assessment.fit.score(.siloed) - 50.0 / 6) < 1e-9)
        #expect(assessment.fit.score(.subservientSalesLed) == 0)
        #expect(assessment.fit.score(.subservientProductLed) == 0)
        #expect(
            assessment.ranking == [.proportionate, .assimilated, .siloed, .subservientSalesLed, .subservientProductLed])
        #expect(assessment.confidence.label == .close)
        #expect(assessment.firedGates.isEmpty)
        // One practice question is too few to name an as-is paradigm.
        #expect(assessment.asIs == nil)
    }

    @Test func effectsAddUpToTheScoreMinusFifty() throws {
        let questionnaire = try Load.tiny()
        let assessment = try Assessor.assess(try Load.answers(Self.answersText, questionnaire), with: questionnaire)
        for stance in Stance.allCases {
            let total = assessment.fit.effects(on: stance).map(\.points).reduce(0, +)
            #expect(abs(total - (assessment.fit.score(stance) - 50)) < 1e-9, "\(stance)")
        }
    }

    @Test func aGateCapsReadyNowButNotFit() throws {
        let questionnaire = try Load.tiny()
        let text = Self.answersText.replacingOccurrences(of: "trust: 4", with: "trust: 2")
        let assessment = try Assessor.assess(try Load.answers(text, questionnaire), with: questionnaire)
        #expect(assessment.firedGates.map(\.id) == ["low_trust"])
        // Trust at 2: −2 + 4×0.25 = −1 → proportionate 100 × (4 − 1 + 0.5 + 2) ÷ 9 = 61.1.
        #expect(abs(assessment.fit.score(.proportionate) - 550.0 / 9) < 1e-9)
        #expect(assessment.readyNow(.proportionate) == 40)
        #expect(assessment.readyNow(.assimilated) == assessment.fit.score(.assimilated))
    }

    @Test func unsureAndUnansweredQuestionsNeitherHelpNorHurt() throws {
        let questionnaire = try Load.tiny()
        let withUnsure = try Load.answers(
            "questionnaire: tiny\nanswers:\n  motion: hybrid\n  trust: unsure\n", questionnaire)
        let without = try Load.answers("questionnaire: tiny\nanswers:\n  motion: hybrid\n", questionnaire)
        let a = try Assessor.assess(withUnsure, with: questionnaire)
        let b = try Assessor.assess(without, with: questionnaire)
        for stance in Stance.allCases { #expect(a.fit.score(stance) == b.fit.score(stance)) }
        #expect(a.unsureQuestions.map(\.id) == ["trust"])
    }

    @Test func noWeightedAnswerIsADataError() throws {
        let questionnaire = try Load.tiny()
        let answers = try Load.answers("questionnaire: tiny\nanswers:\n  motion: unsure\n", questionnaire)
        #expect(throws: Diagnostics.self) { try Assessor.assess(answers, with: questionnaire) }
    }

    @Test(arguments: [
        // Equal scores: fewer gates first, then the as-is paradigm, then less structural change.
        ([Stance.proportionate, .siloed], [Stance: Int](), Stance?.none, [Stance.siloed, .proportionate]),
        ([.proportionate, .siloed], [.siloed: 1], nil, [.proportionate, .siloed]),
        ([.siloed, .assimilated], [:], .assimilated, [.assimilated, .siloed]),
        ([.assimilated, .subservientSalesLed], [:], nil, [.subservientSalesLed, .assimilated]),
        ([.subservientProductLed, .subservientSalesLed], [:], nil, [.subservientSalesLed, .subservientProductLed]),
        (
            [.subservientProductLed, .subservientSalesLed], [:], .subservientProductLed,
            [.subservientProductLed, .subservientSalesLed]
        ),
    ])
    func tieBreakRule(_ tied: [Stance], gates: [Stance: Int], asIs: Stance?, expected: [Stance]) throws {
        let scores = StanceTotals()
        let ranked = Assessor.rank(scores, gatesHolding: { gates[$0] ?? 0 }, asIs: asIs).filter(tied.contains)
        #expect(ranked == expected)
    }
}
