import Foundation
import Testing

@testable import ParadigmKit

/// The brief of each example against a golden file in Snapshots/. Golden files change only on
/// purpose: run `PARADIGM_RECORD=1 swift test --filter BriefGoldenTests` and commit them alone.
@Suite struct BriefGoldenTests {
    static let examples = Paths.exampleAnswers.map(\.lastPathComponent)

    @Test(arguments: examples, BriefOptions.Detail.allCases)
    func matchesGoldenFile(_ example: String, _ detail: BriefOptions.Detail) throws {
        let brief = try Self.brief(for: Paths.examples.appendingPathComponent(example), detail: detail)
        let suffix = detail == .full ? "-full.md" : ".md"
        try Snapshot.check(brief, golden: example.replacingOccurrences(of: ".yaml", with: suffix))
    }

    /// An interview ended with `finish` once the recommendation settled: the brief gives the
    /// recommendation in full and leaves today's practice, the plan and the gates open.
    @Test func aBriefFinishedAtSettledMatchesItsGoldenFile() throws {
        let brief = try Self.brief(for: Paths.fixture("Brief/finished-at-settled.yaml"))
        try Snapshot.check(brief, golden: "finished-at-settled.md")
    }

    @Test func sameInputGivesSameBytes() throws {
        let example = try #require(Paths.exampleAnswers.first)
        #expect(try Self.brief(for: example) == (try Self.brief(for: example)))
    }

    static func brief(for url: URL, detail: BriefOptions.Detail = .concise) throws -> String {
        let questionnaire = try Load.builtIn()
        let source = SourceFile(name: "Examples/\(url.lastPathComponent)", text: try Load.text(url))
        do {
            let answers = try AnswersLoader.load(source, questionnaire: questionnaire).answers
            let assessment = try Assessor.assess(answers, with: questionnaire)
            var options = BriefOptions(date: "2026-01-15")
            options.detail = detail
            return BriefRenderer(analysis: BriefAnalysis(assessment), options: options).render()
        } catch {
            throw Failure(error.rendered)
        }
    }
}

/// Free text in answers cannot break the brief.
@Suite struct BriefEscapingTests {
    @Test func hostileOrganisationAndNotesStayInert() throws {
        let questionnaire = try Load.builtIn()
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: "x.yaml")
        answers.respondent = Respondent(name: "<b>Eve</b>", role: "ceo", organisation: "# Evil | Corp\n---\n<script>")
        let first = try #require(questionnaire.questions.first { $0.kind == .single })
        answers.set(Answer(questionID: first.id, value: .choice(first.options[0].id)))
        if let note = questionnaire.questions.first(where: { $0.kind == .text }) {
            answers.set(Answer(questionID: note.id, value: .text("## Not a heading\n| not | a table |\n<img src=x>")))
        }
        let brief = BriefRenderer(
            analysis: BriefAnalysis(try Assessor.assess(answers, with: questionnaire)),
            options: BriefOptions(date: "2026-01-15")
        ).render()
        let lines = brief.split(separator: "\n").map(String.init)
        #expect(!lines.contains { $0.hasPrefix("## Not") || $0.hasPrefix("# Evil") })
        // Every `<` from the answers is escaped, so no raw HTML tag survives.
        let unescaped = brief.replacingOccurrences(of: "\\<", with: "")
        #expect(!unescaped.contains("<script>"))
        #expect(!unescaped.contains("<img"))
        #expect(!unescaped.contains("<b>"))
        // Front matter still closes after its seven keys, each on one line, the organisation's
        // name inert in the two that hold it.
        #expect(lines.prefix(9).last == "---")
        #expect(lines[1..<8].allSatisfy { $0.range(of: "^[a-z]+: ", options: .regularExpression) != nil })
        #expect(lines.contains(##"author: "Prepared for \\# Evil \\| Corp --- \\<script\\>""##))
    }
}
