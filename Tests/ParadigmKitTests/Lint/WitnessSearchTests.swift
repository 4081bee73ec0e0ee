import Testing
@testable import ParadigmKit

/// The search behind the reachability check: what it finds really is the recommendation, as an
/// answers file a person could have written.
@Suite struct WitnessSearchTests {
    @Test(arguments: Stance.allCases)
    func everyStanceOfTheBuiltInQuestionnaireHasAWitness(_ stance: Stance) throws {
        let questionnaire = try Load.builtIn()
        let search = WitnessSearch(questionnaire: questionnaire)
        let attempt = try #require(search.search(stance, allowUnsure: false))
        #expect(attempt.confirmed)
        #expect(attempt.unsure.isEmpty)
        // The witness, written as an answers file and read back, gives the same recommendation.
        let answers = search.answers(attempt.picks, asked: search.evaluate(attempt.picks).asked)
        let text = AnswersWriter.render(answers, questionnaire: questionnaire)
        let reread = try Load.answers(text, questionnaire)
        let assessment = try Assessor.assess(reread, with: questionnaire)
        #expect(assessment.recommendation == stance)
        // The scores the search computed are the assessor's.
        for other in Stance.allCases {
            let index = try #require(Stance.allCases.firstIndex(of: other))
            #expect(abs(assessment.fit.score(other) - attempt.scores[index]) < 1e-9, "\(other)")
        }
    }

    @Test func aStanceThatCanOnlyTieIsNotConfirmed() throws {
        let text = try Load.text(Paths.fixture("Lint/unreachable.yaml"))
        let questionnaire = try Load.questionnaire(text, name: "unreachable.yaml")
        let search = WitnessSearch(questionnaire: questionnaire)
        let attempt = try #require(search.search(.proportionate, allowUnsure: true))
        #expect(!attempt.confirmed)
        #expect(attempt.closestRival == .assimilated)
        #expect(abs(attempt.lead) < 1e-6)
        #expect(try #require(search.search(.assimilated, allowUnsure: false)).confirmed)
    }

    @Test func followUpQuestionsAreAnsweredOnlyWhenAsked() throws {
        let text = try Load.text(Paths.fixture("Lint/clean.yaml"))
        let questionnaire = try Load.questionnaire(text, name: "clean.yaml")
        let search = WitnessSearch(questionnaire: questionnaire)
        let plg = try #require(search.search(.subservientProductLed, allowUnsure: false))
        let answers = search.answers(plg.picks, asked: search.evaluate(plg.picks).asked)
        #expect(answers["motion"]?.value == .choice("plg"))
        #expect(answers["deal_size"] == nil)
    }
}
