import Foundation
import Testing

@testable import ParadigmKit

/// Every output format besides the Markdown briefs, as a user gets it from the command line,
/// against golden files in Snapshots/<format>/: JSON, compare, slides, SVG charts, the lint
/// outline and the HTML page. Re-record on purpose with
/// `PARADIGM_RECORD=1 swift test --filter OutputGoldenTests` and commit the files alone.
@Suite struct OutputGoldenTests {
    static let date = ["--date", "2026-01-15"]
    static let example = "Examples/assimilated-subscription.yaml"
    static let years = ["Examples/compare/meridian-2025.yaml", "Examples/compare/meridian-2026.yaml"]

    struct Output: CustomTestStringConvertible, Sendable {
        let golden: String
        let arguments: [String]
        var testDescription: String { golden }
    }

    static let outputs: [Output] = [
        Output(golden: "json/assimilated-subscription.json", arguments: ["brief", example, "--format", "json"] + date),
        Output(golden: "json/team-harbourline.json", arguments: ["brief", "Examples/team", "--format", "json"] + date),
        Output(golden: "compare/meridian.md", arguments: ["compare"] + years + date),
        Output(golden: "compare/meridian.json", arguments: ["compare"] + years + ["--format", "json"] + date),
        Output(
            golden: "slides/team-harbourline.md", arguments: ["brief", "Examples/team", "--format", "slides"] + date),
        Output(golden: "outline/paradigm-advisor.txt", arguments: ["lint", "--outline"]),
        Output(golden: "html/assimilated-subscription.html", arguments: ["brief", example, "--format", "html"] + date),
    ]

    @Test(arguments: outputs)
    func matchesGoldenFile(_ output: Output) throws {
        let run = runCLI(output.arguments)
        #expect(run.code == 0, "\(run.err)")
        try Snapshot.check(run.out, golden: output.golden)
    }

    /// The SVG charts `--charts` writes, for one brief and for the team.
    @Test(arguments: [("single", example), ("team", "Examples/team")])
    func chartsMatchGoldenFiles(_ kind: String, _ input: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let charts = folder.appendingPathComponent("charts").path
        let run = runCLI(
            ["brief", input, "--charts", charts, "-o", folder.appendingPathComponent("brief.md").path] + Self.date)
        #expect(run.code == 0, "\(run.err)")
        let names = try FileManager.default.contentsOfDirectory(atPath: charts).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let svg = try String(contentsOfFile: (charts as NSString).appendingPathComponent(name), encoding: .utf8)
            try Snapshot.check(svg, golden: "svg/\(kind)-\(name)")
        }
    }
}
