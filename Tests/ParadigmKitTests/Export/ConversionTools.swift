import Foundation
import Testing

@testable import ParadigmKit

/// The programs the conversion tests run, found on the PATH, and how they are run.
enum ConversionTools {
    static let pandoc = find("pandoc")
    static let pdflatex = find("pdflatex")
    static let soffice = find("soffice")
    static let pdftotext = find("pdftotext")
    static let pdftoppm = find("pdftoppm")
    static let chromium = find("chromium") ?? find("chromium-browser")

    /// The programs missing from the PATH, by name; empty when every test can run.
    static var missing: [String] {
        [
            ("pandoc", pandoc), ("pdflatex", pdflatex), ("soffice", soffice), ("pdftotext", pdftotext),
            ("pdftoppm", pdftoppm), ("chromium", chromium),
        ].filter { $0.1 == nil }.map(\.0)
    }

    static func find(_ name: String) -> String? {
        ExternalTool.find(name, environment: ProcessInfo.processInfo.environment)?.path
    }

    /// Runs a program to its end; its exit status and standard error. Fails the test when it
    /// takes longer than `seconds`.
    @discardableResult
    static func run(_ program: String?, _ arguments: [String], in folder: URL, seconds: Double = 120) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(program))
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("\(program ?? "?") \(arguments.joined(separator: " ")) took more than \(seconds) s")
        }
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Issue.record(
                "\(program ?? "?") \(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(message)")
        }
        return message
    }

    /// A PDF's pages as text, one string a page: laid out as printed (`pdftotext -layout`), or
    /// in reading order, each table cell whole, when `layout` is false.
    static func pages(_ pdf: URL, layout: Bool = true) throws -> [String] {
        let text = pdf.deletingPathExtension().appendingPathExtension("txt")
        try run(pdftotext, (layout ? ["-layout"] : []) + [pdf.path, text.path], in: pdf.deletingLastPathComponent())
        let pages = try String(contentsOf: text, encoding: .utf8).components(separatedBy: "\u{0C}")
        return pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true
            ? Array(pages.dropLast()) : pages
    }

    /// The first page as a PNG in `artefacts`, for a person to look at.
    static func firstPage(_ pdf: URL, as name: String, in artefacts: URL) throws {
        try run(
            pdftoppm,
            [
                "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.path,
                artefacts.appendingPathComponent(name).path,
            ], in: artefacts)
    }

    /// Where the PNGs go: one folder a run, kept after the run and named in the output.
    static let artefacts: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "paradigm-documents-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        print("DocumentConversionTests: first pages as PNG in \(folder.path)")
        return folder
    }()
}
