import Foundation
import Testing

@testable import ParadigmKit

/// The shortcut for simple lines (`TreeBuilder+SimpleLines.swift`): which lines it takes, and
/// that taking them never changes a document or its errors.
@Suite("Document parser: the shortcut for simple lines")
struct SimpleLinesTests {
    /// A line, and whether the shortcut takes it (as a mapping entry, or as a list item's text).
    struct LineCase: CustomTestStringConvertible, Sendable {
        var line: String
        var simple: Bool
        var testDescription: String { "\(simple ? "simple" : "general"): \(line.debugDescription)" }
    }

    static let entryCases: [LineCase] = [
        LineCase(line: "company_size: 200_to_999", simple: true),
        LineCase(line: "name: Respondent 1", simple: true),
        LineCase(line: "first-year: 36k   ", simple: true),
        LineCase(line: "key: value # a comment", simple: true),
        LineCase(line: "key: a#b", simple: true),
        LineCase(line: "key: a:b", simple: true),
        LineCase(line: "key: 12,000 (about)", simple: true),
        LineCase(line: "answers:", simple: true),
        LineCase(line: "answers:   ", simple: true),
        LineCase(line: "answers: # below", simple: true),
        LineCase(line: "key: a: b", simple: false),
        LineCase(line: "key: a:", simple: false),
        LineCase(line: "key: 'quoted'", simple: false),
        LineCase(line: "key: \"quoted\"", simple: false),
        LineCase(line: "key: |", simple: false),
        LineCase(line: "key: -5", simple: false),
        LineCase(line: "key: - item", simple: false),
        LineCase(line: "key: [a, b]", simple: false),
        LineCase(line: "key: &anchor", simple: false),
        LineCase(line: "key: Zoë", simple: false),
        LineCase(line: "key: tab\tinside", simple: false),
        LineCase(line: "key:\tvalue", simple: false),
        LineCase(line: "key:value", simple: false),
        LineCase(line: "-key: value", simple: false),
        LineCase(line: "a key: value", simple: false),
        LineCase(line: "clé: value", simple: false),
        LineCase(line: "\"key\": value", simple: false),
        LineCase(line: "key : value", simple: false),
        LineCase(line: "- item", simple: false),
        LineCase(line: "just text", simple: false),
    ]

    @Test("which lines are simple mapping entries", arguments: entryCases)
    func entry(_ example: LineCase) {
        let builder = TreeBuilder(source: SourceFile(name: "t.yaml", text: example.line))
        #expect((builder.simpleEntry(line: 0, column: 0) != nil) == example.simple)
        Self.expectSameBothWays(example.line, origin: example.line)
    }

    static let itemCases: [LineCase] = [
        LineCase(line: "- search_content", simple: true),
        LineCase(line: "-   spaced out  ", simple: true),
        LineCase(line: "- a # note", simple: true),
        LineCase(line: "- key: value", simple: false),
        LineCase(line: "- - nested", simple: false),
        LineCase(line: "- 'quoted'", simple: false),
        LineCase(line: "- # only a comment", simple: false),
        LineCase(line: "-", simple: false),
        LineCase(line: "-x", simple: false),
        LineCase(line: "- café", simple: false),
        LineCase(line: "- \ta", simple: false),
        LineCase(line: "-  \ta", simple: false),
    ]

    @Test("which list items are simple text", arguments: itemCases)
    func item(_ example: LineCase) {
        let builder = TreeBuilder(source: SourceFile(name: "t.yaml", text: example.line))
        let simple = builder.simpleItemStart(line: 0, column: 0).flatMap {
            builder.simpleScalar(line: 0, column: $0, parent: 0)
        }
        #expect((simple != nil) == example.simple)
        Self.expectSameBothWays(example.line, origin: example.line)
    }

    @Test("text that a deeper line continues is left to the general reader")
    func continuation() {
        let text = "key: first\n\n  second\nother: x\n"
        let builder = TreeBuilder(source: SourceFile(name: "t.yaml", text: text))
        #expect(builder.simpleEntry(line: 0, column: 0) == nil)
        #expect(builder.simpleEntry(line: 3, column: 0) != nil)
        #expect(builder.simpleScalar(line: 0, column: 5, parent: 0) == nil)
        #expect(
            builder.simpleScalar(line: 0, column: 5, parent: 2) != nil,
            "a line at the parent's depth does not continue it")
        Self.expectSameBothWays(text, origin: "continuation")
    }

    @Test("every document of the differential corpus and its mutants parses the same both ways")
    func corpus() {
        var corpus = DifferentialCorpus(seed: 77)
        let originals =
            corpus.generated(count: 300) + DifferentialCorpus.snippets + DifferentialCorpus.packageFiles()
            + Self.fixtureFiles()
        for entry in originals + corpus.mutants(of: originals, perDocument: 6) {
            Self.expectSameBothWays(entry.text, origin: entry.origin)
        }
    }

    /// The document, or the errors, from both ways of reading `text`, as text and as bytes.
    static func expectSameBothWays(_ text: String, origin: String) {
        let fast = Result { () throws(Diagnostics) in
            try DocumentParser.parse(SourceFile(name: "t.yaml", text: text), shortcuts: true).root
        }
        let general = Result { () throws(Diagnostics) in
            try DocumentParser.parse(SourceFile(name: "t.yaml", text: text), shortcuts: false).root
        }
        #expect(fast == general, "\(origin):\n\(text)")
        if let source = try? DocumentParser.decode(Data(text.utf8), name: "t.yaml") {
            let decoded = Result { () throws(Diagnostics) in try DocumentParser.parse(source, shortcuts: true).root }
            #expect(decoded == general, "\(origin), decoded from bytes:\n\(text)")
        }
    }

    /// Every `.yaml` fixture of the tests, answers files and questionnaires, good and bad.
    static func fixtureFiles(filePath: String = #filePath) -> [DifferentialCorpus.Entry] {
        let fixtures = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // Document
            .deletingLastPathComponent()  // ParadigmKitTests
            .appendingPathComponent("Fixtures")
        guard let walker = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil) else {
            return []
        }
        var entries: [DifferentialCorpus.Entry] = []
        for case let file as URL in walker where ["yaml", "yml"].contains(file.pathExtension) {
            guard let data = FileManager.default.contents(atPath: file.path), data.count < 1_000_000 else { continue }
            entries.append(DifferentialCorpus.Entry(origin: file.path, text: String(decoding: data, as: UTF8.self)))
        }
        return entries.sorted { $0.origin < $1.origin }
    }
}
