import Foundation
import Testing

@testable import ParadigmKit

/// Issue 15's role routing: a sales or marketing team member is asked only about their own
/// work and their view of the relationship, and a team brief takes the organisation's facts
/// from the respondents who answered them.
@Suite struct RoleRoutingTests {
    /// Runs `paradigm interview` on the built-in questionnaire with scripted lines in a folder.
    func interview(_ arguments: [String], lines: [String], in folder: URL) -> (code: Int32, out: String, err: String) {
        let capture = Capture()
        let terminal = ScriptedTerminal(lines.map(InputLine.line))
        var io = capture.io(in: folder.path)
        io.readInputLine = { terminal.read() }
        io.inputIsTerminal = false
        let code = CLI.run(["interview"] + arguments, io: io)
        return (code, capture.out, capture.err)
    }

    /// The `[n/N]` counters of the questions asked, in order.
    func counters(_ transcript: String) -> [String] {
        transcript.components(separatedBy: "\n").compactMap { line in
            guard line.hasPrefix("["), let end = line.firstIndex(of: "]") else { return nil }
            return String(line[line.index(after: line.startIndex)..<end])
        }
    }

    @Test(arguments: ["sales_team", "marketing_team"])
    func aPractitionerIsAskedAtMostFifteenThings(_ role: String) throws {
        let questionnaire = try Load.builtIn()
        let routed = questionnaire.questions.filter { questionnaire.asks($0, roleID: role) }
        // Name and organisation (the role is given), then the routed questions.
        #expect(2 + routed.count <= 15, "\(routed.map(\.id))")
        #expect(routed.allSatisfy { $0.askedOfEveryone })
        #expect(routed.contains { $0.purpose == .perception })
        #expect(
            !routed.contains { $0.informs.countsForFit && $0.isWeighted },
            "no fact about fit is asked of a practitioner")

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Name, organisation, then the middle option (or a word) for every question; Enter at
        // the end finishes.
        let replies = ["Sam", "Harbourline Payroll"] + routed.map { $0.kind == .text ? "Leads" : "2" } + [""]
        let result = interview(["--role", role, "-o", "a.yaml"], lines: replies, in: folder)
        #expect(result.code == 0, "\(result.err)")
        let asked = Set(counters(result.out))
        #expect(asked.count == routed.count, "\(asked.sorted())")
        #expect(asked.contains("1/\(routed.count)"))
        #expect(!result.out.contains("Recommendation:"), "a practitioner gets no recommendation of their own")
        #expect(result.out.contains("whoever writes the team brief"))
        let saved = try Load.text(folder.appendingPathComponent("a.yaml"))
        #expect(saved.contains("  role: \(role)\n"))
        for question in routed { #expect(saved.contains("  \(question.id): "), "\(question.id)") }
        #expect(!saved.contains("company_size"))
    }

    @Test func aRoleThatAnswersForTheOrganisationIsAskedTheFacts() throws {
        let questionnaire = try Load.builtIn()
        for role in ["ceo", "cmo", "cro", "revops", "other", nil] as [String?] {
            #expect(questionnaire.questions.allSatisfy { questionnaire.asks($0, roleID: role) }, "\(role ?? "none")")
        }
    }

    @Test(arguments: [
        (
            ["--role", "intern", "-o", "a.yaml"],
            "Unknown role 'intern' for --role: it is one of ceo, cmo, cro, revops, marketing_team, sales_team, other."
        ),
        (
            ["--role", "sales_team", "-o", "a.yaml", "--brief", "b.md"],
            "answers only about their own work, so their answers make no brief on their own"
        ),
    ])
    func refusalsComeBeforeTheFirstQuestion(_ arguments: [String], _ message: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = interview(arguments, lines: ["Sam"], in: folder)
        #expect(result.code == 64)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(result.out.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aPractitionersAnswersAloneMakeNoBriefAndSayWhy() throws {
        let file = Paths.fixtures.appendingPathComponent("Team/routed/sales-rep.yaml").path
        let result = runCLI(["brief", file])
        #expect(result.code == 65)
        #expect(result.err.contains("a sales team member answers about their own work only"))
    }

    @Test func theTeamBriefTakesTheFactsFromThoseWhoGaveThem() throws {
        let folder = Paths.fixtures.appendingPathComponent("Team/routed")
        let answers = try TeamFixture.answers(in: folder, named: "routed")
        let questionnaire = try Load.builtIn()
        let team: TeamAssessment
        do { team = try TeamAssessment.assess(answers, with: questionnaire) } catch { throw Failure(error.rendered) }
        let leaders: TeamAssessment
        do {
            leaders = try TeamAssessment.assess(
                answers.filter { $0.respondent.role != "sales_team" }, with: questionnaire)
        } catch {
            throw Failure(error.rendered)
        }
        #expect(team.members.count == 4)
        #expect(team.group.count == 3, "the fit comes from the three leaders")
        #expect(team.group.mean == leaders.group.mean)
        #expect(team.recommendation == leaders.recommendation)
        #expect(team.agreement.value == leaders.agreement.value)
        let rep = try #require(team.members.first { $0.roleID == "sales_team" })
        #expect(rep.scores == nil && rep.recommendation == nil)
        // Their view counts: the perception gap sees a practitioner.
        let gap = try #require(team.executiveGap.first { $0.question.id == "perception_teams_aligned" })
        #expect(gap.second?.count == 1)
        #expect(team.themes.contains { $0.theme.id == "lead_quality" && $0.total > 0 })

        let brief = runCLI(["brief", folder.path, "--date", "2026-12-02"])
        #expect(brief.code == 0, "\(brief.err)")
        #expect(
            brief.out.contains(
                "4 respondents at Harbourline Payroll answered the questionnaire (1 of them about their own work only"))
        #expect(brief.out.contains("**Individually:** "), "\(brief.out.prefix(2000))")
        #expect(brief.out.contains(" of 3 respondents recommend"))
        #expect(brief.out.contains("| Sales team member | 1 | — | — | — | — | — | — |"))
        let json = runCLI(["brief", folder.path, "--format", "json", "--date", "2026-12-02"])
        #expect(json.code == 0, "\(json.err)")
        #expect(json.out.contains("\"scored\": 0"))
    }

    @Test func anAnonymousBriefHidesScoresThatFewerThanThreeGave() throws {
        // Two sales team members and one revenue-operations lead, who answers the facts: their
        // group of three (Practitioners) would show one person's scores. (A sales team member
        // who fills in the whole template has no scores: issue 30 routes their answers.)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let routed = Paths.fixtures.appendingPathComponent("Team/routed")
        for name in ["ceo.yaml", "cmo.yaml", "cro.yaml"] {
            try FileManager.default.copyItem(
                at: routed.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let rep = try Load.text(routed.appendingPathComponent("sales-rep.yaml"))
        for name in ["rep-a.yaml", "rep-b.yaml"] {
            try rep.replacingOccurrences(of: "Jonas Lindqvist", with: name).write(
                to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let full = try Load.text(TeamFixture.folder.appendingPathComponent("sales-rep.yaml"))
        try full.replacingOccurrences(of: "role: sales_team", with: "role: revops").write(
            to: folder.appendingPathComponent("revops.yaml"), atomically: true, encoding: .utf8)
        let named = runCLI(["brief", folder.path, "--date", "2026-12-02"])
        #expect(named.code == 0, "\(named.err)")
        let anonymous = runCLI(["brief", folder.path, "--anonymous", "--date", "2026-12-02"])
        #expect(anonymous.code == 0, "\(anonymous.err)")
        #expect(
            anonymous.out.contains("| Practitioners | 3 | — | — | — | — | — | (too few scored to show) |"),
            "\(anonymous.out)")
        let json = runCLI(["brief", folder.path, "--anonymous", "--format", "json", "--date", "2026-12-02"])
        #expect(json.code == 0)
        #expect(json.out.components(separatedBy: "\"scores\": null").count >= 3)
    }

    @Test func aTeamOfPractitionersOnlyIsRefused() throws {
        let file = Paths.fixtures.appendingPathComponent("Team/routed/sales-rep.yaml")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.yaml", "b.yaml"] {
            try FileManager.default.copyItem(at: file, to: folder.appendingPathComponent(name))
        }
        let result = runCLI(["brief", folder.path])
        #expect(result.code == 65)
        #expect(result.err.contains("every respondent answered about their own work only"))
    }
}
