import Foundation
import Testing

@testable import ParadigmKit

/// Every document the parser accepts must load to the same tree in PyYAML's `BaseLoader` (the
/// parser may refuse more than PyYAML, never read a document differently). Runs only where
/// `python3 -c "import yaml"` works.
///
/// The corpus is deterministic. For a longer run, set `PARADIGM_DIFF_SEED` and
/// `PARADIGM_DIFF_COUNT` (random trees; mutants are four per document).
@Suite("PyYAML differential", .enabled(if: PyYAML.isAvailable, "needs python3 with PyYAML"))
struct PyYAMLDifferentialTests {
    @Test("every document we accept loads to the same tree in PyYAML")
    func agreesWithPyYAML() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["PARADIGM_DIFF_SEED"].flatMap(UInt64.init) ?? 2024
        let count = environment["PARADIGM_DIFF_COUNT"].flatMap(Int.init) ?? 300
        var corpus = DifferentialCorpus(seed: seed)

        let generated = corpus.generated(count: count)
        for entry in generated {
            // The writer's output must parse back to the tree it was written from.
            let values = DocumentTesting.values(entry.text)
            #expect(values == .success(entry.tree), "\(entry.origin):\n\(entry.text)")
        }
        let originals = generated + DifferentialCorpus.snippets + DifferentialCorpus.packageFiles()
        let mutants = corpus.mutants(of: originals, perDocument: 4)

        var accepted: [(entry: DifferentialCorpus.Entry, tree: PlainTree?)] = []
        for entry in originals + mutants {
            if case .success(let tree) = DocumentTesting.values(entry.text) { accepted.append((entry, tree)) }
        }
        let outcomes = try PyYAML.load(accepted.map { Self.asPyYAMLShouldReadIt($0.entry.text) })
        try #require(outcomes.count == accepted.count, "PyYAML answered for every document")

        var mismatches = 0
        for ((entry, ours), theirs) in zip(accepted, outcomes) where theirs != .loaded(ours) {
            mismatches += 1
            if mismatches <= 10 {
                let oursText = ours.map(\.description) ?? "nil"
                let document = "--- document:\n\(entry.text)"
                let versions = "--- ours: \(oursText)\n--- PyYAML: \(theirs)"
                Issue.record(
                    "\(entry.origin): PyYAML reads it differently\n\(document)\n\(versions)"
                )
            }
        }
        let acceptedMutants = accepted.count - originals.count
        #expect(mismatches == 0, "\(mismatches) of \(accepted.count) documents differ")
        #expect(acceptedMutants > 0, "some mutants are accepted, so that the mutation part tests something")
        print(
            "PyYAML differential: \(originals.count) documents and \(mutants.count) mutants; "
                + "\(accepted.count) accepted and compared (\(acceptedMutants) mutants), \(mismatches) differ")
    }
}

extension PyYAMLDifferentialTests {
    /// The document with a line break after a last line of spaces that has none. YAML 1.2 reads
    /// such a line as if the break were there (yaml-test-suite JEF9/02 and L24T/01: it ends a
    /// `|` block with a line break) and so does the parser; PyYAML drops it, so it is given the
    /// text that means the same in both readings.
    static func asPyYAMLShouldReadIt(_ text: String) -> String {
        guard let last = text.split(separator: "\n", omittingEmptySubsequences: false).last,
            !last.isEmpty, last.allSatisfy({ $0 == " " })
        else { return text }
        return text + "\n"
    }
}

/// Runs PyYAML's `BaseLoader` over many documents in one `python3` process.
enum PyYAML {
    /// What PyYAML made of one document.
    enum Outcome: Equatable, CustomStringConvertible {
        /// The tree it loaded (`nil` for an empty document).
        case loaded(PlainTree?)
        /// Its error.
        case failed(String)

        var description: String {
            switch self {
            case .loaded(let tree): tree.map(\.description) ?? "nil"
            case .failed(let message): "error: \(message)"
            }
        }
    }

    /// Whether `python3 -c "import yaml"` succeeds.
    static let isAvailable: Bool = (try? Python.run(["-c", "import yaml"]))?.status == 0

    /// Prints one JSON line per file named on standard input: `{"ok": tree}` or `{"error": ...}`,
    /// with mappings as `{"map": [[key, value], ...]}` to keep their order.
    static let script = """
        import json, sys, yaml
        def plain(value):
            if isinstance(value, dict):
                return {"map": [[key, plain(item)] for key, item in value.items()]}
            if isinstance(value, list):
                return [plain(item) for item in value]
            return value
        for path in sys.stdin.read().splitlines():
            try:
                with open(path, "rb") as handle:
                    result = {"ok": plain(yaml.load(handle, Loader=yaml.BaseLoader))}
            except Exception as error:
                result = {"error": str(error).replace("\\n", " ")}
            print(json.dumps(result))
        """

    /// Loads each text with PyYAML.
    static func load(_ texts: [String]) throws -> [Outcome] {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("paradigm-pyyaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, text) in texts.enumerated() {
            let file = folder.appendingPathComponent("\(index).yaml")
            try Data(text.utf8).write(to: file)
            paths.append(file.path)
        }
        let scriptFile = folder.appendingPathComponent("load.py")
        try Data(script.utf8).write(to: scriptFile)
        let result = try Python.run([scriptFile.path], input: paths.joined(separator: "\n"))
        guard result.status == 0 else { throw DocumentTestFailure("python3 to run, got status \(result.status)") }
        return result.output.split(separator: "\n").map { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]),
                let answer = object as? [String: Any]
            else { return .failed("unreadable answer: \(line)") }
            if let error = answer["error"] as? String { return .failed(error) }
            guard let value = answer["ok"] else { return .failed("no value") }
            if value is NSNull { return .loaded(nil) }
            return PlainTree(json: value).map { .loaded($0) } ?? .failed("not a tree: \(value)")
        }
    }
}
