import Foundation
import Testing

@testable import ParadigmKit

@Suite("Documentation examples")
struct DocumentationExamplesTests {
    /// The `yaml` code blocks of a file under `docs/`.
    static func yamlBlocks(in name: String, filePath: String = #filePath) throws -> [String] {
        let root = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/\(name)"), encoding: .utf8)
        return text.components(separatedBy: "```yaml\n").dropFirst().compactMap {
            $0.components(separatedBy: "```").first
        }
    }

    @Test("every YAML example in docs/answers-format.md parses, and reads back after writing")
    func answersFormatExamples() throws {
        let blocks = try Self.yamlBlocks(in: "answers-format.md")
        #expect(blocks.count >= 3)
        for block in blocks {
            switch DocumentTesting.values(block) {
            case .success(let tree?):
                #expect(DocumentTesting.values(DocumentWriter.render(tree.node)) == .success(tree))
            case .success(nil):
                Issue.record("empty example:\n\(block)")
            case .failure(let diagnostics):
                Issue.record("refused:\n\(diagnostics.rendered)")
            }
        }
    }
}
