import Testing

@testable import ParadigmKit

/// What people wrote: free-text answers grouped into the questionnaire's themes by keyword,
/// counted by role, quoted only with `--quotes` and never when anonymous.
@Suite struct TeamThemesTests {
    static let options = TeamBriefOptions(date: "2026-01-15")
    static let question = "      - id: q2\n        prompt: P\n        help: H\n        type: text\nthemes:\n"

    static let refusals: [(String, String, String)] = [
        (
            "a theme of a question that is not free text",
            "  - id: t1\n    title: T\n    question: q1\n    keywords:\n      - x\n",
            "error: theme `t1` groups `q1`, which is not a free-text question"
        ),
        (
            "a theme of an unknown question", "  - id: t1\n    title: T\n    question: q9\n    keywords:\n      - x\n",
            "error: theme `t1` groups `q9`, which is not a free-text question"
        ),
        (
            "a theme with an empty keyword",
            "  - id: t1\n    title: T\n    question: q2\n    keywords:\n      - \"\"\n",
            "error: theme `t1` needs at least one keyword, and no empty one"
        ),
        ("a theme without a title", "  - id: t1\n    question: q2\n    keywords:\n      - x\n", "`title`"),
        (
            "two themes with one id",
            "  - id: t1\n    title: T\n    question: q2\n    keywords:\n      - x\n  - id: t1\n    title: U\n "
                + "   question: q2\n    keywords:\n      - y\n",
            "error: duplicate theme id `t1`"
        ),
    ]

    @Test(arguments: refusals)
    func refusal(_ name: String, _ themes: String, _ expected: String) {
        do {
            _ = try Load.questionnaire(QuestionnaireLoaderTests.head + Self.question + themes)
            Issue.record("\(name): loaded")
        } catch {
            #expect(error.rendered.contains(expected), "\(name):\n\(error.rendered)")
        }
    }

    @Test func themesLoad() throws {
        let tail =
            Self.question + "  - id: t1\n    title: Lead quality\n    question: q2\n    keywords:\n      - Good Lead\n"
        let questionnaire = try Load.questionnaire(QuestionnaireLoaderTests.head + tail)
        let theme = try #require(questionnaire.themes.first)
        #expect(theme == Theme(id: "t1", title: "Lead quality", questionID: "q2", keywords: ["good lead"]))
        #expect(theme.matches("What counts as a GOOD LEAD?"))
        #expect(!theme.matches("Follow-up is slow."))
    }

    @Test func builtInHasTheFiveThemes() throws {
        let themes = try Load.builtIn().themes
        #expect(themes.map(\.id) == ["lead_quality", "follow_up", "targets", "data", "credit"])
        #expect(themes.allSatisfy { $0.questionID == "biggest_friction" })
    }

    /// (theme, its row in the offsite brief)
    static let offsiteRows: [(String, String)] = [
        (
            "lead_quality",
            "| Lead quality | 3 | CMO or marketing leader 1, CRO or sales leader 1, Sales team member 1 |"
        ),
        ("follow_up", "| Follow-up of leads | 1 | Marketing team member 1 |"),
        ("data", "| Data, systems and forecasts | 1 | CEO or founder 1 |"),
    ]

    @Test(arguments: offsiteRows)
    func offsiteThemesByRole(_ id: String, _ row: String) throws {
        let team = try TeamFixture.offsiteTeam()
        let brief = TeamBriefRenderer(team: team, options: Self.options).render()
        #expect(brief.contains("\n## What people wrote\n"))
        #expect(brief.contains(row), "\(id)")
        #expect(brief.contains("5 respondents wrote an answer"))
    }

    @Test func quotesOnlyWhenAskedAndNeverWhenAnonymous() throws {
        let team = try TeamFixture.offsiteTeam()
        let quote = "Mara Quinn (Marketing team member): \"Sales never follow up the leads we pass on"
        let plain = TeamBriefRenderer(team: team, options: Self.options).render()
        #expect(!plain.contains("Sales never follow up"))
        var quoting = Self.options
        quoting.quotes = true
        #expect(TeamBriefRenderer(team: team, options: quoting).render().contains(quote))
        #expect(TeamJSON(team: team, options: quoting).render().contains("\"text\": \"Sales never follow up"))
        quoting.anonymous = true
        for output in [
            TeamBriefRenderer(team: team, options: quoting).render(), TeamJSON(team: team, options: quoting).render(),
        ] {
            #expect(!output.contains("Sales never follow up"))
        }
    }
}
