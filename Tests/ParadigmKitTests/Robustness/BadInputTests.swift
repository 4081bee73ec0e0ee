import Foundation
import Testing

@testable import ParadigmKit

/// The bad-input corpus: every malformed input in Fixtures/BadInput/manifest.yaml gives its
/// documented exit code and a clear, located error, and leaves no file behind. Most cases run
/// in-process; those marked `spawn: yes` run the real binary, as a user sees it.
@Suite("Bad-input corpus")
struct BadInputTests {
    @Test func theManifestCoversTheCorpus() throws {
        let (cases, _) = try BadInputCase.manifest()
        #expect(cases.count >= 40)
        #expect(Set(cases.map(\.id)).count == cases.count, "case ids are unique")
        // Every committed input is used by a case.
        let files = try FileManager.default.contentsOfDirectory(atPath: BadInputCase.folder.path)
            .filter { $0 != "manifest.yaml" && $0 != "README.md" }
        let used = Set(cases.filter { $0.generate == nil }.map(\.input))
        #expect(files.filter { !used.contains($0) }.isEmpty, "inputs without a case")
        for testCase in cases {
            #expect([64, 65, 66, 73, 74].contains(testCase.exit), "\(testCase.id): undocumented exit code")
        }
    }

    @Test(arguments: BadInputCase.all)
    func refusesClearly(_ testCase: BadInputCase) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: false)
        try fileManager.copyItem(
            at: Paths.examples.appendingPathComponent("assimilated-subscription.yaml"),
            to: folder.appendingPathComponent("answers.yaml"))
        if let generate = testCase.generate {
            try generate.write(testCase.input, in: folder)
        } else if !testCase.input.hasPrefix("/"),
            fileManager.fileExists(atPath: BadInputCase.folder.appendingPathComponent(testCase.input).path)
        {
            try fileManager.copyItem(
                at: BadInputCase.folder.appendingPathComponent(testCase.input),
                to: folder.appendingPathComponent(testCase.input))
        }
        let before = try Self.listing(folder)

        let result =
            testCase.spawn
            ? try Self.spawn(testCase.arguments, in: folder) : runCLI(testCase.arguments, in: folder.path)

        #expect(result.code == testCase.exit, "\(result.err)")
        let firstLine = result.err.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix(testCase.error), "first line of stderr: \(firstLine.prefix(300))")
        if let help = testCase.help { #expect(result.err.contains("= help: \(help)"), "\(result.err.prefix(600))") }
        #expect(result.out.isEmpty, "nothing on stdout")
        #expect(result.err.utf8.count < 8192, "the error stays short: \(result.err.utf8.count) bytes")
        // No output and no temporary file left behind; existing files untouched.
        #expect(try Self.listing(folder) == before)
        if testCase.generate == .existingOutput {
            #expect(
                try String(contentsOf: folder.appendingPathComponent("out/existing.md"), encoding: .utf8) == "keep me\n"
            )
        }
    }

    /// Every file under `folder` with its size, so that a new, changed or half-written file shows.
    static func listing(_ folder: URL) throws -> [String: Int] {
        var result: [String: Int] = [:]
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: folder.path) else { return result }
        while let path = enumerator.nextObject() as? String {
            let attributes = try fileManager.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            result[path] = (attributes[.size] as? Int) ?? -1
        }
        return result
    }

    /// The built `paradigm` binary, beside the test bundle.
    static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("paradigm")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return candidates[0].appendingPathComponent("paradigm")
    }

    /// Runs the real binary in `folder`, killing it after 60 seconds (a hang fails the test).
    static func spawn(_ arguments: [String], in folder: URL) throws -> (code: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let output = folder.appendingPathComponent("stdout.txt")
        let errors = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: output)
        let errHandle = try FileHandle(forWritingTo: errors)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        let hung = process.isRunning
        if hung { process.terminate() }
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        let out = try String(contentsOf: output, encoding: .utf8)
        let err = try String(contentsOf: errors, encoding: .utf8)
        try FileManager.default.removeItem(at: output)
        try FileManager.default.removeItem(at: errors)
        return (hung ? -1 : process.terminationStatus, out, err)
    }
}
