import Foundation
import Testing

@testable import ParadigmKit

/// One organisation spelt several ways is one team, with a warning naming the spellings;
/// `--organisation NAME` chooses the name; different organisations are still refused.
@Suite struct OrganisationNameTests {
    @Test(arguments: [
        ("ACME Analytics", "Acme Analytics Inc."), ("Acme Analytics", "acme analytics"),
        ("Acme Analytics", "Acme-Analytics"), ("Acme Analytics", "AcmeAnalytics"),
        ("Acme Analytics", "  Acme   Analytics. "), ("Acme Analytics Ltd", "Acme Analytics Limited"),
        ("Müller GmbH", "MÜLLER"), ("Acme, LLC", "Acme"), ("Acme L.L.C.", "acme"), ("Acme plc", "ACME PLC."),
        ("Northwind Pty Ltd", "Northwind"), ("AT&T Inc.", "AT T"), ("Harbourline Payroll", "harbourline payroll."),
    ])
    func spellingsOfOneOrganisationShareAKey(_ one: String, _ other: String) {
        #expect(OrganisationName.key(one) == OrganisationName.key(other), "\(one) / \(other)")
    }

    @Test(arguments: [
        ("Acme Analytics", "Acme Analysis"), ("Acme", "Apex"), ("Acme Analytics", "Acme"),
        ("Acme Labs Inc.", "Acme Inc."), ("Inc.", "Ltd"), ("Kestrel Supply", "Harbourline Payroll"),
        ("Acme 2", "Acme 3"),
    ])
    func differentOrganisationsDoNot(_ one: String, _ other: String) {
        #expect(OrganisationName.key(one) != OrganisationName.key(other), "\(one) / \(other)")
    }

    struct TeamCase: Sendable, CustomTestStringConvertible {
        let name: String
        /// The organisation in each of three answers files (ceo, cmo, cro).
        let organisations: [String]
        let named: String?
        let code: Int32
        /// What standard error must say (empty: nothing).
        let err: String
        /// The organisation the brief names.
        let shown: String?
        var testDescription: String { name }
    }

    static let teamCases = [
        TeamCase(
            name: "one spelling", organisations: ["Acme", "Acme", "Acme"], named: nil, code: 0, err: "",
            shown: "Acme"),
        TeamCase(
            name: "three spellings", organisations: ["ACME Analytics", "Acme Analytics Inc.", "acme analytics"],
            named: nil, code: 0,
            err: "warning: the answers spell one organisation 3 ways, taken as one: "
                + "\"ACME Analytics\" (ceo.yaml), \"Acme Analytics Inc.\" (cmo.yaml), "
                + "\"acme analytics\" (cro.yaml); the brief says \"ACME Analytics\"",
            shown: "ACME Analytics"),
        TeamCase(
            name: "spellings, named", organisations: ["ACME Analytics", "Acme Analytics Inc.", "ACME Analytics"],
            named: "Acme Analytics Inc.", code: 0,
            err: "warning: the brief names the organisation \"Acme Analytics Inc.\" (--organisation) "
                + "where the answers say \"ACME Analytics\" (ceo.yaml, cro.yaml)", shown: "Acme Analytics Inc."),
        TeamCase(
            name: "different organisations",
            organisations: ["ACME Analytics", "Kestrel Supply", "Acme Analytics Ltd"], named: nil, code: 65,
            err: "error: these answers describe the organisation \"Kestrel Supply\" (cmo.yaml)", shown: nil),
        TeamCase(
            name: "different organisations, named",
            organisations: ["ACME Analytics", "Kestrel Supply", "ACME Analytics"], named: "ACME Analytics",
            code: 0,
            err: "where the answers say \"Kestrel Supply\" (cmo.yaml)", shown: "ACME Analytics"),
        TeamCase(
            name: "named as given", organisations: ["Acme", "Acme", "Acme"], named: "Acme", code: 0, err: "",
            shown: "Acme"),
    ]

    @Test(arguments: teamCases)
    func aTeamBriefTakesSpellingsOfOneOrganisationAsOne(_ test: TeamCase) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (file, organisation) in zip(["ceo", "cmo", "cro"], test.organisations) {
            let text = try Load.text(TeamFixture.folder.appendingPathComponent("\(file).yaml"))
                .replacingOccurrences(of: "organisation: Harbourline Payroll", with: "organisation: \(organisation)")
            try text.write(to: folder.appendingPathComponent("\(file).yaml"), atomically: true, encoding: .utf8)
        }
        let result = runCLI(
            ["brief", "ceo.yaml", "cmo.yaml", "cro.yaml", "--date", "2026-01-15"]
                + (test.named.map { ["--organisation", $0] } ?? []), in: folder.path)
        #expect(result.code == test.code, "\(result.err)")
        if test.err.isEmpty {
            #expect(result.err.isEmpty, "\(result.err)")
        } else {
            #expect(result.err.contains(test.err), "\(result.err)")
        }
        if let shown = test.shown {
            let line = "organisation: \(Markdown.frontMatterValue(shown))\n"
            #expect(result.out.contains(line), "\(result.out.prefix(400))")
        }
    }

    @Test func aSingleBriefNamesTheOrganisationGiven() throws {
        let example = Paths.examples.appendingPathComponent("subservient-product-led.yaml").path
        let result = runCLI(["brief", example, "--organisation", "Loopline Inc.", "--date", "2026-01-15"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("Loopline Inc."))
        #expect(!result.out.contains("Loopline Automation"))
    }
}
