import Foundation
import ParadigmKit
import Testing

/// `Questionnaire.load(_:readFile:)` is the public way to load a custom questionnaire: this file
/// imports ParadigmKit without `@testable`, so it sees only what a library user sees.
@Suite struct PublicQuestionnaireLoadingTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Questionnaires")

    private static func read(_ path: String) -> SourceFile? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return SourceFile(name: path, text: text)
    }

    @Test func theDefaultFilesLoadAsTheBuiltInQuestionnaire() throws {
        let path = Self.folder.appendingPathComponent("paradigm-advisor.yaml").path
        let source = try #require(Self.read(path))
        var asked: [String] = []
        let loaded = try Questionnaire.load(source) { name in
            asked.append(name)
            return Self.read(name)
        }
        let builtIn = try Questionnaire.builtIn()
        #expect(loaded.questions.map(\.id) == builtIn.questions.map(\.id))
        #expect(loaded.texts == builtIn.texts)
        // The texts and the operating model are read beside the questionnaire.
        #expect(
            asked.sorted() == [
                Self.folder.appendingPathComponent("operating-model.yaml").path,
                Self.folder.appendingPathComponent("paradigms.yaml").path,
            ])
    }

    @Test func aFileItCannotReadIsAnErrorAtTheQuestionnaire() throws {
        let path = Self.folder.appendingPathComponent("paradigm-advisor.yaml").path
        let source = try #require(Self.read(path))
        let moved = SourceFile(name: "/nowhere/custom.yaml", text: source.text)
        #expect {
            try Questionnaire.load(moved) { _ in nil }
        } throws: { error in
            guard let diagnostics = error as? Diagnostics, let first = diagnostics.items.first else { return false }
            return first.file == "/nowhere/custom.yaml" && first.message.contains("`paradigms.yaml`")
        }
    }
}
