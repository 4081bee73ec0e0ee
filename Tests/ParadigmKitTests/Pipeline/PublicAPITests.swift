import Foundation
import ParadigmKit
import Testing

/// What docs/library.md shows, done with the public API only: this file imports ParadigmKit
/// without `@testable`, and ``PublicAPIScanTests`` checks that every ParadigmKit name it uses is
/// declared `public` (a test in this package would also see `package` declarations).
@Suite struct PublicAPITests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func oneRespondentsBriefInEveryFormatTheLibraryRenders() throws {
        let maker = BriefMaker(questionnaire: try Questionnaire.builtIn())
        let source = SourceFile(name: "answers.yaml", text: try Self.text("siloed-industrial-distributor.yaml"))
        for format in BriefFormat.allCases where !format.isTeamOutput {
            let made = try maker.brief(source, BriefRequest(format: format, options: BriefOptions(date: "2026-03-31")))
            switch made.output {
            case .text(let text): #expect(!text.isEmpty && format.pandoc == nil)
            case .pandoc(let markdown, let document): #expect(markdown.hasPrefix("---") && document == format.pandoc)
            }
        }
    }

    @Test func aWhatIfThatDoesNotApplyIsARequestError() throws {
        let maker = BriefMaker(questionnaire: try Questionnaire.builtIn())
        let source = SourceFile(name: "answers.yaml", text: try Self.text("siloed-industrial-distributor.yaml"))
        var request = BriefRequest(options: BriefOptions(date: "2026-03-31"))
        request.overrides = ["no_such_question=yes"]
        #expect {
            try maker.brief(source, request)
        } throws: { error in
            guard case BriefError.request(let message) = error else { return false }
            return message.contains("no_such_question")
        }
    }

    @Test func aTeamBriefFromTextsInMemory() throws {
        let names = ["ceo.yaml", "cmo.yaml", "cro.yaml"]
        var files: [String: String] = [:]
        for name in names { files[name] = try Self.text("team/\(name)") }
        let brief = try BriefMaker(questionnaire: try Questionnaire.builtIn()).teamBrief(
            names, reader: .inMemory(files),
            TeamBriefRequest(format: .slides, options: TeamBriefOptions(date: "2026-03-31")))
        guard case .text(let slides) = brief.output else {
            Issue.record("slides are text")
            return
        }
        #expect(slides.contains("---"))
    }

    @Test func assessAnalyseAndRenderALevelDown() throws {
        let questionnaire = try Questionnaire.builtIn()
        let source = SourceFile(name: "answers.yaml", text: try Self.text("siloed-industrial-distributor.yaml"))
        let loaded = try AnswersLoader.load(source, questionnaire: questionnaire)
        let assessment = try Assessor.assess(loaded.answers, with: questionnaire)
        #expect((0...100).contains(assessment.fit.score(assessment.recommendation)))
        let markdown = BriefRenderer(analysis: BriefAnalysis(assessment), options: BriefOptions(date: "2026-03-31"))
            .render()
        #expect(markdown.contains("2026-03-31"))
    }
}
