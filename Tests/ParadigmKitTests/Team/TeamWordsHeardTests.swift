import Testing

@testable import ParadigmKit

/// Words heard, in a team: every comment is on a theme or under "other themes", quoted only
/// with `--quotes` and never when anonymous, and the agenda leads with the strongest theme the
/// other answers bear out.
@Suite struct TeamWordsHeardTests {
    /// A team whose members wrote the comments of ``ThemeWordsTests/table``, one each, in the
    /// example CEO's answers.
    static func team() throws -> TeamAssessment {
        let ceo = try #require(try TeamFixture.exampleAnswers().first)
        let answers = ThemeWordsTests.table.enumerated().map { offset, row in
            var answers = ceo
            answers.respondent.name = "Writer \(offset)"
            answers.set(Answer(questionID: "biggest_friction", value: .text(row.0)))
            return answers
        }
        return try TeamAssessment.assess(answers, with: try Load.builtIn())
    }

    @Test func everyCommentIsOnAThemeOrUnderOtherThemes() throws {
        let team = try Self.team()
        let table = ThemeWordsTests.table
        for tally in team.themes {
            let expected =
                tally.theme.id == Theme.otherID
                ? table.filter { $0.1.isEmpty }.count : table.filter { $0.1.contains(tally.theme.id) }.count
            #expect(tally.total == expected, "\(tally.theme.id)")
        }
        #expect(team.themes.last?.theme.title == "Other themes")
        let other = try #require(team.themes.last)
        #expect(other.written.reduce(0, +) == table.count)
    }

    @Test func otherThemesAreQuotedOnlyWithQuotes() throws {
        let team = try Self.team()
        var options = TeamBriefOptions(date: "2026-01-15")
        let plain = TeamBriefRenderer(team: team, options: options).render()
        #expect(plain.contains("| Other themes | 2 |"))
        #expect(!plain.contains("onboarding is weak"))
        options.quotes = true
        let quoted = TeamBriefRenderer(team: team, options: options).render()
        #expect(quoted.contains("**Other themes**"))
        #expect(quoted.contains("\"Our customers churn because onboarding is weak.\""))
        options.anonymous = true
        let anonymous = TeamBriefRenderer(team: team, options: options).render()
        #expect(!anonymous.contains("onboarding is weak"), "never quoted when anonymous")
        let json = TeamJSON(team: team, options: options).render()
        #expect(json.contains("\"id\": \"other\""))
        #expect(!json.contains("onboarding is weak"))
    }

    /// (folder, whether anonymous, the lead paragraph's start, or nil for no lead)
    static let leads: [(String, Bool, String?)] = [
        ("Examples/team", false, "**Lead with lead quality.** 2 of 4 written answers are on it"),
        ("Tests/ParadigmKitTests/Fixtures/Team/offsite", false, "**Lead with lead quality.** 3 of 5 written answers"),
        ("Tests/ParadigmKitTests/Fixtures/Team/seven", true, "**Lead with lead quality.** 6 of 7 written answers"),
        // Three leaders and one rep, anonymous: no perception side is shown, so lead quality is not
        // borne out; targets are, by a divided question.
        ("Examples/team", true, "**Lead with targets and goals.** 1 of 4 written answers is on it"),
    ]

    @Test(arguments: leads) func theAgendaLeadsWithTheStrongestThemeBorneOut(
        _ folder: String, _ anonymous: Bool, _ lead: String?
    ) throws {
        var arguments = ["brief", folder, "--date", "2026-01-15"]
        if anonymous { arguments.append("--anonymous") }
        let result = runCLI(arguments)
        #expect(result.code == 0, "\(result.err)")
        let agenda = try #require(result.out.components(separatedBy: "## Offsite agenda").last)
        if let lead {
            #expect(agenda.hasPrefix("\n\n\(lead)"), "\(agenda.prefix(300))")
        } else {
            #expect(!result.out.contains("**Lead with"))
        }
    }

    /// The lead needs the other answers to agree: with the perception answers made alike, the
    /// lead quality theme is no longer borne out by a gap.
    @Test func noGapNoLeadFromIt() throws {
        var answers = try TeamFixture.exampleAnswers()
        for index in answers.indices {
            answers[index].set(Answer(questionID: "perception_shared_definitions", value: .choice("3")))
            answers[index].remove("lead_definition")
        }
        let team = try TeamAssessment.assess(answers, with: try Load.builtIn())
        let lead = team.agendaLead(in: team.grouping(anonymous: false))
        #expect(lead != nil && lead?.theme.theme.id != "lead_quality", "\(String(describing: lead?.theme.theme.id))")
    }
}
