import Foundation
import Testing

@testable import ParadigmKit

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The team brief's text: golden file, anonymity, charts and slides.
@Suite struct TeamBriefRendererTests {
    static let options = TeamBriefOptions(date: "2026-01-15")

    /// The example team's brief against Snapshots/team-harbourline.md. Re-record on purpose with
    /// `PARADIGM_RECORD=1 swift test --filter TeamBriefRendererTests`.
    @Test func matchesGoldenFile() throws {
        let brief = TeamBriefRenderer(team: try TeamFixture.exampleTeam(), options: Self.options).render()
        try Snapshot.check(brief, golden: "team-harbourline.md")
    }

    @Test func showsDifferentViewsGapAndAgenda() throws {
        let brief = TeamBriefRenderer(team: try TeamFixture.exampleTeam(), options: Self.options).render()
        for heading in [
            "# Executive summary", "## Scores by role", "## Each respondent", "## How far the team agrees",
            "## Does one respondent decide it?", "## Facts to settle before the offsite", "## Perception gap",
            "## Offsite agenda", "### 1. ", "## First 90 days", "## Method",
        ] {
            #expect(brief.contains("\n" + heading), "missing \(heading)")
        }
        #expect(brief.contains("Kendall's W"))
        #expect(brief.contains("82%"), "the Forrester comparison is quoted")
        #expect(brief.contains("a wide gap"))
    }

    @Test func anonymousBriefNamesNobody() throws {
        var options = Self.options
        options.anonymous = true
        options.charts = TeamChartLinks(scoresByRole: "c/a.svg", perceptionGap: "c/b.svg")
        let team = try TeamFixture.exampleTeam()
        let grouping = team.grouping(anonymous: true)
        let outputs = [
            TeamBriefRenderer(team: team, options: options).render(),
            TeamSlidesRenderer(team: team, options: options).render(),
            TeamCharts.scoresByRole(team, grouping: grouping), TeamCharts.perceptionGap(team, grouping: grouping),
            TeamJSON(team: team, options: options).render(),
        ]
        for output in outputs {
            for name in TeamFixture.names {
                for part in name.split(separator: " ") { #expect(!output.contains(part), "\(part) appears") }
            }
            #expect(!output.contains(".yaml"), "a file name appears")
        }
        // Three leaders and one sales rep: the rep alone would show by subtraction from the
        // whole team, so no group by role is shown at all, and the brief says why.
        #expect(grouping.groups.isEmpty)
        for output in outputs.prefix(2) {
            #expect(!output.contains("| Sales team member |"), "a group of one is shown")
            #expect(!output.contains("| CEO or founder |"), "a group of one is shown")
            #expect(output.contains("so the team is shown only as a whole"))
        }
        #expect(!outputs[0].contains("Sales team member 1"), "a respondent is labelled by role")
    }

    @Test func namedBriefShowsNames() throws {
        let brief = TeamBriefRenderer(team: try TeamFixture.exampleTeam(), options: Self.options).render()
        for name in TeamFixture.names { #expect(brief.contains(name)) }
    }

    @Test func hostileNamesStayInert() throws {
        var answers = try TeamFixture.exampleAnswers()
        for index in answers.indices {
            answers[index].respondent.name = "<b>Eve|\(index)</b>\n## injected"
            answers[index].respondent.organisation = "# Evil | Corp"
        }
        let team = try TeamAssessment.assess(answers, with: try Load.builtIn())
        let brief = TeamBriefRenderer(team: team, options: Self.options).render()
        #expect(!brief.contains("<b>"))
        #expect(!brief.contains("\n## injected"))
        let rows = brief.split(separator: "\n").filter { $0.contains("Eve") && $0.hasPrefix("| ") }
        #expect(rows.count == 4)
        for row in rows { #expect(row.components(separatedBy: " | ").count == 8, "\(row)") }
        #expect(try Self.parses(TeamBriefRenderer(team: team, options: Self.options).scoresByRoleChart))
    }

    @Test func chartsAreWellFormedSVG() throws {
        let brief = TeamBriefRenderer(team: try TeamFixture.exampleTeam(), options: Self.options)
        for svg in [brief.scoresByRoleChart, brief.perceptionGapChart] {
            #expect(try Self.parses(svg))
            #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(svg.components(separatedBy: "<rect").count > 5)
        }
    }

    @Test func svgTextIsEscaped() throws {
        var svg = SVG(width: 10, height: 10, id: "t", title: "A & B", description: "<none>")
        svg.text(1, 1, "Sales & <Marketing> \"quoted\" 'single'\u{1}", size: 10)
        let text = svg.finish()
        #expect(try Self.parses(text))
        #expect(text.contains("Sales &amp; &lt;Marketing&gt; &quot;quoted&quot; &apos;single&apos;"))
        #expect(
            text.contains("<title id=\"t-title\">A &amp; B</title>")
                && text.contains("<desc id=\"t-desc\">&lt;none&gt;</desc>"))
    }

    @Test func everyChartHasATextEquivalent() throws {
        let team = try TeamFixture.exampleTeam()
        let single = try Assessor.assess(try TeamFixture.exampleAnswers()[0], with: try Load.builtIn())
        let brief = TeamBriefRenderer(team: team, options: Self.options)
        for svg in [brief.scoresByRoleChart, brief.perceptionGapChart, ScoreChart.svg(single)] {
            #expect(try Self.parses(svg))
            #expect(svg.contains("role=\"img\"") && svg.contains("<title id=") && svg.contains("<desc id="))
            let description = svg.components(separatedBy: "<desc")[1]
            #expect(description.contains("."), "the description gives the numbers")
        }
        #expect(ScoreChart.svg(single).contains("fit \(single.fit.score(single.recommendation).oneDecimal)"))
    }

    static func parses(_ xml: String) throws -> Bool {
        let parser = XMLParser(data: Data(xml.utf8))
        let ok = parser.parse()
        if !ok { Issue.record("XML error: \(String(describing: parser.parserError))") }
        return ok
    }

    @Test func slidesAreLevelTwoSlides() throws {
        let deck = TeamSlidesRenderer(team: try TeamFixture.exampleTeam(), options: Self.options).render()
        let lines = deck.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "---", "front matter gives the title slide")
        #expect(!lines.contains { $0.hasPrefix("# ") }, "no level-1 heading, so pandoc's slide level is 2")
        let slides = lines.filter { $0.hasPrefix("## ") }
        #expect(slides.first?.hasPrefix("## Recommendation: ") == true)
        for title in [
            "## Scores by role", "## The perception gap", "## Facts to settle first", "## Agenda: where we disagree",
            "## First 90 days: Days 1–30", "## First 90 days: Days 61–90",
        ] {
            #expect(slides.contains { $0.hasPrefix(title) }, "missing slide \(title)")
        }
        // A slide stays within a 16:9 slide: at most 3 bullets or list items, or a table of at
        // most 6 rows; longer ones go on over numbered slides, losing no row.
        var items = 0
        var rows = 0
        for line in lines.drop(while: { !$0.hasPrefix("## ") }) {
            if line.hasPrefix("## ") { (items, rows) = (0, 0) }
            if line.hasPrefix("- ") || line.first?.isNumber == true { items += 1 }
            if line.hasPrefix("| "), !line.hasPrefix("| Model |"), !line.hasPrefix("| Question") { rows += 1 }
            #expect(items <= SlideLimits.longItems && rows <= SlideLimits.tableRows, "slide too full at: \(line)")
        }
        let gapRows = lines.filter { $0.hasPrefix("| ") && $0.hasSuffix(" |") && $0.contains("?") }
        #expect(
            gapRows.count == (try TeamFixture.exampleTeam()).executiveGap.count,
            "every perception question is on a slide")
    }

    @Test func chartLinksAppearInBrief() throws {
        var options = Self.options
        options.charts = TeamChartLinks(
            scoresByRole: "charts/scores-by-role.svg", perceptionGap: "charts/perception-gap.svg")
        let brief = TeamBriefRenderer(team: try TeamFixture.exampleTeam(), options: options).render()
        #expect(brief.contains("](charts/scores-by-role.svg)"))
        #expect(brief.contains("](charts/perception-gap.svg)"))
        #expect(brief.contains("| Model | Mean fit |"), "the scores stay in the brief so that it stands alone")
    }
}
