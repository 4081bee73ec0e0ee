import Foundation
import Testing

@testable import ParadigmKit

/// Every voice once: a copied answers file or an export row submitted twice counts once, with a
/// warning and a line in the brief; one name with different answers is refused with both
/// locations, unless `--latest` chooses.
@Suite struct TeamDuplicatesTests {
    static let fixtures = "Tests/ParadigmKitTests/Fixtures/Team"

    /// A duplicated input, the respondents it is counted as, and the warning and brief line it gives.
    struct Case: Sendable, CustomTestStringConvertible {
        let input: String
        let respondents: Int
        let warning: String
        let line: String
        var testDescription: String { input }
    }

    static let cases = [
        Case(
            input: "\(fixtures)/duplicate-file", respondents: 4,
            warning: "\(fixtures)/duplicate-file/cro.yaml: warning: these answers repeat "
                + "\(fixtures)/duplicate-file/cro-again.yaml exactly; they are counted once",
            line: "and is counted once: cro.yaml repeats cro-again.yaml."),
        Case(
            input: "\(fixtures)/duplicate-row.csv", respondents: 8,
            warning: "\(fixtures)/duplicate-row.csv row 4: warning: these answers repeat "
                + "\(fixtures)/duplicate-row.csv row 3 exactly; they are counted once",
            line: "and is counted once: duplicate-row.csv row 4 repeats duplicate-row.csv row 3."),
    ]

    @Test(arguments: cases) func aCopyCountsOnce(_ item: Case) {
        let result = runCLI(["brief", item.input, "--date", "2026-01-15"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("respondents: \(item.respondents)\n"))
        #expect(result.out.contains("\(item.respondents) respondents at"))
        #expect(result.err.contains(item.warning), "\(result.err)")
        #expect(result.out.contains("## Whose answers count"))
        #expect(result.out.contains(item.line))
    }

    /// An anonymous brief counts the copies but names no file: file names often carry names.
    @Test func anAnonymousBriefCountsCopiesWithoutNamingThem() {
        let result = runCLI(["brief", "\(Self.fixtures)/duplicate-file", "--anonymous", "--date", "2026-01-15"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("(a copied file or a form submitted twice), and is counted once."))
        #expect(!result.out.contains("cro-again"))
    }

    @Test func oneNameWithDifferentAnswersIsRefusedWithBothLocations() {
        let result = runCLI(["brief", "\(Self.fixtures)/same-name", "--date", "2026-01-15"])
        #expect(result.code == 65)
        #expect(result.out.isEmpty)
        #expect(
            result.err.contains(
                "\(Self.fixtures)/same-name/sales-rep.yaml: error: \"Jonas Lindqvist\" answered 2 times with different "
                    + "answers: \(Self.fixtures)/same-name/sales-rep-earlier.yaml and "
                    + "\(Self.fixtures)/same-name/sales-rep.yaml"), "\(result.err)")
        #expect(result.err.contains("pass --latest"))
    }

    /// `--latest` keeps the file modified last, whichever name sorts first.
    @Test(arguments: [("sales-rep.yaml", "sales-rep-earlier.yaml"), ("sales-rep-earlier.yaml", "sales-rep.yaml")])
    func latestKeepsTheFileModifiedLast(_ newer: String, _ older: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Paths.package.appendingPathComponent("\(Self.fixtures)/same-name")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        for (name, days) in [(older, 7.0), (newer, 1.0)] {
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: -days * 86_400)],
                ofItemAtPath: folder.appendingPathComponent(name).path)
        }
        let result = runCLI(["brief", ".", "--latest", "--date", "2026-01-15"], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("4 respondents at"))
        #expect(
            result.err.contains(
                "./\(older): warning: not counted: the same respondent's latest answers are in ./\(newer)"))
        #expect(result.out.contains("(--latest): \(older) replaced by \(newer)."))
    }

    /// Two people who give no name and tick the same boxes are two people; a nameless copy that
    /// also wrote the same words is one.
    @Test(arguments: [(false, 5), (true, 4)]) func namelessAnswersAreACopyOnlyWithTheSameWords(
        _ wrote: Bool, _ expected: Int
    ) throws {
        var answers = try TeamFixture.exampleAnswers()
        answers[3].respondent.name = nil
        if !wrote { answers[3].remove("biggest_friction") }
        var copy = answers[3]
        copy.sourceName = "copy.yaml"
        answers.append(copy)
        let team = try TeamAssessment.assess(answers, with: try Load.builtIn())
        #expect(team.members.count == expected)
        #expect(team.copies.count == 4 + 1 - expected)
    }

    /// The library refuses one name with different answers too.
    @Test func theLibraryRefusesOneNameWithDifferentAnswers() throws {
        var answers = try TeamFixture.exampleAnswers()
        var other = answers[1]
        other.respondent.role = "ceo"
        other.sourceName = "other.yaml"
        answers.append(other)
        #expect(throws: Diagnostics.self) { try TeamAssessment.assess(answers, with: try Load.builtIn()) }
    }
}
