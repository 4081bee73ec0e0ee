import Foundation
import Testing

@testable import ParadigmKit

/// What the brief still needs once the recommendation is settled: the adaptive interview skips
/// a question only when its answer could not change what the default brief says about the
/// organisation's practice and readiness.
@Suite struct BriefNeedsTests {
    /// Replayed with each profile's answers, the brief from the adaptive interview says what the
    /// brief from every answer says: today's model, every element's state, the plan's owners,
    /// the journey map, the gates that hold the recommendation back and the model ready now.
    /// (Asking only the elements' own questions got 14 of the 32 profiles wrong: the CRO named
    /// as the head of sales, gates and the product-qualified handoff left out.)
    @Test func theAdaptiveBriefSaysWhatEveryAnswerSays() throws {
        let questionnaire = try Load.builtIn()
        #expect(ProfileTests.results.count >= 30)
        for result in ProfileTests.results {
            let replay = AdaptiveOrder.replay(result.assessment.answers, questionnaire: questionnaire)
            let adaptive = try #require(replay.statements, "\(result.profile.file)")
            let full = try #require(replay.fullStatements, "\(result.profile.file)")
            #expect(adaptive.asIs == full.asIs, "\(result.profile.file)")
            #expect(adaptive.closestPractice == full.closestPractice, "\(result.profile.file)")
            #expect(adaptive.isUndefined == full.isUndefined, "\(result.profile.file)")
            #expect(adaptive.elements == full.elements, "\(result.profile.file)")
            #expect(adaptive.steps == full.steps, "\(result.profile.file)")
            #expect(adaptive.journey == full.journey, "\(result.profile.file)")
            #expect(adaptive.gatesHoldingRecommendation == full.gatesHoldingRecommendation, "\(result.profile.file)")
            #expect(adaptive.readyNow == full.readyNow, "\(result.profile.file)")
            #expect(replay.toFinished < questionnaire.questions.count, "\(result.profile.file) asked everything")
        }
    }

    /// A company with a chief revenue officer, told to merge under one revenue leader: the
    /// journey map reads the CRO question, so the adaptive interview asks it and the map names
    /// the CRO, never a head of sales in the role.
    @Test func theRevenueLeaderIsNamedFromTheAnswerNotAssumed() throws {
        let questionnaire = try Load.builtIn()
        let result = try #require(
            ProfileTests.results.first { $0.profile.file == "subscription-cro-assimilated.yaml" })
        let replay = AdaptiveOrder.replay(result.assessment.answers, questionnaire: questionnaire)
        #expect(replay.asked.contains("cro_in_place"))
        let journey = try #require(replay.statements?.journey)
        #expect(journey.contains { $0.contains("the chief revenue officer") }, "\(journey)")
    }

    /// The perception questions are still asked of an executive, after what the plan needs.
    @Test func perceptionComesLast() throws {
        let questionnaire = try Load.builtIn()
        let result = try #require(ProfileTests.results.first { $0.profile.file == "professional-services.yaml" })
        let replay = AdaptiveOrder.replay(result.assessment.answers, questionnaire: questionnaire)
        let perception = questionnaire.questions.filter { $0.purpose == .perception }.map(\.id)
        #expect(Array(replay.asked.suffix(perception.count)) == perception)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// `question: option option` per clause.
        let condition: [String]
        /// `question: option` answers given so far (`unsure` for unsure).
        let answers: [String]
        /// The questions still open; empty when decided.
        let open: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "nothing answered", condition: ["cro_in_place: yes"], answers: [], open: ["cro_in_place"]),
        Case(name: "holds", condition: ["cro_in_place: yes"], answers: ["cro_in_place: yes"], open: []),
        Case(name: "fails", condition: ["cro_in_place: yes"], answers: ["cro_in_place: no"], open: []),
        Case(
            name: "unsure never satisfies", condition: ["cro_in_place: yes"], answers: ["cro_in_place: unsure"],
            open: []),
        Case(
            name: "one clause fails, the other is not needed",
            condition: ["company_stage: founder_led", "company_size: under_50"],
            answers: ["company_stage: scaling"], open: []),
        Case(
            name: "one clause holds, the other is open",
            condition: ["company_stage: founder_led", "company_size: under_50"],
            answers: ["company_stage: founder_led"], open: ["company_size"]),
    ]

    /// Whether a condition is decided by the answers so far, and which questions keep it open.
    @Test(arguments: cases) func aConditionIsOpenOnlyWhileAnAnswerCouldDecideIt(_ test: Case) throws {
        let questionnaire = try Load.builtIn()
        let location = SourceLocation(line: 1, column: 1)
        let clauses = test.condition.map { text in
            let parts = text.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            return Condition.Clause(
                questionID: parts[0], optionIDs: parts[1].split(separator: " ").map(String.init), location: location)
        }
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: "case")
        for text in test.answers {
            let parts = text.split(separator: ":").map { $0.trimmingCharacters(in: .whitespaces) }
            answers.set(Answer(questionID: parts[0], value: parts[1] == "unsure" ? .unsure : .choice(parts[1])))
        }
        answers.set(Answer(questionID: "primary_motion", value: .choice("field")))
        let assessment = try Assessor.assess(answers, with: questionnaire)
        #expect(BriefNeeds.undecided(Condition(clauses: clauses), assessment) == test.open)
    }
}
