import Foundation
import Testing

@testable import ParadigmKit

/// Inputs within the size limits that once took time quadratic in their size. Speed is shown by
/// `Benchmarks/run.sh scaling`; these tests are only guards: each input took 40 s or more
/// before its fix and a few seconds after, and the generous timeout fails a relapse instead of
/// blocking the suite.
@Suite struct ScalingInputTests {
    @Test(.enabled(if: Subprocess.binary != nil, "needs the built paradigm binary"))
    func aHeaderOfTwoHundredThousandUnknownTitlesIsReportedQuickly() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 200_000
        let header = "company_size," + (0..<count).map { "column \($0)" }.joined(separator: ",")
        let text = header + "\n50 to 199" + String(repeating: ",", count: count) + "\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("wide.csv"))
        let run = try #require(Subprocess.paradigm(["brief", "wide.csv", "-o", "brief.md"], in: folder)).run(
            timeout: 30)
        #expect(!run.timedOut, "each unknown title decoded the 2.3 MB header line again")
        #expect(run.status == 65)
        #expect(run.err.contains("… and \(count - Diagnostics.cap) more not shown"), "\(run.err.suffix(300))")
    }

    @Test(.enabled(if: Subprocess.binary != nil, "needs the built paradigm binary"))
    func threeHundredThousandUnknownQuestionIdsAreReportedQuickly() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 300_000
        var text = "questionnaire: paradigm-advisor\nanswers:\n  company_size: 50_to_199\n"
        text += (0..<count).map { "  unknown_question_\($0): 3\n" }.joined()
        try Data(text.utf8).write(to: folder.appendingPathComponent("a.yaml"))
        let run = try #require(Subprocess.paradigm(["brief", "a.yaml", "-o", "brief.md"], in: folder)).run(timeout: 30)
        #expect(!run.timedOut, "each unknown id was compared with every question id for a suggestion")
        #expect(run.status == 65)
        #expect(
            run.err.contains("= help: `paradigm questions` lists every question id"), "the first ids still get a help")
        #expect(run.err.contains("… and \(count - Diagnostics.cap) more not shown"), "\(run.err.suffix(300))")
    }
}
