import Foundation
import Testing

@testable import ParadigmKit

/// The example output in docs/lint.md is what lint prints for the fixtures it was taken from.
@Suite struct LintDocumentationTests {
    @Test(arguments: ["when-typo.yaml", "unreachable.yaml"])
    func theExampleIsCurrent(_ fixture: String) throws {
        let docs = try Load.text(Paths.package.appendingPathComponent("docs/lint.md"))
        let text = try Load.text(Paths.fixture("Lint/\(fixture)"))
        let report = QuestionnaireLinter.lint(SourceFile(name: "my-questionnaire.yaml", text: text)) { _ in
            .unreadable("none")
        }
        #expect(!report.diagnostics.items.isEmpty)
        for diagnostic in report.diagnostics.items {
            #expect(docs.contains(diagnostic.rendered), "docs/lint.md lacks:\n\(diagnostic.rendered)")
        }
    }
}
