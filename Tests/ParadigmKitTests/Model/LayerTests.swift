import Foundation
import Testing

@testable import ParadigmKit

/// Fit (to-be) counts only the market, buyers, deal economics and goals: no answer about today's
/// structure, practice, capability or intent can move a fit score, whatever else is answered.
@Suite struct LayerTests {
    /// The questions a review found feeding fit, which must not.
    static let structureAndIntent = [
        "reporting_lines", "cro_in_place", "cro_planned", "leader_background", "cmo_ceo_proximity",
        "marketing_maturity", "org_structure", "change_appetite",
    ]

    @Test func structureAndIntentQuestionsDoNotInformFit() throws {
        let questionnaire = try Load.builtIn()
        for id in Self.structureAndIntent {
            let question = try #require(questionnaire.question(id))
            #expect(!question.informs.countsForFit, "\(id) informs fit")
        }
        for question in questionnaire.questions
        where question.kind != .text && question.purpose != .perception
            && question.sectionID != "company"
            && question.sectionID != "motion" && question.sectionID != "buyers" && question.id != "growth_goal"
        {
            #expect(
                !question.informs.countsForFit,
                "\(question.id) is about structure or practice, so it must not inform fit")
        }
    }

    /// Every other answer to every structure, practice or readiness question (and leaving it
    /// out), on every profile: the five fit scores stay exactly the same.
    @Test func changingAStructureOrIntentAnswerNeverMovesFit() throws {
        let questionnaire = try Load.builtIn()
        let results = ProfileTests.results
        #expect(results.count >= 24)
        var variants = 0
        for result in results {
            let base = result.assessment
            for question in questionnaire.questions where !question.informs.countsForFit && question.kind != .text {
                let given = base.answers[question.id]?.value ?? .unsure
                let alternatives = PivotalAnalysis.alternatives(for: question, given: given)
                for (alternative, _) in alternatives {
                    var answers = base.answers
                    if let alternative {
                        answers.set(Answer(questionID: question.id, value: alternative))
                    } else {
                        answers.remove(question.id)
                    }
                    _ = answers.dropInapplicable(in: questionnaire)
                    let changed = try Assessor.assess(answers, with: questionnaire)
                    for stance in Stance.allCases {
                        #expect(
                            changed.fit.score(stance) == base.fit.score(stance),
                            "\(result.profile.file): \(question.id) moved \(stance)")
                    }
                    variants += 1
                }
            }
        }
        #expect(variants > 1_000)
    }
}
