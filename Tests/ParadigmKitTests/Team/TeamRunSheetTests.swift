import Testing

@testable import ParadigmKit

/// The facilitator's run sheet: time-boxed items from the answers, each with a decision, who
/// decides without consensus and an output; in the team brief and as `--format runsheet`.
@Suite struct TeamRunSheetTests {
    @Test func itemsRunBackToBackAndEachSaysWhatToDecide() throws {
        let team = try TeamFixture.exampleTeam()
        let sheet = team.runSheet(in: team.grouping(anonymous: false))
        #expect(sheet.items.first?.start == 0)
        for (item, next) in zip(sheet.items, sheet.items.dropFirst()) {
            #expect(item.start + item.minutes == next.start)
        }
        for item in sheet.items where item.title != "Break" {
            #expect(!item.decision.isEmpty && !item.decides.isEmpty && !item.output.isEmpty, "\(item.title)")
        }
        let lead = try #require(sheet.items.first { $0.title == "Lead quality" })
        #expect(lead.output == "a signed lead definition, with the acceptance and return rules")
        #expect(sheet.items.filter { $0.why == "respondents answered this fact differently" }.count == 3)
        #expect(sheet.items.last?.title == "The recommendation: Assimilated")
        #expect(sheet.items.last?.output.contains("an owner for each first-90-days step and each segment") == true)
        #expect(sheet.minutes == 210)
    }

    @Test func theBriefAndItsOwnFormatCarryIt() {
        let brief = runCLI(["brief", "Examples/team", "--date", "2026-01-15"])
        #expect(brief.out.contains("\n## Facilitator's run sheet\n"))
        #expect(brief.out.contains("**0:15–1:00 · Lead quality** (45 min)"))
        let sheet = runCLI(["brief", "Examples/team", "--format", "runsheet", "--date", "2026-01-15"])
        #expect(sheet.code == 0, "\(sheet.err)")
        #expect(sheet.out.hasPrefix("---\ntitle: \"Facilitator's run sheet\"\n"))
        #expect(sheet.out.contains("\n# Facilitator's run sheet\n"))
        #expect(
            sheet.out.contains(
                "- Decides without consensus: the CEO or founder, after hearing the marketing and sales leaders."))
        #expect(!sheet.out.contains("## Executive summary"))
    }

    /// A single answers file with `--format runsheet` is a team of one, like slides.
    @Test func oneFileGivesARunSheetToo() {
        let sheet = runCLI(["brief", "Examples/team/ceo.yaml", "--format", "runsheet", "--date", "2026-01-15"])
        #expect(sheet.code == 0, "\(sheet.err)")
        #expect(sheet.out.contains("# Facilitator's run sheet"))
    }

    @Test func clock() {
        #expect(TeamBriefRenderer.clock(0) == "0:00")
        #expect(TeamBriefRenderer.clock(105) == "1:45")
    }
}
