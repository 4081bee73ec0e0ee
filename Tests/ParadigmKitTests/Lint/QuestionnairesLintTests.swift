import Foundation
import Testing

@testable import ParadigmKit

/// Every questionnaire and paradigm-text file in Questionnaires/ lints without errors, so a
/// broken questionnaire cannot land; the built-in one lints with no findings at all.
@Suite struct QuestionnairesLintTests {
    static var files: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: Paths.questionnaires, includingPropertiesForKeys: nil))
            ?? [])
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func thereAreFilesToLint() {
        #expect(Self.files.map(\.lastPathComponent).contains("paradigm-advisor.yaml"))
    }

    @Test(arguments: files)
    func lintsWithoutErrors(_ url: URL) throws {
        let source = SourceFile(name: "Questionnaires/\(url.lastPathComponent)", text: try Load.text(url))
        let report = QuestionnaireLinter.lint(source) { path in
            let textsURL = Paths.questionnaires.appendingPathComponent(path)
            guard let text = try? String(contentsOf: textsURL, encoding: .utf8) else {
                return .unreadable("no such file")
            }
            return .found(SourceFile(name: "Questionnaires/\(path)", text: text))
        }
        #expect(!report.hasErrors, "\(report.diagnostics.rendered)")
        if report.subject == .questionnaire { #expect(report.questionnaire != nil) }
    }

    @Test func theBuiltInQuestionnaireLintsClean() {
        let result = runCLI(["lint"])
        #expect(result.code == 0)
        #expect(result.err.isEmpty, "\(result.err)")
        #expect(result.out.hasPrefix("Questionnaires/paradigm-advisor.yaml: no problems found ("))
        #expect(result.out.hasSuffix("every paradigm and both subservient directions can be the recommendation).\n"))
    }
}
