import Foundation
import Testing

@testable import ParadigmKit

/// `brief --set`, `brief --format json` and `compare` from the command line.
@Suite struct AnalysisCLITests {
    static let example = "Examples/siloed-industrial-distributor.yaml"
    static let before = "Examples/compare/meridian-2025.yaml"
    static let after = "Examples/compare/meridian-2026.yaml"

    @Test func setOverridesAndListsTheOriginal() {
        let result = runCLI([
            "brief", Self.example, "--date", "2026-01-15", "--set", "primary_motion=product_led", "--set",
            "first_year_deal_value=2k",
        ])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("# What-if: answers changed for this brief"))
        #expect(
            result.out.contains(
                "| `primary_motion` | Which way of selling brings in most of your new revenue? | Channel; partners, "
                    + "dealers or resellers sell for us | Self-serve or product-led"
            ))
        #expect(result.out.contains("| `first_year_deal_value` |"))
    }

    @Test func setOfTheSameAnswerChangesOnlyTheNotice() {
        let plain = runCLI(["brief", Self.example, "--date", "2026-01-15"])
        let same = runCLI(["brief", Self.example, "--date", "2026-01-15", "--set", "primary_motion=channel"])
        #expect(same.code == 0)
        let notice = same.out.components(separatedBy: "# Executive summary").last
        #expect(notice == plain.out.components(separatedBy: "# Executive summary").last)
    }

    @Test(arguments: [
        (["--set", "primary_motion"], "write QUESTION=ANSWER"),
        (
            ["--set", "primary_moton=field"],
            "Unknown question 'primary_moton' in '--set primary_moton=field'. Did you mean 'primary_motion'?"
        ),
        (["--set", "primary_motion=fild"], "Did you mean `field`?"),
        (["--set", "primary_motion=field", "--set", "primary_motion=inside"], "more than once"),
        (["--set", "pql_use=drives_sales"], "only applies when `has_trial` is yes"),
        (["--set", "primary_motion=unsure"], "does not accept `unsure`"),
    ])
    func setRefusals(_ extra: [String], _ message: String) {
        let result = runCLI(["brief", Self.example] + extra)
        #expect(result.code == 64)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(result.out.isEmpty)
    }

    @Test(arguments: ["first_year_deal_value", "primary_motion", "primary_moton"])
    func aLongSetValueIsEchoedOnceAndShortened(_ question: String) {
        let value = String(repeating: "x", count: 300)
        let result = runCLI(["brief", Self.example, "--set", "\(question)=\(value)"])
        #expect(result.code == 64)
        let shown = String(repeating: "x", count: 40) + "… (300 characters)"
        #expect(result.err.components(separatedBy: shown).count == 2, "once: \(result.err)")
        #expect(!result.err.contains(String(repeating: "x", count: 41)))
    }

    @Test func setEmptyClearsAnAnswer() {
        let result = runCLI(["brief", Self.example, "--date", "2026-01-15", "--set", "abm=", "--format", "json"])
        #expect(result.code == 0)
        #expect(result.out.contains("\"question\": \"abm\""))
        #expect(result.out.contains("\"value\": null"))
    }

    @Test func briefJSONIsVersionedAndDeterministic() throws {
        let first = runCLI(["brief", Self.example, "--date", "2026-01-15", "--format", "json"])
        let second = runCLI(["brief", Self.example, "--date", "2026-01-15", "--format", "json"])
        #expect(first.code == 0)
        #expect(first.out == second.out)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.out.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "paradigm-advisor/brief/3")
        let recommendation = try #require(object["recommendation"] as? [String: Any])
        #expect(recommendation["paradigm"] as? String == "siloed")
        for key in ["scores", "contributions", "gates", "sensitivity", "answers", "overrides"] {
            #expect(object[key] != nil, "\(key)")
        }
        let sensitivity = try #require(object["sensitivity"] as? [String: Any])
        #expect(Set(sensitivity.keys) == ["pivotal_answers", "weight_robustness", "unsure"])
    }

    @Test func compareExplainsTheChange() {
        let result = runCLI(["compare", Self.before, Self.after, "--date", "2026-01-20"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("# What changed"))
        #expect(
            result.out.contains(
                "Today's practice moved too: from subservient (marketing in service of sales) to assimilated."))
        #expect(result.out.contains("## The changed answers that moved the scores most"))
        #expect(result.out.contains("| `cro_in_place` |"))
    }

    @Test func compareJSONAndFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("compare.json").path
        let args = ["compare", Self.before, Self.after, "--date", "2026-01-20", "--format", "json", "-o", output]
        #expect(runCLI(args).code == 0)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("\"schema\": \"paradigm-advisor/compare/2\""))
        #expect(runCLI(args).code == 73)  // exists, no --force
        #expect(runCLI(args + ["--force"]).code == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == written)
    }

    @Test(arguments: [
        (["compare", "Examples/compare/meridian-2025.yaml"], Int32(64)),
        (["compare", "Examples/compare/meridian-2025.yaml", "missing.yaml"], Int32(66)),
        (
            [
                "compare", "Examples/compare/meridian-2025.yaml", "Examples/compare/meridian-2026.yaml", "--format",
                "slides",
            ], Int32(64)
        ),
    ])
    func compareRefusals(_ arguments: [String], _ code: Int32) {
        #expect(runCLI(arguments).code == code)
    }
}

/// The JSON documentation lists every key the JSON output writes.
@Suite struct JSONDocumentationTests {
    static func keys(_ value: Any, into keys: inout Set<String>) {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                keys.insert(key)
                Self.keys(child, into: &keys)
            }
        } else if let array = value as? [Any] {
            for child in array { Self.keys(child, into: &keys) }
        }
    }

    @Test(arguments: [
        ["brief", "Examples/compare/meridian-2025.yaml", "--format", "json", "--set", "abm=pilot"],
        ["compare", "Examples/compare/meridian-2025.yaml", "Examples/compare/meridian-2026.yaml", "--format", "json"],
    ])
    func everyKeyIsDocumented(_ arguments: [String]) throws {
        let result = runCLI(arguments)
        #expect(result.code == 0)
        let document = try JSONSerialization.jsonObject(with: Data(result.out.utf8))
        var keys: Set<String> = []
        Self.keys(document, into: &keys)
        let ids = Set(Stance.allCases.map(\.rawValue) + Paradigm.allCases.map(\.rawValue))
        let docs = try Load.text(Paths.package.appendingPathComponent("docs/json-format.md"))
        // A key is documented when it appears as a path segment in backticks: `key`, `a.key`,
        // `key[]`, `….key,` and so on.
        for key in keys.subtracting(ids).sorted() {
            let documented = ["`", "."].contains { before in
                ["`", "[", ".", ","].contains { after in docs.contains(before + key + after) }
            }
            #expect(documented, "`\(key)` is not documented in docs/json-format.md")
        }
    }
}

@Suite struct CompareChangeTests {
    /// Two different archetypes: the recommendation changes, the report names the answers
    /// that moved the new one past the old, and warns that the organisations differ.
    @Test func recommendationChangeIsExplained() {
        let result = runCLI([
            "compare", "Examples/siloed-industrial-distributor.yaml", "Examples/subservient-product-led.yaml", "--date",
            "2026-01-20",
        ])
        #expect(result.code == 0)
        #expect(
            result.out.contains(
                "The recommendation changed from **siloed** to **subservient (sales in service of a product-led "
                    + "engine)**"
            ))
        #expect(
            result.out.contains(
                "The answers that did most to move subservient (sales in service of a product-led engine) past siloed:")
        )
        #expect(result.err.contains("warning: the two files describe different organisations"))
    }
}
