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

    /// Each Swift file's top-level folder and text, subfolders (Brief/Tree) included.
    static func files() throws -> [(folder: String, name: String, text: String)] {
        var files: [(String, String, String)] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() {
            let url = sources.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: url.path) else { continue }
            let names = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted()
            for name in names {
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

    /// The names a file declares inside its types and extensions (functions, properties, enum
    /// cases, and local names too, which only make the scan more careful), each with whether it
    /// is a member an `extension` adds (declared directly inside one, 4 spaces in).
    static func declaredMembers(_ code: String) -> [(name: String, inExtension: Bool)] {
        var members: [(String, Bool)] = []
        var inExtension = false
        let modifiers = #"(?:[\w@]+(?:\([^)]*\))?\s+)*"#
        let pattern = #"^\s+"# + modifiers + #"(func|var|let|case)\s+(.*)"#
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(" "), !line.isEmpty {
                inExtension = line.range(of: #"^(?:\w+ )*extension "#, options: .regularExpression) != nil
                continue
            }
            guard let match = line.range(of: pattern, options: .regularExpression),
                let keyword = line[match].range(of: #"\b(func|var|let|case)\s+"#, options: .regularExpression)
            else { continue }
            let direct = line.hasPrefix("    ") && !line.hasPrefix("     ")
            let rest = line[keyword.upperBound...]
            // `case a, b(Int), c`: every name; otherwise the one name.
            let names =
                line[keyword].hasPrefix("case") && !rest.hasPrefix(".") && !rest.hasPrefix("let")
                ? rest.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : [String(rest)]
            for name in names {
                let word = name.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if !word.isEmpty { members.append((String(word), inExtension && direct)) }
            }
        }
        return members
    }

    /// A member that an extension in a later folder adds to a type (say `capitalisedFirst` on
    /// String in Brief) is a way back the type scan does not see: a file of an earlier folder
    /// that calls `.capitalisedFirst` depends on Brief. Names also declared at or before the
    /// file's folder are not counted, since the call may mean those.
    @Test func noFolderCallsAMemberALaterFoldersExtensionAdds() throws {
        let files = try Self.files()
        var declared: [String: Set<String>] = [:]
        var extended: Set<String> = []
        for file in files {
            for member in Self.declaredMembers(Self.code(file.text)) {
                declared[member.name, default: []].insert(file.folder)
                if member.inExtension { extended.insert(member.name) }
            }
        }
        #expect(extended.contains("checkOrganisations"), "the scan finds members added by extensions")
        var backward: [String] = []
        for file in files {
            let rank = try #require(Self.order[file.folder])
            let code = Self.code(file.text)
            for name in extended.sorted() {
                let folders = declared[name] ?? []
                guard folders.allSatisfy({ (Self.order[$0] ?? 0) > rank }) else { continue }
                if code.range(of: #"\.\#(name)\b"#, options: .regularExpression) != nil {
                    backward.append(
                        "\(file.folder)/\(file.name) calls .\(name) (\(folders.sorted().joined(separator: ", ")))")
                }
            }
        }
        #expect(backward.isEmpty, "\(backward.joined(separator: "\n"))")
    }

    /// Folders of equal rank may name each other's types, but not both ways: two folders that
    /// lean on each other are one concern, or have an order.
    @Test func noTwoFoldersOfEqualRankNameEachOther() throws {
        let files = try Self.files()
        var owner: [String: String] = [:]
        for file in files {
            for name in Self.declaredTypes(file.text) { owner[name] = file.folder }
        }
        var names: Set<[String]> = []
        for file in files {
            let code = Self.code(file.text)
            for (name, folder) in owner where folder != file.folder && Self.order[folder] == Self.order[file.folder] {
                if code.range(of: #"\b\#(name)\b"#, options: .regularExpression) != nil {
                    names.insert([file.folder, folder])
                }
            }
        }
        let cycles = names.filter { $0[0] < $0[1] && names.contains([$0[1], $0[0]]) }
        #expect(cycles.isEmpty, "folders of one rank naming each other: \(cycles)")
    }

    @Test func theScanSeesABackwardReference() {
        // The check itself can fail: a made-up file of an early folder naming a CLI type.
        let code = Self.code(
            "// CommandIO in a comment is fine\nlet text = \"CommandIO\"\nfunc f(_ io: CommandIO) {}\n")
        #expect(code.range(of: #"\bCommandIO\b"#, options: .regularExpression) != nil)
        #expect(!Self.code("// CommandIO\nlet a = \"CommandIO\"\n").contains("CommandIO"))
        #expect(Self.declaredTypes("public struct A {}\n    struct Nested {}\nenum B {}\n") == ["A", "B"])
        let members = Self.declaredMembers(
            "struct A {\n    var a = 1\n}\nextension String {\n    package var b: Int { 1 }\n    case c, d(Int)\n}\n")
        #expect(
            members.map(\.name) == ["a", "b", "c", "d"] && members.map(\.inExtension) == [false, true, true, true])
    }
}
