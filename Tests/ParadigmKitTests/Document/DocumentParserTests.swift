import Foundation
import Testing

@testable import ParadigmKit

@Suite("Document parser: what it accepts and refuses")
struct DocumentParserTests {
    @Test("accepts", arguments: DocumentAcceptanceCases.all)
    func accepts(_ example: AcceptanceCase) {
        switch DocumentTesting.values(example.text) {
        case .success(let tree):
            #expect(tree == example.expected)
        case .failure(let diagnostics):
            Issue.record("refused:\n\(diagnostics.rendered)")
        }
    }

    @Test("refuses", arguments: DocumentRefusalCases.all)
    func refuses(_ example: RefusalCase) throws {
        let diagnostics = DocumentTesting.diagnostics(example.text)
        let first = try #require(diagnostics.items.first, "accepted: \(example.text.debugDescription)")
        #expect(DocumentTesting.headline(first) == example.headline)
        #expect(first.help == example.help)
        #expect(first.severity == .error)
        let rendered = first.rendered
        #expect(rendered.contains(" | "), "the source line is shown")
        #expect(rendered.contains("^"), "a caret points at the column")
    }

    @Test("every accepted case is also accepted when decoded from bytes")
    func decodedAcceptanceCases() throws {
        for example in DocumentAcceptanceCases.all {
            let source = try DocumentParser.decode(Data(example.text.utf8), name: DocumentTesting.fileName)
            let document = try DocumentParser.parse(source)
            #expect(document.root.map(PlainTree.init) == example.expected, "\(example.name)")
        }
    }
}
