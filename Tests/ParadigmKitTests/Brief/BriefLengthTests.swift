import Foundation
import Testing

@testable import ParadigmKit

/// The default brief reads in minutes: everything before the appendices is at most 1,500 words
/// on every example and profile, and its summary carries what a CEO needs on its own.
@Suite struct BriefLengthTests {
    static let limit = 1_500

    /// Words as a reader counts them: runs of text with a letter or a digit (table rules, bars
    /// and list markers are not words).
    static func words(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }

    /// The brief after its front matter.
    static func afterFrontMatter(_ brief: String) -> String {
        brief.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
    }

    /// The main body: after the front matter, before the first appendix.
    static func mainBody(_ brief: String) -> String {
        let text = afterFrontMatter(brief)
        return text.components(separatedBy: "\n## Appendix").first ?? text
    }

    @Test func everyDefaultBriefsMainBodyIsShort() throws {
        #expect(ProfileTests.results.count >= 24)
        for result in ProfileTests.results {
            let brief = BriefRenderer(
                analysis: BriefAnalysis(result.assessment), options: BriefOptions(date: "2026-12-02")
            ).render()
            let count = Self.words(Self.mainBody(brief))
            #expect(count <= Self.limit, "\(result.profile.file): the main body has \(count) words")
            let summary = brief.components(separatedBy: "\n## ").first ?? ""
            for part in [
                "**Confidence:**", "**Why:**", "**As-is → to-be:**",
                "this tool's interpretation of Forrester's four labels",
            ] {
                #expect(summary.contains(part), "\(result.profile.file): the summary lacks \(part)")
            }
        }
    }

    @Test func theFullBriefKeepsEveryCheck() throws {
        let result = try #require(ProfileTests.results.first)
        var options = BriefOptions(date: "2026-12-02")
        options.detail = .full
        let brief = BriefRenderer(analysis: BriefAnalysis(result.assessment), options: options).render()
        for heading in [
            "## How solid is this?", "## Appendix A: every answer", "## Appendix B: method",
            "## Who owns each buying stage",
        ] {
            #expect(brief.contains(heading), "the full brief lacks \(heading)")
        }
    }
}
