import Foundation
import Testing

@testable import ParadigmKit

/// Large teams stay readable, and folders of many files load.
@Suite struct TeamScaleTests {
    @Test func tenThousandRespondentsGiveAReadableBrief() throws {
        let questionnaire = try Load.builtIn()
        let examples = try TeamFixture.exampleAnswers()
        var accumulator = TeamAccumulator(questionnaire: questionnaire)
        // Four people's answers over and over, each under a name of its own: copies count once.
        for index in 0..<10_000 {
            var answers = examples[index % examples.count]
            answers.respondent.name = "Person \(index)"
            accumulator.add(try Assessor.assess(answers, with: questionnaire))
        }
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
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("answers"), withIntermediateDirectories: true)
        let texts = try ["ceo", "cmo", "cro", "sales-rep"].map {
            try Load.text(TeamFixture.folder.appendingPathComponent("\($0).yaml"))
        }
        for index in 0..<1_500 {
            try TeamFixture.renamed(texts[index % 4], index).write(
                to: folder.appendingPathComponent("answers/r\(index).yaml"), atomically: false, encoding: .utf8)
        }
        let result = runCLI(["brief", "answers", "--date", "2026-01-15", "--anonymous"], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("1,500 respondents"))
    }

    /// Past one batch the files are read on a thread of their own while the team grows: every
    /// file still counts once, and a bad file in a later batch is still reported.
    @Test func aFolderOfSeveralBatchesLoadsAndReportsALateBadFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("answers")
        try FileManager.default.createDirectory(at: answers, withIntermediateDirectories: true)
        let texts = try ["ceo", "cmo", "cro", "sales-rep"].map {
            try Load.text(TeamFixture.folder.appendingPathComponent("\($0).yaml"))
        }
        let count = SurveyImporter.batchSize + 100
        for index in 0..<count {
            let name = String(format: "r%05d.yaml", index)
            try TeamFixture.renamed(texts[index % 4], index).write(
                to: answers.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        let good = runCLI(["brief", "answers", "--date", "2026-01-15", "--anonymous"], in: folder.path)
        #expect(good.code == 0, "\(good.err)")
        #expect(
            good.out.contains("\(count / 1000),\(String(format: "%03d", count % 1000)) respondents"),
            "every file counts once")
        let late = String(format: "r%05d.yaml", count - 50)
        try "questionnaire: paradigm-advisor\nanswers:\n  company_size: huge\n".write(
            to: answers.appendingPathComponent(late), atomically: false, encoding: .utf8)
        let bad = runCLI(["brief", "answers", "--date", "2026-01-15"], in: folder.path)
        #expect(bad.code == 65)
        #expect(bad.err.contains("\(late):3:17: error: `company_size` expects one of"), "\(bad.err)")
    }
}
