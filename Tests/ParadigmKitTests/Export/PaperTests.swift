import Foundation
import Testing

@testable import ParadigmKit

/// `--paper a4|letter` for the PDF and the printed HTML page, by default the locale's.
@Suite struct PaperTests {
    @Test(
        arguments: [
            ([:], Paper.letter), (["LANG": "C.UTF-8"], .letter), (["LANG": "POSIX"], .letter),
            (["LANG": "en_US.UTF-8"], .letter), (["LANG": "en_GB.UTF-8"], .a4), (["LANG": "de_DE.UTF-8"], .a4),
            (["LANG": "fr_CA"], .letter), (["LANG": "sr_RS@latin"], .a4),
            (["LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"], .a4),
            (["LC_ALL": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"], .letter), (["LC_ALL": "", "LANG": "nl_NL"], .a4),
        ] as [([String: String], Paper)])
    func theLocaleChoosesThePaper(_ environment: [String: String], _ paper: Paper) {
        #expect(Paper(locale: environment) == paper)
    }

    static func html(_ extra: [String], environment: [String: String]) -> String {
        let capture = Capture()
        let io = capture.io(in: Paths.package.path, environment: environment)
        let code = CLI.run(["brief", "Examples/proportionate-multi-segment.yaml", "--format", "html"] + extra, io: io)
        #expect(code == 0, "\(capture.err)")
        return capture.out
    }

    @Test func thePrintedPageFollowsPaperOrTheLocale() {
        #expect(
            Self.html(["--paper", "a4"], environment: ["LANG": "en_US.UTF-8"]).contains("@page { size: A4; margin:"))
        #expect(Self.html([], environment: ["LANG": "de_DE.UTF-8"]).contains("@page { size: A4; margin:"))
        #expect(Self.html([], environment: ["LANG": "en_US.UTF-8"]).contains("@page { size: letter; margin:"))
        #expect(
            Self.html(["--paper", "letter"], environment: ["LANG": "de_DE.UTF-8"]).contains("@page { size: letter;"))
    }

    @Test(arguments: [
        (["--paper", "a4"], "papersize=a4"), ([], "papersize=letter"), (["--paper", "letter"], "papersize=letter"),
    ])
    func thePDFFollowsPaper(_ extra: [String], _ variable: String) throws {
        let folder = try OutputExtensionTests.folderWithFakePandoc()
        defer { try? FileManager.default.removeItem(at: folder) }
        let capture = Capture()
        let input = Paths.package.appendingPathComponent("Examples/proportionate-multi-segment.yaml").path
        let io = capture.io(in: folder.path, environment: ["PATH": folder.appendingPathComponent("bin").path])
        #expect(CLI.run(["brief", input, "-o", "brief.pdf"] + extra, io: io) == 0, "\(capture.err)")
        let written = try Load.text(folder.appendingPathComponent("brief.pdf"))
        #expect(written.contains("--variable \(variable)"), "\(written)")
    }

    @Test func anUnknownPaperIsAUsageError() {
        let result = runCLI(["brief", "Examples/proportionate-multi-segment.yaml", "--paper", "a5"])
        #expect(result.code == 64)
        #expect(result.err.contains("a5"), "\(result.err)")
    }
}
