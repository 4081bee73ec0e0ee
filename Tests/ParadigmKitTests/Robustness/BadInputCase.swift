import Foundation
import Testing

@testable import ParadigmKit

/// One malformed input of the bad-input corpus (Fixtures/BadInput/manifest.yaml): the command
/// line to run on it, the exit code it must give and the start of the error it must print.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    /// A short name.
    let id: String
    /// The input's file name: a file of Fixtures/BadInput copied into the case's folder, a file
    /// `generate` writes there, or an absolute path.
    let input: String
    /// The command line, split at spaces, with `{input}` replaced by ``input``.
    let run: [String]
    /// The exit code.
    let exit: Int32
    /// How the first line of standard error starts: the location and the message.
    let error: String
    /// The `= help:` line, when the error has one.
    let help: String?
    /// What writes the input at test time (large, deep or special files never committed).
    let generate: BadInputGenerator?
    /// Whether to run the real binary instead of the command line in-process.
    let spawn: Bool
    /// Whether the case needs a user other than root (root reads a file whatever its mode).
    let needsNonRoot: Bool

    var testDescription: String { id }

    /// The command line for a folder.
    var arguments: [String] { run.map { $0.replacingOccurrences(of: "{input}", with: input) } }
}

extension BadInputCase {
    static let folder = Paths.fixture("BadInput")

    /// Every case of the manifest that can run as the current user.
    static var all: [BadInputCase] {
        (try? manifest().cases.filter { !$0.needsNonRoot || getuid() != 0 }) ?? []
    }

    /// The manifest, read with the project's own parser.
    static func manifest() throws -> (cases: [BadInputCase], skippedAsRoot: Int) {
        let text = try String(contentsOf: folder.appendingPathComponent("manifest.yaml"), encoding: .utf8)
        let document: Document
        do { document = try DocumentParser.parse(text: text, name: "manifest.yaml") } catch {
            throw Failure(error.rendered)
        }
        guard case .mapping(let top)? = document.root, case .sequence(let list)? = top.entry("cases")?.value else {
            throw Failure("manifest.yaml: expected `cases:` with a list")
        }
        var cases: [BadInputCase] = []
        for item in list.items {
            guard case .mapping(let entry) = item else {
                throw Failure("manifest.yaml:\(item.location.line): a case must be a mapping")
            }
            func text(_ key: String) -> String? {
                if case .scalar(let scalar)? = entry.entry(key)?.value { return scalar.value }
                return nil
            }
            guard let id = text("id"), let input = text("input"), let run = text("run"),
                let exit = text("exit").flatMap(Int32.init), let error = text("error")
            else { throw Failure("manifest.yaml:\(item.location.line): a case needs id, input, run, exit and error") }
            var generate: BadInputGenerator?
            if let name = text("generate") {
                guard let generator = BadInputGenerator(rawValue: name) else {
                    throw Failure("manifest.yaml:\(item.location.line): unknown generator `\(name)`")
                }
                generate = generator
            }
            cases.append(
                BadInputCase(
                    id: id, input: input, run: run.split(separator: " ").map(String.init), exit: exit, error: error,
                    help: text("help"), generate: generate, spawn: text("spawn") == "yes",
                    needsNonRoot: text("unless") == "root"))
        }
        return (cases, cases.filter(\.needsNonRoot).count)
    }
}
