import Foundation
import Testing

@testable import ParadigmKit

/// The default brief is a pre-read a consultant would sign: it shows the recommended model's
/// indicators with their owners and what the model costs.
@Suite struct BriefPreReadTests {
    /// Every profile's default brief, rendered once.
    static let briefs: [(file: String, brief: String)] = ProfileTests.results.map { result in
        (
            result.profile.file,
            BriefRenderer(analysis: BriefAnalysis(result.assessment), options: BriefOptions(date: "2026-12-02"))
                .render()
        )
    }

    /// The text of one section, up to the next heading of the same level.
    static func section(_ brief: String, _ heading: String) -> String? {
        guard let start = brief.range(of: "\n## \(heading)") else { return nil }
        let rest = brief[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    @Test func everyDefaultBriefShowsItsIndicatorsAndWhatTheModelCosts() throws {
        #expect(Self.briefs.count >= 24)
        for (file, brief) in Self.briefs {
            let scorecard = try #require(Self.section(brief, "Appendix A: scorecard and what it costs"), "\(file)")
            let rows = scorecard.split(separator: "\n").filter { $0.hasPrefix("| ") }.dropFirst()
            #expect(rows.count >= 4, "\(file): \(rows.count) indicators")
            for row in rows {
                #expect(!row.contains("| — |"), "\(file): an indicator without an owner: \(row)")
            }
            #expect(scorecard.contains("**What it costs.**") && scorecard.contains("hours a year"), "\(file)")
        }
    }

    /// The whole default brief, appendices and sources included, reads as a pre-read.
    @Test func theWholeDefaultBriefFitsTwoAndAHalfThousandWords() {
        for (file, brief) in Self.briefs {
            let count = BriefLengthTests.words(BriefLengthTests.afterFrontMatter(brief))
            #expect(count <= 2_500, "\(file): \(count) words")
        }
    }

    /// Only the sources the body cites are listed, and each listed one is cited.
    @Test func everyListedSourceIsCited() throws {
        for (file, brief) in Self.briefs {
            let sources = try #require(Self.section(brief, "Sources"), "\(file)")
            let body = brief.components(separatedBy: "\n## Sources").first ?? brief
            let listed = sources.split(separator: "\n").filter { $0.first?.isNumber == true }.count
            #expect(listed >= 1 && listed <= 3, "\(file): \(listed) sources")
            for number in 1...max(listed, 1) {
                #expect(body.contains("(source \(number))"), "\(file): source \(number) is never cited")
            }
        }
    }

    /// A question's shape: its first three words once quotations and emphasis are taken out.
    static func pattern(_ question: String) -> String {
        var text = question
        for (open, close) in [("“", "”"), ("*", "*")] {
            while let start = text.range(of: open),
                let end = text.range(of: close, range: start.upperBound..<text.endIndex)
            {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        return text.lowercased().split(whereSeparator: { !$0.isLetter }).prefix(3).joined(separator: " ")
    }

    @Test(arguments: [
        ("Lead definition: will the CEO own closing this gap?", "lead definition will"),
        ("You told the facilitator: “We sell *direct*.” What changes?", "you told the"),
        ("*Prompt*: “x”?", ""),
    ])
    func aQuestionsPatternIgnoresQuotations(_ question: String, _ expected: String) {
        #expect(Self.pattern(question) == expected)
    }

    /// Offsite questions a facilitator would ask: no two alike, and no shape used more than twice.
    @Test func offsiteQuestionsVaryInShape() throws {
        for (file, brief) in Self.briefs {
            let section = try #require(Self.section(brief, "Questions for the leadership offsite"), "\(file)")
            let questions = section.split(separator: "\n").filter { $0.first?.isNumber == true }.map {
                String($0.drop { $0 != " " }.dropFirst())
            }
            #expect(Set(questions).count == questions.count, "\(file): a question is repeated")
            let shapes = Dictionary(grouping: questions.map(Self.pattern), by: { $0 })
            for (shape, uses) in shapes where uses.count > 2 {
                Issue.record("\(file): “\(shape) …” opens \(uses.count) questions")
            }
        }
    }

    /// The respondent's own words reach the offsite questions of a single respondent's brief.
    @Test func theRespondentsWordsAreQuoted() throws {
        let (file, brief) = try #require(Self.briefs.first { $0.file == "dealer-network-machinery.yaml" })
        let section = try #require(Self.section(brief, "Questions for the leadership offsite"), "\(file)")
        #expect(section.contains("“A few dealers sit on web enquiries for a week"))
    }
}
