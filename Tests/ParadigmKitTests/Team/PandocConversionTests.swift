import Foundation
import Testing
@testable import ParadigmKit

/// The team brief and a single brief convert with pandoc to HTML and DOCX, and the slides to
/// reveal.js. Runs when pandoc is installed (CI installs it); skips otherwise.
@Suite(.enabled(if: Pandoc.path != nil, "pandoc is not installed"))
struct PandocConversionTests {

    enum Input: String, CaseIterable, Sendable {
        case team, single, slides
    }

    static func markdown(_ input: Input) throws -> String {
        let options = TeamBriefOptions(date: "2026-01-15")
        switch input {
        case .team: return TeamBriefRenderer(team: try TeamFixture.exampleTeam(), options: options).render()
        case .slides: return TeamSlidesRenderer(team: try TeamFixture.exampleTeam(), options: options).render()
        case .single:
            let questionnaire = try Load.builtIn()
            let answers = try TeamFixture.exampleAnswers()[0]
            return BriefRenderer(assessment: try Assessor.assess(answers, with: questionnaire), options: BriefOptions(date: "2026-01-15")).render()
        }
    }

    static let expectedHeadings: [Input: [String]] = [
        .team: ["Executive summary", "Perception gap", "Offsite agenda", "Facts to settle before the offsite"],
        .single: ["Executive summary", "First 90 days: closing the gaps", "Appendix B: who owns each buying stage"],
        .slides: ["Scores by role", "The perception gap", "Agenda: where we disagree"],
    ]

    /// Runs pandoc and returns its exit status and standard error.
    static func run(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Pandoc.path))
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }

    @Test(arguments: Input.allCases)
    func convertsToHTMLAndDOCX(_ input: Input) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("brief.md")
        try Self.markdown(input).write(to: source, atomically: true, encoding: .utf8)
        let html = folder.appendingPathComponent("brief.html")
        let format = input == .slides ? "revealjs" : "html5"
        let (htmlStatus, htmlErrors) = try Self.run(["-f", "markdown", "-t", format, "--wrap=none", "-s", source.path, "-o", html.path])
        #expect(htmlStatus == 0, "pandoc: \(htmlErrors)")
        let page = try String(contentsOf: html, encoding: .utf8)
        for heading in Self.expectedHeadings[input] ?? [] {
            #expect(page.contains(">\(heading)</h"), "missing heading \(heading)")
        }
        if input == .slides {
            #expect(page.components(separatedBy: "<section").count > 6, "one section per slide")
            return
        }
        let docx = folder.appendingPathComponent("brief.docx")
        let (docxStatus, docxErrors) = try Self.run([source.path, "-o", docx.path])
        #expect(docxStatus == 0, "pandoc: \(docxErrors)")
        let size = (try FileManager.default.attributesOfItem(atPath: docx.path)[.size] as? Int) ?? 0
        #expect(size > 5_000)
        // Back from DOCX to text: the headings survive the round trip.
        let back = folder.appendingPathComponent("back.md")
        let (backStatus, _) = try Self.run([docx.path, "-t", "plain", "--wrap=none", "-o", back.path])
        #expect(backStatus == 0)
        let text = try String(contentsOf: back, encoding: .utf8)
        for heading in Self.expectedHeadings[input] ?? [] { #expect(text.contains(heading)) }
    }
}

/// Where pandoc is installed, if it is.
enum Pandoc {
    static let path: String? = ["/usr/bin/pandoc", "/usr/local/bin/pandoc", "/opt/homebrew/bin/pandoc"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}
