import Foundation
import Testing

@testable import ParadigmKit

/// Facts from those who hold them: a team member's answers count for the questions the
/// interview asks their role, and nothing else moves the group's fit.
@Suite struct TeamRoutingTests {
    /// Answers to change in the sales rep's file of Examples/team: market facts their role is
    /// not asked.
    static let marketGuesses: [(String, AnswerValue)] = [
        ("company_size", .choice("under_50")), ("segments_count", .choice("one")),
        ("primary_motion", .choice("product_led")), ("buying_group_size", .choice("one_or_two")),
        ("reporting_lines", .choice("sales_to_marketing")),
    ]

    static func team(_ answers: [Answers]) throws -> TeamAssessment {
        let questionnaire = try Load.builtIn()
        do { return try TeamAssessment.assess(answers, with: questionnaire) } catch { throw Failure(error.rendered) }
    }

    @Test func aRepsMarketGuessesLeaveTheGroupFitUnchanged() throws {
        let questionnaire = try Load.builtIn()
        let answers = try TeamFixture.exampleAnswers()
        let rep = try #require(answers.firstIndex { $0.respondent.role == "sales_team" })
        var changed = answers
        for (id, value) in Self.marketGuesses {
            let question = try #require(questionnaire.question(id), "\(id)")
            #expect(!questionnaire.asks(question, roleID: "sales_team"), "\(id) is not a question for a sales rep")
            #expect(changed[rep][id] != nil && changed[rep][id]?.value != value, "\(id) is answered differently")
            changed[rep].set(Answer(questionID: id, value: value))
        }
        let before = try Self.team(answers)
        let after = try Self.team(changed)
        for stance in Stance.allCases { #expect(after.group.mean[stance] == before.group.mean[stance], "\(stance)") }
        #expect(after.recommendation == before.recommendation)
        #expect(after.factsToSettle.map(\.question.id) == before.factsToSettle.map(\.question.id))
        #expect(after.members[rep].scores == nil, "the rep answers for their own work")
        #expect(after.answeredBeyondRole == 1)
    }

    /// The rep's own-work and perception answers still count: changing one moves the perception gap.
    @Test func aRepsPerceptionStillCounts() throws {
        var answers = try TeamFixture.exampleAnswers()
        let rep = try #require(answers.firstIndex { $0.respondent.role == "sales_team" })
        let before = try Self.team(answers)
        let gap = try #require(before.executiveGap.first)
        answers[rep].set(Answer(questionID: gap.question.id, value: .choice("5")))
        let after = try Self.team(answers)
        #expect(after.executiveGap.first?.second?.mean != gap.second?.mean)
    }

    /// A rep who filled in the whole template gives the brief the interview's rep would:
    /// the group's scores are those of the leaders alone.
    @Test func theBriefSaysWhoseFactsItUsed() throws {
        let team = try TeamFixture.exampleTeam()
        let brief = TeamBriefRenderer(team: team, options: TeamBriefOptions(date: "2026-01-15")).render()
        #expect(
            brief.contains(
                "**Whose facts:** the fit scores, the facts to settle and the readiness reading use the answers of the "
                    + "3 respondents whose roles answer for the organisation: CEO or founder, CMO or marketing leader "
                    + "and CRO or sales leader."))
        #expect(
            brief.contains("1 respondent also answered questions about the organisation that their role is not asked"))
        let leaders = try Self.team(try TeamFixture.exampleAnswers().filter { $0.respondent.role != "sales_team" })
        for stance in Stance.allCases { #expect(abs(team.group.mean[stance] - leaders.group.mean[stance]) < 1e-9) }
    }
}
