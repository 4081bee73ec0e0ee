import Testing

@testable import ParadigmKit

/// The group's practice against its recommendation: gates and element states from the answers
/// most respondents gave, each marked where respondents gave different answers behind it.
@Suite struct GroupPracticeTests {
    /// The example team: the elements are the recommended model's, in the review's order and
    /// states, and an element is disputed exactly when the respondents chose different options
    /// for one of the questions behind it.
    @Test func elementsAreTheGroupReviewsWithTheRespondentsDisagreements() throws {
        let team = try TeamFixture.exampleTeam()
        // As the team reads them: each respondent's answers to the questions their role is asked.
        let answers = try TeamFixture.exampleAnswers().map { $0.routed(in: team.questionnaire).answers }
        let practice = try #require(GroupPractice(team))
        let assessment = try Assessor.assess(team.groupAnswers, with: team.questionnaire)
        let review = try #require(OperatingModelReview(assessment, target: team.recommendation))
        let elements = try #require(practice.elements)
        #expect(elements.map(\.reviewed.element.id) == review.elements.map(\.element.id))
        #expect(elements.map(\.reviewed.state) == review.elements.map(\.state))
        for element in elements {
            let differ = element.reviewed.evidence.contains { id in
                Set(answers.compactMap { $0[id]?.value.optionIDs }.joined()).count > 1
            }
            #expect(element.disputed == differ, "\(element.reviewed.element.id)")
        }
        #expect(elements.contains { $0.disputed }, "the example team disagrees on some practice")
    }

    /// The gates are the ones the group's answers fire against the group's recommendation.
    @Test func gatesAreThoseHoldingTheGroupRecommendation() throws {
        let team = try TeamFixture.offsiteTeam()
        let practice = try #require(GroupPractice(team))
        let assessment = try Assessor.assess(team.groupAnswers, with: team.questionnaire)
        #expect(practice.gates.map(\.gate.id) == assessment.gates(holding: team.recommendation).map(\.id))
        for held in practice.gates {
            let disputed = held.gate.condition.clauses.contains { team.respondentsDisagree(on: $0.questionID) }
            #expect(held.disputed == disputed, "\(held.gate.id)")
        }
    }
}
