import Foundation
import Testing

@testable import ParadigmKit

/// One anonymity rule for every format: every anonymous team (the fixture folders through the
/// command line, the synthetic teams of ``TeamAnonymityTests`` through the renderers) is
/// rendered as Markdown, an HTML page with its inline charts, slides, JSON and the chart files,
/// and no output shows a group of fewer than three people, a role held by fewer than three, or
/// a name.
@Suite struct TeamAnonymityFormatsTests {
    static let folders = [
        "Examples/team", "Tests/ParadigmKitTests/Fixtures/Team/offsite",
        "Tests/ParadigmKitTests/Fixtures/Team/routed", "Tests/ParadigmKitTests/Fixtures/Team/seven",
        "Tests/ParadigmKitTests/Fixtures/Team/two-reps", "Tests/ParadigmKitTests/Fixtures/Team/duplicate-file",
        "Tests/ParadigmKitTests/Fixtures/Team/spellings",
    ]
    static let formats = ["markdown", "html", "slides", "json", "runsheet"]

    struct Run: Sendable, CustomTestStringConvertible {
        let folder: String
        let format: String
        var testDescription: String { "\(folder) as \(format)" }
    }

    static let runs = folders.flatMap { folder in formats.map { Run(folder: folder, format: $0) } }

    /// Each format of each fixture folder, with the chart files, through the command line.
    @Test(arguments: runs) func theCommandLeaksNothing(_ run: Run) throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("brief.out").path
        let charts = scratch.appendingPathComponent("charts").path
        var arguments = [
            "brief", Paths.package.appendingPathComponent(run.folder).path, "--anonymous", "--format", run.format,
            "--date", "2026-01-15", "-o", output,
        ]
        if run.format != "html" { arguments += ["--charts", charts] }
        let result = runCLI(arguments, in: scratch.path)
        #expect(result.code == 0, "\(result.err)")
        let team = try Self.team(in: run.folder)
        var texts = [try String(contentsOfFile: output, encoding: .utf8)]
        for name in [TeamCharts.scoresByRoleName, TeamCharts.perceptionGapName] where run.format != "html" {
            texts.append(try String(contentsOfFile: (charts as NSString).appendingPathComponent(name), encoding: .utf8))
        }
        if run.format == "html" { #expect(texts[0].contains("<svg"), "the charts are inline") }
        for text in texts { #expect(Self.leaks(in: text, team: team) == []) }
    }

    /// Every synthetic team of ``TeamAnonymityTests`` in every format, the HTML page made the
    /// way the command makes it.
    @Test(arguments: TeamAnonymityTests.cases) func everyRendererLeaksNothing(_ item: TeamAnonymityTests.Case) throws {
        let team = try TeamAnonymityTests.team(item.roles)
        var options = TeamBriefOptions(date: "2026-01-15", anonymous: true)
        let brief = TeamBriefRenderer(team: team, options: options)
        let html = HTMLPage(document: brief.document(), charts: brief.charts).render()
        options.charts = TeamChartLinks(scoresByRole: "c/a.svg", perceptionGap: "c/b.svg")
        let texts = [
            brief.render(), html, TeamSlidesRenderer(team: team, options: options).render(),
            TeamJSON(team: team, options: options).render(), brief.scoresByRoleChart, brief.perceptionGapChart,
        ]
        for text in texts { #expect(Self.leaks(in: text, team: team) == []) }
    }

    /// The scan finds the leak issue 30 reported: the HTML page's charts drawn for every role.
    @Test func theScanFindsAChartDrawnByRole() throws {
        let team = try Self.team(in: "Examples/team")
        let named = TeamBriefRenderer(team: team, options: TeamBriefOptions(date: "2026-01-15"))
        let leaks = Self.leaks(in: named.scoresByRoleChart + named.perceptionGapChart, team: team)
        #expect(leaks.contains("CEO or founder (1)"))
        #expect(leaks.contains { $0.hasSuffix("(1)") && $0.first?.isNumber == true }, "a side's mean of one person")
    }

    /// Issue 30's facilitator check: a CEO, a CMO and two reps. The fit is the two leaders'
    /// (the reps answer for their own work), so the brief says that those two can tell each
    /// other's answers apart, in every format that shows the fit.
    @Test func twoLeadersAndTwoRepsAreToldWhatTheyCanSee() throws {
        for format in ["markdown", "html", "slides", "json"] {
            let result = runCLI([
                "brief", "Tests/ParadigmKitTests/Fixtures/Team/two-reps", "--anonymous", "--format", format, "--date",
                "2026-01-15",
            ])
            #expect(result.code == 0, "\(result.err)")
            #expect(result.out.contains("come from the 2 respondents who answered for the organisation"), "\(format)")
        }
    }

    static func team(in folder: String) throws -> TeamAssessment {
        let answers = try TeamFixture.answers(in: Paths.package.appendingPathComponent(folder), named: folder)
        let questionnaire = try Load.builtIn()
        do { return try TeamAssessment.assess(answers, with: questionnaire) } catch { throw Failure(error.rendered) }
    }

    /// What a text shows that an anonymous brief must not: a respondent's name, a group, role
    /// or perception side with fewer than three people ("CEO or founder (1)", "3.0 (1)"), a
    /// small role as a row of numbers or a JSON group.
    static func leaks(in text: String, team: TeamAssessment) -> [String] {
        let minimum = TeamGrouping.minimumSize
        var found: [String] = []
        for member in team.members {
            guard let name = member.name, !name.isEmpty else { continue }
            let parts = [name] + name.split(separator: " ").dropFirst().map(String.init)
            found += parts.filter { text.contains($0) }
        }
        let shown = Set(team.grouping(anonymous: true).groups.map(\.label))
        let small = team.populatedGroups.filter { team.roleGroups[$0].members < minimum }
            .map { team.role(ofGroup: $0)?.label ?? "Role not given" }.filter { !shown.contains($0) }
        let labels =
            team.questionnaire.roles.map(\.label) + [
                "Executives", "Practitioners", "Marketing", "Sales", "Other roles", "Other executives",
                "Other practitioners", "Role not given",
            ]
        // A label or a mean with a count: "Sales team member (1)", "Marketing 3.0 (1)".
        let counted = labels.map { NSRegularExpression.escapedPattern(for: $0) } + [#"\d+\.\d"#]
        if let pattern = try? NSRegularExpression(pattern: "(\(counted.joined(separator: "|"))) \\((\\d+)\\)") {
            let whole = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: whole) {
                guard let range = Range(match.range, in: text), let count = Range(match.range(at: 2), in: text),
                    let n = Int(text[count]), n < minimum
                else { continue }
                found.append(String(text[range]))
            }
        }
        // A small role as a row of numbers (the role table, a table by role).
        for label in small {
            for digit in 0...9 {
                let cells = ["| \(label) | \(digit)", "<td>\(label)</td><td class=\"number\">\(digit)"]
                found += cells.filter { text.contains($0) }
            }
        }
        let groupIDs = Set(team.grouping(anonymous: true).groups.compactMap(\.id))
        let ids = team.populatedGroups.filter { team.roleGroups[$0].members < minimum }
            .compactMap { team.role(ofGroup: $0)?.id }.filter { !groupIDs.contains($0) }
        for id in ids where text.contains("\"role\": \"\(id)\"") {
            found.append("\"role\": \"\(id)\"")
        }
        return found
    }
}
