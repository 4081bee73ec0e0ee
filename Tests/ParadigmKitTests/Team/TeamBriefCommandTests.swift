import Foundation
import Testing

@testable import ParadigmKit

/// `paradigm brief` with several inputs: exit codes, errors of all files together, outputs.
@Suite struct TeamBriefCommandTests {
    static let team = [
        "Examples/team/ceo.yaml", "Examples/team/cmo.yaml", "Examples/team/cro.yaml", "Examples/team/sales-rep.yaml",
    ]

    struct Case: Sendable, CustomTestStringConvertible {
        let id: String
        let arguments: [String]
        let code: Int32
        let message: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "files", arguments: ["brief"] + team, code: 0, message: "# Executive summary"),
        Case(id: "folder", arguments: ["brief", "Examples/team"], code: 0, message: "4 respondents"),
        Case(
            id: "slides", arguments: ["brief", "Examples/team", "--format", "slides"], code: 0,
            message: "## Recommendation: "),
        Case(
            id: "one file as slides", arguments: ["brief", "Examples/team/ceo.yaml", "--format=slides"], code: 0,
            message: "## Recommendation: "),
        Case(
            id: "missing file", arguments: ["brief", "Examples/team/ceo.yaml", "nowhere.yaml", "gone/"], code: 66,
            message: "cannot read 'nowhere.yaml': no such file or folder\nError: cannot read 'gone/'"),
        Case(
            id: "empty folder", arguments: ["brief", "Tests/ParadigmKitTests/Team"], code: 66,
            message: "holds no answers files"),
        Case(
            id: "json", arguments: ["brief", "Examples/team", "--format", "json"], code: 0,
            message: "\"schema\": \"paradigm-advisor/team/3\""),
        Case(id: "set", arguments: ["brief", "Examples/team", "--set", "abm=none"], code: 64, message: "'--set'"),
        Case(id: "stdin twice", arguments: ["brief", "-", "-"], code: 64, message: "only once"),
        Case(
            id: "bad date", arguments: ["brief", "Examples/team", "--date", "2026-02-30"], code: 64, message: "--date"),
        Case(
            id: "quotes when anonymous", arguments: ["brief", "Examples/team", "--quotes", "--anonymous"], code: 64,
            message: "'--quotes' shows what respondents wrote, which can identify them"),
        Case(
            id: "survey export", arguments: ["brief", "Examples/import/responses.csv"], code: 0,
            message: "8 respondents"),
        Case(
            id: "broken survey export",
            arguments: ["brief", "Tests/ParadigmKitTests/Fixtures/Import/broken-export.csv"], code: 65,
            message: "broken-export.csv:6:117: error: row 5 has 9 fields, but the header row has 8"),
        Case(
            id: "missing survey export", arguments: ["brief", "nowhere.csv"], code: 66,
            message: "cannot read 'nowhere.csv'"),
    ]

    @Test(arguments: cases)
    func exitCodes(_ example: Case) {
        let result = runCLI(example.arguments)
        #expect(result.code == example.code, "stderr: \(result.err)")
        let text = example.code == 0 ? result.out : result.err
        for part in example.message.components(separatedBy: "\nError: ") {
            #expect(text.contains(part), "expected \(part) in: \(text)")
        }
    }

    /// A survey export briefs exactly as its imported answers files do.
    @Test func aSurveyExportBriefsAsItsImportedAnswers() throws {
        let folder = try temporaryFolder()
        let answers = folder.appendingPathComponent("answers").path
        #expect(runCLI(["import", "Examples/import/responses.csv", "-o", answers]).code == 0)
        let fromFiles = runCLI(["brief", answers, "--date", "2026-01-15"])
        let fromExport = runCLI(["brief", "Examples/import/responses.csv", "--date", "2026-01-15"])
        #expect(fromFiles.code == 0 && fromExport.code == 0)
        #expect(fromExport.out == fromFiles.out)
        #expect(
            fromExport.err.contains(
                "note: Examples/import/responses.csv: Left out columns A (Timestamp) and B (Email Address)"))
    }

    @Test func aFileNamedTwiceCountsOnce() {
        let result = runCLI(["brief", "Examples/team", "Examples/team/./cro.yaml", "--date", "2026-01-15"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("4 respondents"))
        #expect(
            result.err.contains("Examples/team/./cro.yaml: warning: this file is named more than once"), "\(result.err)"
        )
    }

    /// Two names of one file count once however they reach it: a link inside a folder, a link
    /// to the folder, a path through `..`.
    @Test func aFileReachedThroughLinksCountsOnce() throws {
        let folder = try temporaryFolder()
        let team = folder.appendingPathComponent("team")
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
        for name in ["ceo.yaml", "cmo.yaml", "cro.yaml"] {
            try FileManager.default.copyItem(
                at: Paths.package.appendingPathComponent("Examples/team/\(name)"),
                to: team.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(
            atPath: team.appendingPathComponent("zz-ceo-again.yaml").path, withDestinationPath: "ceo.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("alias").path, withDestinationPath: "team")
        let result = runCLI(
            ["brief", "team", "alias/cmo.yaml", "team/../team/cro.yaml", "--date", "2026-01-15"], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("3 respondents"), "\(result.out)")
        for name in ["team/zz-ceo-again.yaml", "alias/cmo.yaml", "team/../team/cro.yaml"] {
            #expect(result.err.contains("\(name): warning: this file is named more than once"), "\(result.err)")
        }
    }

    @Test func anonymousJSONHoldsNoNames() throws {
        let result = runCLI(["brief", "Examples/team", "--format", "json", "--anonymous", "--date", "2026-01-15"])
        #expect(result.code == 0, "\(result.err)")
        let document = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        #expect(document?["respondent_count"] as? Int == 4)
        // An anonymous document lists nobody one by one, and shows no group of fewer than three.
        #expect((document?["respondents"] as? [[String: Any]])?.count == 0)
        #expect((document?["roles"] as? [[String: Any]])?.count == 0)
        #expect((document?["anonymity"] as? [String: Any])?["minimum_group"] as? Int == 3)
        for name in TeamFixture.names { #expect(!result.out.contains(name)) }
        #expect(!result.out.contains(".yaml"))
    }

    @Test func errorsOfEveryFileAreReportedTogether() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "questionnaire: paradigm-advisor\nanswers:\n  company_size: huge\n".write(
            to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "questionnaire: paradigm-advisor\nanswers:\n  abm: sometimes\n  deal_size: 5\n".write(
            to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        try Load.text(TeamFixture.folder.appendingPathComponent("ceo.yaml")).write(
            to: folder.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let result = runCLI(["brief", folder.path])
        #expect(result.code == 65)
        #expect(result.err.contains("a.yaml:3:17: error:"), "\(result.err)")
        #expect(result.err.contains("b.yaml:3:8: error:"), "\(result.err)")
        #expect(result.err.contains("b.yaml:4:3: error: unknown question `deal_size`"), "\(result.err)")
        #expect(result.out.isEmpty)
    }

    @Test func differentOrganisationsAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["ceo", "cro"] {
            var text = try Load.text(TeamFixture.folder.appendingPathComponent("\(name).yaml"))
            if name == "cro" {
                text = text.replacingOccurrences(
                    of: "organisation: Harbourline Payroll", with: "organisation: Kestrel Supply")
            }
            try text.write(to: folder.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
        }
        let result = runCLI(["brief", "."], in: folder.path)
        #expect(result.code == 65)
        #expect(result.err.contains("\"Kestrel Supply\" (./cro.yaml)"), "\(result.err)")
        #expect(result.err.contains("a team brief is for one organisation"))
    }

    @Test func chartsAreWrittenAndLinkedRelativeToTheBrief() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        let arguments =
            ["brief"] + Self.team.map { Paths.package.appendingPathComponent($0).path }
            + ["--charts", "charts", "-o", "out/team.md", "--date", "2026-01-15"]
        let result = runCLI(arguments, in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        let brief = try String(contentsOf: folder.appendingPathComponent("out/team.md"), encoding: .utf8)
        #expect(brief.contains("](../charts/scores-by-role.svg)"))
        #expect(brief.contains("](../charts/perception-gap.svg)"))
        for name in [TeamCharts.scoresByRoleName, TeamCharts.perceptionGapName] {
            let svg = try String(contentsOf: folder.appendingPathComponent("charts/\(name)"), encoding: .utf8)
            #expect(try TeamBriefRendererTests.parses(svg))
        }
        // Again without --force: the brief exists, so nothing is written and the exit is 73.
        let again = runCLI(arguments, in: folder.path)
        #expect(again.code == 73)
        #expect(again.err.contains("already exists"))
        #expect(runCLI(arguments + ["--force"], in: folder.path).code == 0)
    }

    @Test(arguments: [
        ("/a/b", "/a/b/c/x.svg", "c/x.svg"), ("/a/b", "/a/c/x.svg", "../c/x.svg"), ("/", "/x.svg", "x.svg"),
        ("/a/b", "/a/my charts/x.svg", "../my%20charts/x.svg"),
        ("/a", "/a/charts (v2)/x.svg", "charts%20%28v2%29/x.svg"),
    ])
    func relativePaths(_ from: String, _ to: String, _ expected: String) {
        #expect(TeamBriefCommand.relativePath(from: from, to: to) == expected)
    }

    @Test func chartFolderWhoseParentIsMissingIsExit73() {
        let result = runCLI(["brief", "Examples/team", "--charts", "no/such/folder"])
        #expect(result.code == 73)
        #expect(result.err.contains("cannot create the chart folder"))
    }

    /// Where a brief with charts cannot be completed, and what must be left: nothing new.
    enum PartialSet: String, CaseIterable, Sendable {
        /// The second chart's name is taken by a folder.
        case secondChartBlocked
        /// The brief goes to a full device of the test's own, after the charts.
        case briefOnAFullDevice
        /// The brief goes to a standard output that is full.
        case standardOutputFull
    }

    @Test(arguments: PartialSet.allCases)
    func theBriefAndItsChartsAppearTogetherOrNotAtAll(_ failure: PartialSet) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let charts = folder.appendingPathComponent("charts")
        var arguments = ["brief", Paths.package.appendingPathComponent("Examples/team").path, "--charts", "charts"]
        let capture = Capture()
        var io = capture.io(in: folder.path)
        var full: Int32 = -1
        switch failure {
        case .secondChartBlocked:
            try FileManager.default.createDirectory(
                at: charts.appendingPathComponent(TeamCharts.perceptionGapName), withIntermediateDirectories: true)
            arguments += ["-o", "team.md"]
        case .briefOnAFullDevice:
            guard geteuid() == 0 else { return }  // mknod needs root
            let device = folder.appendingPathComponent("full").path
            try #require(mknod(device, S_IFCHR | 0o666, FileAccessTests.device(1, 7)) == 0)
            arguments += ["-o", "full"]
        case .standardOutputFull:
            full = open("/dev/full", O_WRONLY | O_CLOEXEC)
            try #require(full >= 0)
            let writer = StreamWriter(descriptor: full, name: "standard output")
            io.out = writer.write
            io.writeFailure = { writer.failureMessage }
        }
        defer { if full >= 0 { close(full) } }
        let code = CLI.run(arguments, io: io)
        #expect([73, 74].contains(code), "\(capture.err)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("team.md").path))
        let left = (try? FileManager.default.contentsOfDirectory(atPath: charts.path)) ?? []
        #expect(left == (failure == .secondChartBlocked ? [TeamCharts.perceptionGapName] : []), "\(capture.err)")
        if failure != .secondChartBlocked {
            #expect(!FileManager.default.fileExists(atPath: charts.path), "the folder made for the charts is removed")
        }
    }
}
