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
            let scorecard = try #require(Self.section(brief, "Scorecard and what it costs"), "\(file)")
            let rows = scorecard.split(separator: "\n").filter { $0.hasPrefix("| ") }.dropFirst()
            #expect(rows.count >= 4, "\(file): \(rows.count) indicators")
            for row in rows {
                #expect(!row.contains("| — |"), "\(file): an indicator without an owner: \(row)")
            }
            #expect(scorecard.contains("**What it costs.**") && scorecard.contains("hours a year"), "\(file)")
        }
    }
}
