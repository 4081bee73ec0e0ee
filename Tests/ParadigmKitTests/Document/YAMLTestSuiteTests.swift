import Foundation
import Testing

@testable import ParadigmKit

/// The official YAML test suite (Fixtures/YAMLTestSuite) through the parser: every case the
/// subset holds loads exactly as the suite says, every other case is refused with located
/// errors, and none crashes or takes long. `accepted.txt` lists the accepted cases, so a case
/// newly refused or newly accepted fails the test until the list (and docs/limits.md) says so.
@Suite struct YAMLTestSuiteTests {
    static let cases = YAMLTestSuiteCase.all

    static let accepted: Set<String> = {
        let text =
            (try? String(contentsOf: YAMLTestSuiteCase.folder.appendingPathComponent("accepted.txt"), encoding: .utf8))
            ?? ""
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
    }()

    @Test func theSuiteIsThere() {
        #expect(Self.cases.count == 402)
        #expect(Self.cases.count(where: \.invalid) == 94)
        #expect(Self.accepted.count == 69)
    }

    @Test(arguments: cases)
    func eachCaseLoadsAsTheSuiteSaysOrIsRefusedWithALocatedError(_ suiteCase: YAMLTestSuiteCase) {
        let clock = ContinuousClock()
        let start = clock.now
        let result: Result<Document, Diagnostics> = Result { () throws(Diagnostics) in
            try DocumentParser.parse(try DocumentParser.decode(suiteCase.input, name: "in.yaml"))
        }
        #expect(clock.now - start < .seconds(1), "no case takes long")
        switch result {
        case .success(let document):
            #expect(Self.accepted.contains(suiteCase.id), "accepted, but not listed in accepted.txt")
            #expect(!suiteCase.invalid, "the suite says this is not valid YAML")
            let expected = suiteCase.documents ?? []
            if expected.isEmpty {
                #expect(document.root == nil)
            } else {
                #expect(expected.count == 1 && document.root.map(PlainTree.init) == expected[0])
            }
        case .failure(let diagnostics):
            #expect(!Self.accepted.contains(suiteCase.id), "refused: \(diagnostics.rendered)")
            #expect(diagnostics.hasErrors)
            let lineCount = String(decoding: suiteCase.input, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false
            ).count
            for diagnostic in diagnostics.items {
                #expect(diagnostic.location != nil, "\(diagnostic.message) is located")
                #expect((diagnostic.location?.line ?? 0) <= lineCount, "\(diagnostic.message) is in the file")
            }
        }
    }
}
