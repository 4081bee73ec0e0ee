import Foundation
import Testing

@testable import ParadigmKit

/// `-o FILE` without `--format` writes the format the file's extension names, and a `--format`
/// the extension contradicts is refused: a file never holds another format's bytes.
@Suite struct OutputExtensionTests {
    static let single = "Examples/proportionate-multi-segment.yaml"

    /// A folder with stand-ins for pandoc and pdflatex on its PATH: the pandoc writes, into the
    /// file it is asked for, the name of that file (whose extension tells real pandoc the format)
    /// and its arguments,
    /// with nothing but shell built-ins, as the PATH holds only these two.
    static func folderWithFakePandoc() throws -> URL {
        let folder = try temporaryFolder()
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let pandoc = """
            #!/bin/sh
            args="$*"
            while [ $# -gt 0 ]; do
              if [ "$1" = --output ]; then out="$2"; fi
              shift
            done
            printf 'pandoc wrote %s with %s' "${out##*/}" "$args" > "$out"
            """
        for (name, body) in [("pandoc", pandoc), ("pdflatex", "#!/bin/sh\nexit 0\n")] {
            let url = bin.appendingPathComponent(name)
            try body.write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        return folder
    }

    @Test(arguments: [
        ("brief.md", "---\n"), ("brief.markdown", "---\n"), ("brief.html", "<!DOCTYPE html>"),
        ("brief.HTM", "<!DOCTYPE html>"), ("brief.json", "{"), ("brief.pdf", "pandoc wrote brief.pdf"),
        ("brief.docx", "pandoc wrote brief.docx"), ("brief.txt", "---\n"), ("brief", "---\n"),
    ])
    func theExtensionChoosesTheFormat(_ name: String, _ start: String) throws {
        let folder = try Self.folderWithFakePandoc()
        defer { try? FileManager.default.removeItem(at: folder) }
        let capture = Capture()
        let input = Paths.package.appendingPathComponent(Self.single).path
        let io = capture.io(in: folder.path, environment: ["PATH": folder.appendingPathComponent("bin").path])
        #expect(CLI.run(["brief", input, "--date", "2026-01-15", "-o", name], io: io) == 0, "\(capture.err)")
        let written = try Load.text(folder.appendingPathComponent(name))
        #expect(written.hasPrefix(start), "\(name): \(written.prefix(60))")
    }

    @Test func theExtensionChoosesTheFormatOfATeamBriefToo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = Paths.package.appendingPathComponent("Examples/team").path
        let result = runCLI(["brief", team, "-o", "team.json"], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        #expect(try Load.text(folder.appendingPathComponent("team.json")).hasPrefix("{"))
    }

    @Test(arguments: [
        (
            ["--format", "markdown", "-o", "brief.pdf"],
            "Error: '-o brief.pdf' names a PDF, but '--format markdown' writes Markdown; leave out '--format' to "
                + "write a PDF, or end the file name in .md rather than .pdf."
        ),
        (
            ["--format", "json", "-o", "brief.md"],
            "Error: '-o brief.md' names Markdown, but '--format json' writes JSON; leave out '--format' to write "
                + "Markdown, or end the file name in .json rather than .md."
        ),
        (
            ["--format", "html", "-o", "brief.docx"],
            "Error: '-o brief.docx' names a Word document, but '--format html' writes an HTML page; leave out "
                + "'--format' to write a Word document, or end the file name in .html rather than .docx."
        ),
    ])
    func aFormatTheExtensionContradictsIsRefused(_ arguments: [String], _ message: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Paths.package.appendingPathComponent(Self.single).path
        let result = runCLI(["brief", input] + arguments, in: folder.path)
        #expect(result.code == 64)
        #expect(result.err.hasPrefix(message), "\(result.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing is written")
    }

    @Test(arguments: [("slides", "deck.md"), ("markdown", "brief.MD"), ("html", "brief.htm"), ("json", "x.json")])
    func aFormatTheExtensionAgreesWithIsKept(_ format: String, _ name: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Paths.package.appendingPathComponent(Self.single).path
        let team = Paths.package.appendingPathComponent("Examples/team").path
        let result = runCLI(
            ["brief", format == "slides" ? team : input, "--format", format, "-o", name], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
    }

    @Test func theInterviewRefusesABriefNamedForAnotherFormat() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = runCLI(["interview", "--brief", "brief.pdf"], in: folder.path)
        #expect(result.code == 64)
        #expect(
            result.err.hasPrefix("Error: '--brief brief.pdf' names a PDF, but the interview writes"), "\(result.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing is written")
    }
}
