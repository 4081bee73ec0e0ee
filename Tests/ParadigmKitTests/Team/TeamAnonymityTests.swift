import Foundation
import Testing

@testable import ParadigmKit

/// Anonymous team briefs: no group of fewer than three people, in any output, and nobody's
/// answers left to work out by subtraction.
@Suite struct TeamAnonymityTests {
    /// One team by its respondents' roles (`nil`: no role given), the groups an anonymous brief
    /// shows (label and size), and which perception sides it keeps apart.
    struct Case: Sendable, CustomTestStringConvertible {
        let id: String
        let roles: [String?]
        let groups: [(String, Int)]
        /// Executives–practitioners, marketing–sales: whether each comparison is shown.
        let sides: (executive: Bool, function: Bool)
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        // Three leaders form Executives (3); the two practitioners would then show by
        // subtraction from the whole team, so the team is shown only as a whole.
        Case(
            id: "five: CEO, CMO, CRO, sales rep, marketing manager",
            roles: ["ceo", "cmo", "cro", "sales_team", "marketing_team"],
            groups: [], sides: (false, false)),
        Case(
            id: "four: three leaders and one rep (Examples/team)", roles: ["ceo", "cmo", "cro", "sales_team"],
            groups: [], sides: (false, false)),
        Case(
            id: "seven: four leaders and three sales reps, sales kept",
            roles: ["ceo", "cmo", "cro", "cro", "sales_team", "sales_team", "sales_team"],
            groups: [("Executives", 4), ("Sales team member", 3)], sides: (true, false)),
        // A lone marketer beside three sales reps would show as the team less the two groups:
        // the marketer joins the reps as Practitioners.
        Case(
            id: "seven: three leaders, three sales reps, one marketer",
            roles: ["ceo", "cmo", "cro", "sales_team", "sales_team", "sales_team", "marketing_team"],
            groups: [("Executives", 3), ("Practitioners", 4)], sides: (true, false)),
        Case(
            id: "eight: three leaders, three sales reps, a marketer and revenue operations",
            roles: ["ceo", "cmo", "cro", "sales_team", "sales_team", "sales_team", "marketing_team", "revops"],
            groups: [("Executives", 3), ("Practitioners", 5)], sides: (true, false)),
        Case(
            id: "nine: three leaders, three marketers, three sales reps",
            roles: ["ceo", "cmo", "cro"] + Array(repeating: "marketing_team", count: 3)
                + Array(repeating: "sales_team", count: 3),
            groups: [("Executives", 3), ("Marketing team member", 3), ("Sales team member", 3)], sides: (true, false)),
        Case(
            id: "six practitioners: three marketers, three sales reps",
            roles: Array(repeating: "marketing_team", count: 3) + Array(repeating: "sales_team", count: 3),
            groups: [("Marketing team member", 3), ("Sales team member", 3)], sides: (true, true)),
        Case(
            id: "ten: three CMOs, three reps, the rest mixed into other roles",
            roles: [
                "ceo", "cmo", "cmo", "cmo", "cro", "sales_team", "sales_team", "sales_team", "marketing_team", "revops",
            ],
            groups: [("CMO or marketing leader", 3), ("Sales team member", 3), ("Other roles", 4)],
            sides: (false, false)),
        Case(
            id: "no role given is a group of its own when three or more",
            roles: [nil, nil, nil, "sales_team", "sales_team", "sales_team"],
            groups: [("Sales team member", 3), ("Role not given", 3)], sides: (true, true)),
        Case(id: "two respondents", roles: ["ceo", "sales_team"], groups: [], sides: (false, false)),
        Case(
            id: "five sales reps, one role", roles: Array(repeating: "sales_team", count: 5),
            groups: [("Sales team member", 5)], sides: (true, true)),
    ]

    /// A team of real answers (Fixtures/Team/offsite, taken in turn) with the given roles.
    static func team(_ roles: [String?]) throws -> TeamAssessment {
        let source = try TeamFixture.answers(in: TeamFixture.offsiteFolder, named: "offsite")
        let answers = roles.enumerated().map { offset, role in
            var answers = source[offset % source.count]
            answers.respondent.role = role
            answers.respondent.name = "Person Number\(offset)"
            return answers
        }
        // Scored as given (`TeamAccumulator.add(Assessment)`), so that a team of sales reps
        // alone still has scores: these tests are about the groups, not the routing.
        let questionnaire = try Load.builtIn()
        var accumulator = TeamAccumulator(questionnaire: questionnaire)
        for item in answers {
            do { accumulator.add(try Assessor.assess(item, with: questionnaire)) } catch {
                throw Failure(error.rendered)
            }
        }
        return accumulator.finish()
    }

    @Test(arguments: cases) func groupsHoldThreeOrMore(_ item: Case) throws {
        let team = try Self.team(item.roles)
        let grouping = team.grouping(anonymous: true)
        #expect(grouping.groups.map(\.label) == item.groups.map(\.0))
        #expect(grouping.groups.map(\.count) == item.groups.map(\.1))
        #expect(grouping.groups.allSatisfy { $0.count >= TeamGrouping.minimumSize })
        if !grouping.groups.isEmpty {
            // The groups partition the team: nobody is left over to work out by subtraction.
            #expect(grouping.groups.map(\.count).reduce(0, +) == team.members.count)
        }
        #expect((team.executiveGap(in: grouping) != nil) == item.sides.executive, "executives and practitioners")
        #expect((team.functionGap(in: grouping) != nil) == item.sides.function, "marketing and sales")
        for side in TeamGrouping.Side.allCases {
            guard let roles = grouping.side(side) else { continue }
            let size = roles.map { team.roleGroups[$0].count }.reduce(0, +)
            #expect(size == 0 || size >= TeamGrouping.minimumSize, "a side of \(size)")
        }
    }

    @Test func withoutAnonymousEveryRoleIsItsOwnGroup() throws {
        let team = try Self.team(["ceo", "cmo", "cro", "sales_team", "marketing_team"])
        let grouping = team.grouping(anonymous: false)
        #expect(
            grouping.groups.map(\.label) == [
                "CEO or founder", "CMO or marketing leader", "CRO or sales leader",
                "Marketing team member", "Sales team member",
            ])
        #expect(grouping.note == nil)
        #expect(team.executiveGap(in: grouping) == team.executiveGap)
    }

    @Test func theBriefSaysWhatWasMergedNeverWho() throws {
        let team = try Self.team(["ceo", "cmo", "cro", "cro", "sales_team", "sales_team", "sales_team"])
        let brief = TeamBriefRenderer(team: team, options: TeamBriefOptions(date: "2026-01-15", anonymous: true))
            .render()
        #expect(
            brief.contains(
                "Anonymous brief: roles held by fewer than 3 people are merged into wider groups: CEO or founder, CMO "
                    + "or marketing leader and CRO or sales leader into Executives."
            ))
        #expect(!brief.contains("Person"))
        let whole = try Self.team(["ceo", "cmo", "cro", "sales_team", "marketing_team"])
        let five = TeamBriefRenderer(team: whole, options: TeamBriefOptions(date: "2026-01-15", anonymous: true))
            .render()
        #expect(five.contains("so the team is shown only as a whole, not by role."))
    }

    /// Every output of an anonymous brief, checked for a group of fewer than three: the
    /// Markdown and slide tables, the charts' labels and the JSON's groups.
    @Test(arguments: cases) func noOutputShowsASmallGroup(_ item: Case) throws {
        let team = try Self.team(item.roles)
        var options = TeamBriefOptions(date: "2026-01-15", anonymous: true)
        options.charts = TeamChartLinks(scoresByRole: "c/a.svg", perceptionGap: "c/b.svg")
        let grouping = team.grouping(anonymous: true)
        let small = Set(
            team.populatedGroups.filter { team.roleGroups[$0].count < TeamGrouping.minimumSize }
                .map { team.role(ofGroup: $0)?.label ?? "Role not given" })
        let shown = Set(grouping.groups.map(\.label))
        let brief = TeamBriefRenderer(team: team, options: options).render()
        var slideOptions = options
        slideOptions.charts = nil
        let slides = TeamSlidesRenderer(team: team, options: slideOptions).render()
        for text in [brief, slides] {
            #expect(!text.contains("Person"), "a name appears")
            for table in Self.tables(text) {
                let header = table[0]
                let body = table.dropFirst(2)
                if header.first == "Role" {
                    for row in body {
                        #expect(
                            shown.contains(row[0]) && !small.subtracting(shown).contains(row[0]),
                            "a group of fewer than three: \(row)")
                        if header.count > 1, header[1] == "People" {
                            #expect((Int(row[1]) ?? 0) >= TeamGrouping.minimumSize, "\(row)")
                        }
                    }
                }
                if let column = header.firstIndex(of: "By role") {
                    for row in body {
                        for label in small where !shown.contains(label) {
                            #expect(!row[column].contains(label), "by role: \(row)")
                        }
                    }
                }
            }
        }
        let chart = TeamCharts.scoresByRole(team, grouping: grouping)
        for label in Self.chartLabels(chart) where !label.hasPrefix("Everyone") {
            guard let size = Int(label.split(separator: "(").last?.dropLast() ?? "") else { continue }
            #expect(size >= TeamGrouping.minimumSize, "chart label \(label)")
        }
        let gapChart = TeamCharts.perceptionGap(team, grouping: grouping)
        #expect(!gapChart.contains("Person"))
        let json = TeamJSON(team: team, options: options).render()
        #expect(!json.contains("Person"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let roles = try #require(document["roles"] as? [[String: Any]])
        #expect(roles.allSatisfy { ($0["count"] as? Int ?? 0) >= TeamGrouping.minimumSize })
        #expect((document["respondents"] as? [Any])?.isEmpty == true)
        let ids = Set(grouping.groups.map { $0.id ?? "" })
        for key in ["agenda", "facts_to_settle", "themes"] {
            for entry in document[key] as? [[String: Any]] ?? [] {
                for group in entry["by_role"] as? [[String: Any]] ?? [] {
                    #expect(ids.contains(group["role"] as? String ?? ""), "\(key) by \(group["role"] ?? "nil")")
                }
            }
        }
        let decisive = (document["leave_one_out"] as? [String: Any])?["decisive"] as? [[String: Any]] ?? []
        #expect(decisive.allSatisfy { $0["respondent"] is NSNull })
    }

    @Test func aFacilitatorsSevenPersonFolder() {
        let result = runCLI([
            "brief", "Tests/ParadigmKitTests/Fixtures/Team/seven", "--anonymous", "--date", "2026-01-15",
        ])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("| Executives | 4 |"))
        #expect(result.out.contains("| Sales team member | 3 |"))
        #expect(!result.out.contains("| CEO or founder |"))
        for name in ["Priya", "Ellis", "Rafael", "Dana", "Jonas", "Amara", "Tomasz"] {
            #expect(!result.out.contains(name), "\(name) appears")
        }
    }

    /// Every Markdown table: its rows (header, rule, body), each as its cells.
    static func tables(_ text: String) -> [[[String]]] {
        var tables: [[[String]]] = []
        var current: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("| ") else {
                if !current.isEmpty { tables.append(current) }
                current = []
                continue
            }
            current.append(
                line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                    .map { String($0).trimmingCharacters(in: .whitespaces) })
        }
        if !current.isEmpty { tables.append(current) }
        return tables
    }

    /// The texts of an SVG chart that end in a count: "Executives (4)".
    static func chartLabels(_ svg: String) -> [String] {
        svg.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: ">"), let end = line.range(of: "</text>") else { return nil }
            let text = String(line[start.upperBound..<end.lowerBound])
            return text.hasSuffix(")") && text.contains(" (") ? text : nil
        }
    }
}
