import Foundation
import Testing
@testable import ParadigmKit

/// Large teams stay readable, and folders of many files load.
@Suite struct TeamScaleTests {
    @Test func tenThousandRespondentsGiveAReadableBrief() throws {
        let questionnaire = try Load.builtIn()
        let examples = try TeamFixture.exampleAnswers()
        var accumulator = TeamAccumulator(questionnaire: questionnaire)
        let assessed = try examples.map { try Assessor.assess($0, with: questionnaire) }
        for index in 0..<10_000 { accumulator.add(assessed[index % assessed.count]) }
        let team = accumulator.finish()
        #expect(team.members.count == 10_000)
        let brief = TeamBriefRenderer(team: team, options: TeamBriefOptions(date: "2026-01-15")).render()
        #expect(brief.contains("The first 40 of 10,000 respondents are listed"))
        #expect(brief.split(separator: "\n").count < 400, "the brief summarises rather than lists")
        #expect(brief.contains("| Sales team member | 2,500 |"))
        #expect(team.leaveOneOut().checked == 10_000)
    }

    @Test func aFolderOfManyFilesLoads() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("answers"), withIntermediateDirectories: true)
        let texts = try ["ceo", "cmo", "cro", "sales-rep"].map { try Load.text(TeamFixture.folder.appendingPathComponent("\($0).yaml")) }
        for index in 0..<1_500 {
            try texts[index % 4].write(to: folder.appendingPathComponent("answers/r\(index).yaml"), atomically: false, encoding: .utf8)
        }
        let result = runCLI(["brief", "answers", "--date", "2026-01-15", "--anonymous"], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("1,500 respondents"))
    }
}
