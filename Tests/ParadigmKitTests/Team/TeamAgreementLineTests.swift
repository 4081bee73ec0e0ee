import Testing

@testable import ParadigmKit

/// Agreement means what it says: Kendall's W is about the ranking only, and the summary puts the
/// perception gap and the most divided questions beside it.
@Suite struct TeamAgreementLineTests {
    static let options = TeamBriefOptions(date: "2026-01-15")

    /// The CEO's answers given by three people: identical rankings, no gap, nothing split.
    static func unanimousTeam() throws -> TeamAssessment {
        let ceo = try #require(try TeamFixture.exampleAnswers().first { $0.respondent.role == "ceo" })
        let three = (1...3).map { number in
            var answers = ceo
            answers.respondent.name = "Chief \(number)"
            return answers
        }
        return try TeamAssessment.assess(three, with: try Load.builtIn())
    }

    @Test func offsiteSummaryReportsRankingAgreementAndPerceptionGap() throws {
        let team = try TeamFixture.offsiteTeam()
        let brief = TeamBriefRenderer(team: team, options: Self.options).render()
        let line = try #require(brief.split(separator: "\n").first { $0.hasPrefix("- **Agreement:**") })
        #expect(line.contains("on the ranking of the candidate models (Kendall's W = "))
        #expect(line.contains("W measures that ranking only"))
        #expect(line.contains("widest executive–practitioner gap is +2.7 points (a wide gap)"), "\(line)")
        #expect(line.contains("Most divided: "))
        #expect(line.contains("\"When results disappoint, what usually happens?\" (67% divided)"), "\(line)")
        #expect(team.viewsDiffer)
    }

    /// (team, whether the offsite is told it can move quickly)
    @Test(arguments: [("offsite", false), ("example", false), ("unanimous", true)])
    func movesQuicklyOnlyWhenViewsAgree(_ name: String, _ quickly: Bool) throws {
        let team =
            switch name {
            case "offsite": try TeamFixture.offsiteTeam()
            case "example": try TeamFixture.exampleTeam()
            default: try Self.unanimousTeam()
            }
        let brief = TeamBriefRenderer(team: team, options: Self.options).render()
        #expect(brief.contains("the offsite can move quickly") == quickly, "\(name)")
        #expect(brief.contains("It measures agreement on that ranking only"), "\(name)")
    }

    @Test func unanimousTeamIsNotSplit() throws {
        let team = try Self.unanimousTeam()
        #expect(!team.viewsDiffer)
        #expect(team.splitQuestions(limit: 5).isEmpty)
        #expect(team.agreement.value == 1)
    }
}
