import Foundation
import Testing

/// ``PublicAPITests`` sees `package` declarations too, being in this package; this scan checks
/// that every ParadigmKit type and member it names is declared `public`, so that it shows what
/// another package can do. It reads the sources as ``LayeringTests`` does.
@Suite struct PublicAPIScanTests {
    /// Names from the standard library, Foundation and Testing that the test uses, which
    /// ParadigmKit may also declare for itself.
    static let standard: Set<String> = [
        "allCases", "appendingPathComponent", "contains", "deletingLastPathComponent", "hasPrefix", "isEmpty",
        "utf8", "record",
    ]

    /// Every declared name, and whether some declaration of it is public (an enum's cases count
    /// as public in a file that declares a public enum).
    static func declarations() throws -> (all: Set<String>, public: Set<String>) {
        let pattern = try NSRegularExpression(
            pattern: #"(?m)^(\s*(?:@\w+(?:\([^)]*\))?\s+)*)((?:\w+(?:\([^)]*\))?\s+)*)"#
                + #"(?:func|var|let|case|struct|enum|class|protocol|typealias|init)\s+`?([A-Za-z_]\w*)"#)
        var all: Set<String> = []
        var open: Set<String> = []
        let root = LayeringTests.sources
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return ([], []) }
        for case let path as String in walker where path.hasSuffix(".swift") {
            let text = LayeringTests.code(try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
            let publicEnum = text.contains("public enum")
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let nameRange = Range(match.range(at: 3), in: text),
                    let whole = Range(match.range, in: text)
                else { continue }
                let name = String(text[nameRange])
                let line = text[whole]
                all.insert(name)
                let isCase = line.range(of: #"\bcase\s"#, options: .regularExpression) != nil
                if line.contains("public ") || (isCase && publicEnum && !line.contains("package ")) {
                    open.insert(name)
                }
            }
        }
        return (all, open)
    }

    @Test func thePublicAPITestNamesOnlyPublicDeclarations() throws {
        let file = Paths.tests.appendingPathComponent("Pipeline/PublicAPITests.swift")
        let code = LayeringTests.code(try String(contentsOf: file, encoding: .utf8))
        let (all, open) = try Self.declarations()
        #expect(open.contains("BriefMaker") && all.contains("TeamLoading") && !open.contains("TeamLoading"))
        // Types (capitalised) and members (after a dot) the test names.
        let used = try NSRegularExpression(pattern: #"(?:\b[A-Z]\w*|\.[a-zA-Z_]\w*)"#)
        var hidden: Set<String> = []
        for match in used.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
            guard let range = Range(match.range, in: code) else { continue }
            let name = code[range].hasPrefix(".") ? String(code[range].dropFirst()) : String(code[range])
            if all.contains(name), !open.contains(name), !Self.standard.contains(name) { hidden.insert(name) }
        }
        #expect(hidden.isEmpty, "not public: \(hidden.sorted().joined(separator: ", "))")
    }

    @Test func theScanSeesAPackageDeclaration() throws {
        let (all, open) = try Self.declarations()
        #expect(all.contains("TeamLoading") && !open.contains("TeamLoading"))
        #expect(open.contains("isTeamOutput") && open.contains("BriefMaker") && !open.contains("copies"))
    }
}
