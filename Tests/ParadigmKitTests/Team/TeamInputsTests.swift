import Foundation
import Testing

@testable import ParadigmKit

/// What a team folder holds and what the answers call the organisation: a link that leads
/// nowhere is skipped with a warning, and the brief says which spellings it merged.
@Suite struct TeamInputsTests {
    /// (link name, where it points): dangling, and looping back on itself.
    @Test(arguments: [("dangling.yaml", "nowhere.yaml"), ("loop.yaml", "loop.yaml"), ("a.yaml", "b.yaml")])
    func aLinkThatLeadsNowhereIsSkipped(_ name: String, _ target: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["ceo.yaml", "cmo.yaml", "cro.yaml"] {
            try FileManager.default.copyItem(
                at: Paths.package.appendingPathComponent("Examples/team/\(file)"),
                to: folder.appendingPathComponent(file))
        }
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
        if name == "a.yaml" {  // a loop of two links
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("b.yaml").path, withDestinationPath: "a.yaml")
        }
        let result = runCLI(["brief", ".", "--date", "2026-01-15"], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("3 respondents at"))
        #expect(
            result.err.contains(
                "./\(name): warning: skipped: it is a link that leads to no file (dangling, or looping back on itself)"),
            "\(result.err)")
    }

    @Test func theBriefSaysWhichSpellingsItMerged() {
        let result = runCLI(["brief", "Tests/ParadigmKitTests/Fixtures/Team/spellings", "--date", "2026-01-15"])
        #expect(result.code == 0, "\(result.err)")
        #expect(
            result.out.contains(
                "- **Organisation:** the answers spell the organisation 3 ways, taken as one since they differ only in "
                    + "case, punctuation, spaces or a legal suffix: \"Tidewater Analytics\", \"TIDEWATER ANALYTICS, "
                    + "LLC\" and \"Tidewater Analytics Inc.\"; this brief says \"Tidewater Analytics\"."))
        #expect(result.err.contains("warning: the answers spell one organisation 3 ways"))
    }

    @Test func theBriefSaysWhatOrganisationReplaced() {
        let result = runCLI([
            "brief", "Tests/ParadigmKitTests/Fixtures/Team/spellings", "--organisation", "Tidewater", "--date",
            "2026-01-15",
        ])
        #expect(result.code == 0, "\(result.err)")
        #expect(
            result.out.contains(
                "this brief is for \"Tidewater\" (`--organisation`); every respondent's answers count as its, where the "
                    + "answers say \"Tidewater Analytics\", \"TIDEWATER ANALYTICS, LLC\" and \"Tidewater Analytics Inc.\"."
            ))
    }

    /// One spelling gives no line.
    @Test func oneSpellingSaysNothing() {
        let result = runCLI(["brief", "Tests/ParadigmKitTests/Fixtures/Team/offsite", "--date", "2026-01-15"])
        #expect(result.code == 0, "\(result.err)")
        #expect(!result.out.contains("**Organisation:**"))
    }
}
