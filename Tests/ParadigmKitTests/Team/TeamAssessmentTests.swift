import Testing

@testable import ParadigmKit

/// Aggregation, leave-one-out, the perception gap and contradictory facts.
@Suite struct TeamAssessmentTests {
    @Test func groupScoresAreTheMeanOfIndividualScores() throws {
        let questionnaire = try Load.builtIn()
        let answers = try TeamFixture.exampleAnswers()
        let team = try TeamFixture.exampleTeam()
        // Each on the answers their role is asked: the sales rep's say nothing about fit.
        let individual = answers.map { try? Assessor.assess($0.routed(in: questionnaire).answers, with: questionnaire) }
        #expect(individual.map { $0 == nil } == [false, false, false, true])
        let scored = individual.compactMap { $0 }
        for stance in Stance.allCases {
            let mean = scored.map { $0.fit.score(stance) }.reduce(0, +) / Double(scored.count)
            #expect(abs(team.group.mean[stance] - mean) < 1e-9)
        }
        #expect(team.members.map(\.recommendation) == individual.map { $0?.recommendation })
        let best = Stance.allCases.max { team.group.mean[$0] < team.group.mean[$1] }
        #expect(team.recommendation == best)
    }

    @Test func exampleRespondentsDisagree() throws {
        let team = try TeamFixture.exampleTeam()
        #expect(Set(team.members.map(\.recommendation)).count >= 2, "the example team should show different views")
        // Fit counts only facts about the market, which the four largely agree on; their views
        // still differ enough that the rankings are not identical.
        #expect(team.agreement.value.map { $0 < 0.8 } == true)
    }

    @Test func tieGoesToTheParadigmMoreRespondentsRecommend() {
        // Sums: siloed 81 + 40 + 59 = 180 and proportionate 40 + 80 + 60 = 180 tie; the second
        // and third respondents recommend proportionate, so it ranks first although siloed
        // comes first in the structural order.
        var group = GroupScores()
        group.add(TeamFixture.member(0, [81, 0, 0, 0, 40]))
        group.add(TeamFixture.member(1, [40, 0, 0, 0, 80]))
        group.add(TeamFixture.member(2, [59, 0, 0, 0, 60]))
        #expect(abs(group.mean[.siloed] - group.mean[.proportionate]) < 1e-9)
        #expect(group.ranking.first == .proportionate)
    }

    @Test func exactTieWithEqualVotesFallsBackToStructuralOrder() {
        var group = GroupScores()
        group.add(TeamFixture.member(0, [70, 0, 0, 0, 30]))
        group.add(TeamFixture.member(1, [30, 0, 0, 0, 70]))
        #expect(group.ranking.first == .siloed)
    }

    @Test func leaveOneOutAgreesWithRecomputingFromScratch() throws {
        let questionnaire = try Load.builtIn()
        var answers = try TeamFixture.exampleAnswers()
        var second = answers[2]  // a second sales leader, of the same mind, tilts the group
        second.respondent.name = "A second sales leader"
        answers.append(second)
        let team = try TeamAssessment.assess(answers, with: questionnaire)
        let check = team.leaveOneOut()
        #expect(check.checked == answers.count)
        for left in answers.indices {
            var rest = answers
            rest.remove(at: left)
            let without = try TeamAssessment.assess(rest, with: questionnaire).recommendation
            let flagged = check.decisive.first { $0.member == left }
            #expect((without != team.recommendation) == (flagged != nil), "respondent \(left)")
            if let flagged { #expect(flagged.recommendationWithout == without) }
        }
    }

    @Test func aSingleDecisiveRespondentIsFound() {
        var accumulatorGroup = GroupScores()
        let members = [
            TeamFixture.member(0, [60, 50, 0, 0, 0]), TeamFixture.member(1, [60, 50, 0, 0, 0]),
            TeamFixture.member(2, [0, 100, 0, 0, 0]),
        ]
        for member in members { accumulatorGroup.add(member) }
        #expect(accumulatorGroup.recommendation == .assimilated)  // 66.7 against 40
        #expect(accumulatorGroup.removing(members[2]).recommendation == .siloed)
        #expect(accumulatorGroup.removing(members[0]).recommendation == .assimilated)
    }

    @Test func perceptionGapComparesExecutivesWithPractitioners() throws {
        let team = try TeamFixture.exampleTeam()
        let teams = try #require(team.executiveGap.first { $0.question.id == "perception_teams_aligned" })
        // Executives answered 4, 3 and 5; the sales rep answered 2.
        #expect(teams.first?.mean == 4)
        #expect(teams.first?.count == 3)
        #expect(teams.second?.mean == 2)
        #expect(teams.gap == 2)
        #expect(abs((teams.first?.agreeShare ?? 0) - 2.0 / 3) < 1e-9)
        let function = try #require(team.functionGap.first { $0.question.id == "perception_teams_aligned" })
        // Marketing (the CMO) answered 3; sales (CRO 5, rep 2) average 3.5.
        #expect(function.gap == -0.5)
    }

    @Test func perceptionQuestionsNeverChangeScores() throws {
        let questionnaire = try Load.builtIn()
        var answers = try TeamFixture.exampleAnswers()[0]
        let before = try Assessor.assess(answers, with: questionnaire)
        for question in questionnaire.questions where question.purpose == .perception {
            answers.set(Answer(questionID: question.id, value: .choice("1")))
        }
        let after = try Assessor.assess(answers, with: questionnaire)
        #expect(ScoreVector(before.fit) == ScoreVector(after.fit))
        #expect(ScoreVector(before.today) == ScoreVector(after.today))
    }

    @Test func contradictoryFactsAreFlaggedNotAveraged() throws {
        let team = try TeamFixture.exampleTeam()
        let flagged = Set(team.factsToSettle.map(\.question.id))
        #expect(flagged.isSuperset(of: ["primary_motion", "single_source", "first_year_deal_value"]))
        #expect(!flagged.contains("revenue_model"))
        // Only the sales rep, who is not asked them, answered these differently: not facts to settle.
        #expect(!flagged.contains("reporting_lines") && !flagged.contains("company_size"))
        let motion = try #require(team.factsToSettle.first { $0.question.id == "primary_motion" })
        let field = try #require(motion.question.options.firstIndex { $0.id == "field" })
        #expect(motion.samples[field] == [2])  // the CRO; the rep's "field" is not counted
        // Facts are not on the agenda; they have their own section.
        #expect(!team.agenda(limit: 50).contains { $0.tally.question.purpose == .fact })
    }

    @Test func agendaIsMostDividedFirst() throws {
        let items = try TeamFixture.exampleTeam().agenda(limit: 5)
        #expect(items.count == 5)
        #expect(zip(items, items.dropFirst()).allSatisfy { $0.divergence >= $1.divergence })
        #expect(items.allSatisfy { $0.tally.question.purpose == nil && $0.divergence > 0 && $0.divergence <= 1 })
    }

    @Test func divergenceOfHandCountedAnswers() throws {
        let questionnaire = try Load.builtIn()
        let size = try #require(questionnaire.question("company_size"))
        var tally = QuestionTally(question: size, groupCount: 1)
        tally.add(.choice("under_50"), group: 0, member: 0)
        tally.add(.choice("50_to_199"), group: 0, member: 1)
        #expect(tally.divergence == 1)  // two answers, two different: as divided as can be
        tally.add(.choice("under_50"), group: 0, member: 2)
        // Three answers over five options: the most divided is 1 − 1/3; here 1 − 2/3.
        #expect(abs((tally.divergence ?? 0) - (1.0 / 3) / (2.0 / 3)) < 1e-12)
        let scale = try #require(questionnaire.question("pace_of_change"))
        var points = QuestionTally(question: scale, groupCount: 1)
        points.add(.choice("1"), group: 0, member: 0)
        points.add(.choice("5"), group: 0, member: 1)
        points.add(.unsure, group: 0, member: 2)
        #expect(points.divergence == 1)  // standard deviation 2 of at most 2
        #expect(points.unsure == [1])
    }

    @Test func differentOrganisationsAreNamed() throws {
        var answers = try TeamFixture.exampleAnswers()
        answers[1].respondent.organisation = "Another Company"
        answers[2].respondent.organisation = "  harbourline payroll. "
        let team = try TeamAssessment.assess(answers, with: try Load.builtIn())
        #expect(team.organisations == ["Harbourline Payroll", "Another Company"])
    }
}
