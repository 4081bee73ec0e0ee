import Testing

@testable import ParadigmKit

/// What a document names an answers file by: its name without the folders it was read from.
@Suite struct AnswersFileNameTests {
    static let cases: [(source: String, fileName: String)] = [
        ("answers.yaml", "answers.yaml"),
        ("Examples/compare/meridian-2025.yaml", "meridian-2025.yaml"),
        ("/home/someone/offsite/ceo.yaml", "ceo.yaml"),
        ("./ceo.yaml", "ceo.yaml"),
        ("<interview>", "<interview>"),
        ("<stdin>", "<stdin>"),
    ]

    @Test(arguments: cases) func namesTheFileWithoutItsFolders(_ source: String, _ fileName: String) {
        #expect(Answers(questionnaireID: "q", sourceName: source).fileName == fileName)
    }
}
