import Foundation
import Testing

@testable import ParadigmKit

/// After a syntax error the rest of the file is still read: each file in Fixtures/EveryMistake
/// reports, in one run, exactly the `# expect` lines it lists (its syntax errors and the schema
/// errors of every part that parsed, sorted), and the quicker plain reader refuses it too.
@Suite struct EveryMistakeTests {
    /// A fixture: its file, and what it says the run must report.
    struct Fixture: CustomTestStringConvertible, Sendable {
        let url: URL
        var testDescription: String { url.lastPathComponent }

        /// The `# expect LINE:COLUMN: severity: message` lines.
        func expected() throws -> [String] {
            try lines().compactMap { $0.hasPrefix("# expect ") ? String($0.dropFirst("# expect ".count)) : nil }
        }

        /// What the `# against:` line names: `built-in` or `tiny`.
        func questionnaire() throws -> Questionnaire {
            let against = try lines().first { $0.hasPrefix("# against: ") }
            return try against == "# against: tiny" ? Load.tiny() : Load.builtIn()
        }

        func source() throws -> SourceFile { SourceFile(name: url.lastPathComponent, text: try Load.text(url)) }

        private func lines() throws -> [String] { try Load.text(url).split(separator: "\n").map(String.init) }

        static func all(_ folder: String) -> [Fixture] {
            let folder = Paths.fixture("EveryMistake/\(folder)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
                Fixture(url: folder.appendingPathComponent($0))
            }
        }
    }

    /// Each diagnostic as `LINE:COLUMN: severity: message`.
    static func headlines(_ diagnostics: Diagnostics) -> [String] {
        diagnostics.items.map { item in
            let place = item.location.map { "\($0.line):\($0.column): " } ?? ""
            return "\(place)\(item.severity.rawValue): \(item.message)"
        }
    }

    @Test(arguments: Fixture.all("answers"))
    func answersFile(_ fixture: Fixture) throws {
        let questionnaire = try fixture.questionnaire()
        let source = try fixture.source()
        #expect(PlainAnswersReader.read(source, questionnaire: questionnaire) == nil)
        do {
            _ = try AnswersLoader.load(source, questionnaire: questionnaire)
            Issue.record("accepted")
        } catch {
            #expect(Self.headlines(error) == (try fixture.expected()), "\(error.rendered)")
        }
    }

    @Test(arguments: Fixture.all("questionnaires"))
    func questionnaire(_ fixture: Fixture) throws {
        let text = try Load.text(fixture.url)
        do throws(Diagnostics) {
            _ = try Load.questionnaire(text, name: fixture.url.lastPathComponent)
            Issue.record("accepted")
        } catch {
            #expect(Self.headlines(error) == (try fixture.expected()), "\(error.rendered)")
        }
        // Lint reports the same: the syntax errors and the schema errors, nothing more.
        let report = QuestionnaireLinter.lint(try fixture.source()) { _ in .unreadable("not needed") }
        #expect(Self.headlines(report.diagnostics) == (try fixture.expected()), "\(report.diagnostics.rendered)")
    }

    /// Syntax and schema errors together are sorted by place and capped as any run's are.
    @Test func manyOfBothAreSortedAndCapped() throws {
        let questionnaire = try Load.tiny()
        // Each line: an unknown question (before the syntax error on its line), then a refused value.
        let lines = (1...40).map { "  unknown\($0): [\($0)]\n" }.joined()
        do {
            _ = try Load.answers("questionnaire: tiny\nanswers:\n" + lines, questionnaire)
            Issue.record("accepted")
        } catch {
            #expect(error.items.count == Diagnostics.cap, "\(error.rendered)")
            #expect(error.omitted == 80 - Diagnostics.cap)
            let locations = error.items.compactMap(\.location)
            #expect(locations == locations.sorted())
            #expect(error.items.filter { $0.message.hasPrefix("unknown question") }.count == Diagnostics.cap / 2)
        }
    }
}
