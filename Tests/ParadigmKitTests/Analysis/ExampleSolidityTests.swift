import Foundation
import Testing

@testable import ParadigmKit

/// Each example's brief names its pivotal answers (or the closest calls) and its robustness.
@Suite struct ExampleSolidityTests {
    @Test(arguments: Paths.exampleAnswers.map(\.lastPathComponent))
    func briefNamesPivotalAnswersAndRobustness(_ example: String) throws {
        let brief = try BriefGoldenTests.brief(for: Paths.examples.appendingPathComponent(example), detail: .full)
        let section = try #require(
            brief.components(separatedBy: "## How solid is this?").last?.components(separatedBy: "## Readiness gaps")
                .first)
        #expect(section.contains("### Answers that would change it"))
        #expect(
            section.contains("The most sensitive answer: if the answer to *")
                || section.contains("The answers that would narrow its lead the most"))
        #expect(section.contains("### Question importance"))
        #expect(section.contains("came out on top in"))
        #expect(section.contains("### Unsure answers"))
        #expect(brief.contains("## Appendix C: how solid is this, the method"))
    }
}
