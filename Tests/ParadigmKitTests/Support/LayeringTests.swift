import Foundation
import Testing

/// The way through ParadigmKit runs one way (text → Document → Questionnaire / Answers → Model →
/// Analysis → Brief → CLI): no folder names a type declared in a folder later in that order.
/// The scan reads the sources: every top-level type a folder declares, and every file's code
/// with comments and string literals removed.
@Suite struct LayeringTests {
    /// The folders in the order data flows through them. A folder may name the types of its own
    /// rank and of earlier ones, never those of a later one.
    static let order: [String: Int] = [
        "Support": 0, "Document": 1, "Questionnaire": 2, "Answers": 3, "Import": 4, "Model": 5, "Analysis": 6,
        "Lint": 7, "Form": 7, "Team": 8, "Interview": 8, "Brief": 9, "Export": 10, "Pipeline": 11, "CLI": 12,
    ]

    static let sources = Paths.package.appendingPathComponent("Sources/ParadigmKit")

    /// Each Swift file's folder and text.
    static func files() throws -> [(folder: String, name: String, text: String)] {
        var files: [(String, String, String)] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() {
            let url = sources.appendingPathComponent(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".swift") {
                files.append((folder, name, try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)))
            }
        }
        return files
    }

    /// The names of the types declared at the top level of a file.
    static func declaredTypes(_ text: String) -> [String] {
        let access = #"(?:public |package |internal |fileprivate |private )?"#
        let kind = #"(?:final )?(?:struct|enum|class|protocol|typealias|actor)"#
        let pattern = #"(?m)^"# + access + kind + #" +([A-Z][A-Za-z0-9_]*)"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The code of a file without comments and string literals, which may name anything.
    static func code(_ text: String) -> String {
        var code = text
        // Multi-line strings, raw strings, plain strings, then line comments.
        let patterns = ["\"\"\"[\\s\\S]*?\"\"\"", "#\"[^\\n]*?\"#", "\"(?:[^\"\\\\\\n]|\\\\.)*\"", "//[^\\n]*"]
        for pattern in patterns {
            code = code.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return code
    }

    @Test func noFolderNamesATypeOfALaterOne() throws {
        let files = try Self.files()
        #expect(files.count > 100)
        var owner: [String: String] = [:]
        for file in files {
            for name in Self.declaredTypes(file.text) { owner[name] = file.folder }
        }
        #expect(owner["Questionnaire"] == "Questionnaire" && owner["CommandIO"] == "CLI", "the scan finds declarations")
        var backward: [String] = []
        for file in files {
            let rank = try #require(Self.order[file.folder], "folder \(file.folder) has no place in the order")
            let code = Self.code(file.text)
            for (name, folder) in owner.sorted(by: { $0.key < $1.key }) {
                guard let later = Self.order[folder], later > rank else { continue }
                if code.range(of: #"\b\#(name)\b"#, options: .regularExpression) != nil {
                    backward.append("\(file.folder)/\(file.name) names \(name) (\(folder))")
                }
            }
        }
        #expect(backward.isEmpty, "\(backward.joined(separator: "\n"))")
    }

    @Test func theScanSeesABackwardReference() {
        // The check itself can fail: a made-up file of an early folder naming a CLI type.
        let code = Self.code(
            "// CommandIO in a comment is fine\nlet text = \"CommandIO\"\nfunc f(_ io: CommandIO) {}\n")
        #expect(code.range(of: #"\bCommandIO\b"#, options: .regularExpression) != nil)
        #expect(!Self.code("// CommandIO\nlet a = \"CommandIO\"\n").contains("CommandIO"))
        #expect(Self.declaredTypes("public struct A {}\n    struct Nested {}\nenum B {}\n") == ["A", "B"])
    }
}
