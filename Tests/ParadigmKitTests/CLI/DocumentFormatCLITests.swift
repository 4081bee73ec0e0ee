import Foundation
import Testing

@testable import ParadigmKit

/// `paradigm brief --format html|docx|pdf` refusals, which need no pandoc: each with its exit
/// code and message, and nothing written.
@Suite struct DocumentFormatCLITests {
    static let single = "Examples/proportionate-multi-segment.yaml"

    @Test(arguments: [
        (["--format", "pdf"], Int32(64), "'--format pdf' writes a file; name it with '-o FILE'."),
        (["--format", "docx", "-o", "-"], 64, "'--format docx' writes a file; name it with '-o FILE'."),
        (
            ["--format", "html", "--charts", "charts", "-o", "x.html"], 64,
            "'--charts' writes SVG files beside a Markdown brief"
        ),
        (
            ["--format", "pdf", "-o", "brief.pdf"], 69,
            "apt-get install pandoc texlive-latex-recommended texlive-fonts-recommended lmodern"
        ),
        (["--format", "docx", "-o", "brief.docx"], 69, "and pandoc is not installed."),
    ])
    func refusals(_ arguments: [String], _ code: Int32, _ message: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let capture = Capture()
        let input = Paths.package.appendingPathComponent(Self.single).path
        // No program is on this PATH, so pandoc is missing whether or not the machine has it.
        let io = capture.io(in: folder.path, environment: ["PATH": folder.path])
        #expect(CLI.run(["brief", input] + arguments, io: io) == code)
        #expect(capture.err.contains(message), "\(capture.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing is written")
    }

    @Test func htmlNeedsNoPandocAndIsSelfContained() throws {
        let capture = Capture()
        let io = capture.io(in: Paths.package.path, environment: ["PATH": "/nonexistent"])
        #expect(CLI.run(["brief", Self.single, "--date", "2026-01-15", "--format", "html"], io: io) == 0)
        let page = capture.out
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("@media print"))
        #expect(
            page.contains("<svg") && page.contains("<desc id=\"scores-desc\">"), "the score chart inline, with its text"
        )
        #expect(!page.contains("src=\"http") && !page.contains("<link"), "nothing loaded from elsewhere")
        #expect(page.contains("<td class=\"number\">95.5</td>"))
    }

    @Test func teamHTMLHasBothChartsInline() {
        let capture = Capture()
        #expect(CLI.run(["brief", "Examples/team", "--format", "html"], io: capture.io(in: Paths.package.path)) == 0)
        #expect(capture.out.contains("aria-labelledby=\"scores-by-role-title scores-by-role-desc\""))
        #expect(capture.out.contains("aria-labelledby=\"perception-gap-title perception-gap-desc\""))
    }
}
