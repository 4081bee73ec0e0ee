import Foundation
import Testing

@testable import ParadigmKit

/// The documents leaders open, checked the way a reader would see them. A single brief and a
/// team brief go through the pandoc commands of docs/documents.md (DOCX with docs/reference.docx, PDF
/// with pdflatex, HTML) and through
/// `paradigm brief --format docx|pdf|html`; DOCX is printed by LibreOffice, HTML by headless
/// Chromium, and every PDF is read back with `pdftotext -layout`: every cell of the scores table
/// on one line, no word split across lines, no table clipped (each row's last cell is on the
/// page), and the default single brief on at most 8 pages. The slides go to reveal.js and
/// PowerPoint without losing a perception row. First pages are written as PNG for a person to
/// look at. Skipped, saying which program is missing, where one is; `.ci/run` installs them all,
/// and under CI a missing program fails.
@Suite(
    .serialized,
    .enabled(
        if: ConversionTools.missing.isEmpty || ProcessInfo.processInfo.environment["CI"] == "true",
        "missing \(ConversionTools.missing.joined(separator: ", ")); .ci/run installs them"))
struct DocumentConversionTests {
    enum Brief: String, CaseIterable, Sendable {
        case single, team

        var arguments: [String] {
            switch self {
            case .single: ["brief", "Examples/proportionate-multi-segment.yaml", "--date", "2026-01-15"]
            case .team: ["brief", "Examples/team", "--date", "2026-01-15"]
            }
        }
        /// The scores table whose every cell must stay on one line.
        var scoresHeading: String { self == .single ? "Scores" : "Group scores" }
    }

    @Test(arguments: Brief.allCases)
    func convertsToDocumentsThatFitThePage(_ brief: Brief) throws {
        #expect(ConversionTools.missing.isEmpty, "missing \(ConversionTools.missing)")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = runCLI(brief.arguments)
        #expect(markdown.code == 0, "\(markdown.err)")
        try markdown.out.write(to: folder.appendingPathComponent("brief.md"), atomically: true, encoding: .utf8)

        // The README's commands as written, and the tool's own formats.
        let tools = ConversionTools.self
        let reference = Paths.package.appendingPathComponent("docs/reference.docx").path
        try tools.run(tools.pandoc, ["brief.md", "--reference-doc", reference, "-o", "brief.docx"], in: folder)
        try tools.run(tools.pandoc, ["brief.md", "-o", "brief.pdf"], in: folder)
        try tools.run(tools.pandoc, ["brief.md", "-s", "-o", "pandoc.html"], in: folder)
        for format in ["docx", "pdf", "html"] {
            let made = runCLI(
                brief.arguments + ["--format", format, "-o", folder.appendingPathComponent("tool.\(format)").path])
            #expect(made.code == 0, "--format \(format): \(made.err)")
        }
        // LibreOffice prints both DOCX files, with a profile of its own so that runs in parallel do not meet.
        try tools.run(
            tools.soffice,
            [
                "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf",
                "--outdir", folder.appendingPathComponent("word").path, "brief.docx", "tool.docx",
            ], in: folder)
        for page in ["tool", "pandoc"] {
            try tools.run(
                tools.chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=\(folder.path)/chromium-\(page)",
                    "--print-to-pdf=\(folder.path)/\(page)-html.pdf", "file://\(folder.path)/\(page).html",
                ],
                in: folder)
        }

        let document = MarkdownBlocks(markdown.out)
        let pdfs = [
            "brief.pdf": "pandoc-pdflatex", "tool.pdf": "format-pdf", "word/brief.pdf": "pandoc-docx",
            "word/tool.pdf": "format-docx", "tool-html.pdf": "format-html-chromium",
            "pandoc-html.pdf": "pandoc-html-chromium",
        ]
        for (file, name) in pdfs.sorted(by: { $0.key < $1.key }) {
            let pdf = folder.appendingPathComponent(file)
            let pages = try ConversionTools.pages(pdf)
            try ConversionTools.firstPage(pdf, as: "\(brief.rawValue)-\(name)", in: ConversionTools.artefacts)
            print("DocumentConversionTests: \(brief.rawValue) \(name): \(pages.count) pages")
            let text = pages.joined(separator: "\n")
            // pandoc's own HTML page is not ours to style; docs/documents.md points to '--format html'.
            if name != "pandoc-html-chromium" {
                PageChecks.scoresOnOneLine(document, heading: brief.scoresHeading, text, name)
            }
            PageChecks.noWordSplit(markdown.out, text, name)
            PageChecks.lastColumnsPresent(document, text, name)
            if brief == .single, name != "pandoc-html-chromium" {
                #expect(pages.count <= 8, "\(name): the default brief takes \(pages.count) pages")
            }
        }
    }

    @Test func slidesConvertToRevealAndPowerPointWithEveryPerceptionRow() throws {
        #expect(ConversionTools.missing.isEmpty, "missing \(ConversionTools.missing)")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deck = runCLI(["brief", "Examples/team", "--date", "2026-01-15", "--format", "slides"])
        #expect(deck.code == 0)
        try deck.out.write(to: folder.appendingPathComponent("deck.md"), atomically: true, encoding: .utf8)
        try ConversionTools.run(
            ConversionTools.pandoc, ["deck.md", "-t", "revealjs", "-s", "-o", "deck.html"], in: folder)
        let page = try String(contentsOf: folder.appendingPathComponent("deck.html"), encoding: .utf8)
        let slides = deck.out.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(page.components(separatedBy: "<section").count - 1 >= slides.count, "one section per slide")
        try ConversionTools.run(ConversionTools.pandoc, ["deck.md", "-o", "deck.pptx"], in: folder)
        try ConversionTools.run(
            ConversionTools.soffice,
            [
                "-env:UserInstallation=file://\(folder.path)/profile", "--headless",
                "--convert-to", "pdf", "deck.pptx",
            ], in: folder)
        let pdf = folder.appendingPathComponent("deck.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            Issue.record("LibreOffice could not print the PowerPoint deck (is libreoffice-impress-nogui installed?)")
            return
        }
        let pages = try ConversionTools.pages(pdf, layout: false)
        try ConversionTools.firstPage(pdf, as: "slides-pptx", in: ConversionTools.artefacts)
        #expect(pages.count == slides.count + 1, "a title slide and one page a slide")
        let text = PageChecks.words(pages.joined(separator: " "))
        for row in try TeamFixture.exampleTeam().executiveGap {
            let shown = text.contains(PageChecks.words(row.question.prompt))
            #expect(shown, "perception row missing: \(row.question.prompt)")
        }
    }
}
