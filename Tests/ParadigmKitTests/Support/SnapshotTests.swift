import Foundation
import Testing

/// The golden files' line diff shows what changed, not everything after it.
@Suite struct SnapshotTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let expected: String
        let actual: String
        let diff: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "one inserted line", expected: "a\nb\nc\nd\ne\nf", actual: "a\nb\nc\nX\nd\ne\nf",
            diff: "@@ -2,4 +2,5 @@\n  b\n  c\n+ X\n  d\n  e"),
        Case(
            name: "one deleted line", expected: "a\nb\nc\nd\ne", actual: "a\nb\nd\ne",
            diff: "@@ -1,5 +1,4 @@\n  a\n  b\n- c\n  d\n  e"),
        Case(
            name: "one changed line", expected: "a\nb\nc", actual: "a\nB\nc",
            diff: "@@ -1,3 +1,3 @@\n  a\n- b\n+ B\n  c"),
        Case(
            name: "empty against text", expected: "", actual: "a",
            diff: "@@ -1,1 +1,1 @@\n- \n+ a"),
        Case(
            name: "a trailing line break", expected: "a\nb", actual: "a\nb\n",
            diff: "@@ -1,2 +1,3 @@\n  a\n  b\n+ "),
        Case(
            name: "two changes far apart make two hunks",
            expected: "1\n2\n3\n4\n5\n6\n7\n8\n9\n10", actual: "1\nX\n3\n4\n5\n6\n7\n8\nY\n10",
            diff: "@@ -1,4 +1,4 @@\n  1\n- 2\n+ X\n  3\n  4\n@@ -7,4 +7,4 @@\n  7\n  8\n- 9\n+ Y\n  10"),
    ]

    @Test(arguments: cases)
    func diffShowsOnlyTheChange(_ testCase: Case) {
        #expect(Snapshot.lineDiff(testCase.expected, testCase.actual) == testCase.diff)
    }

    @Test func identicalTextsHaveNoDiff() {
        #expect(Snapshot.lineDiff("a\nb", "a\nb").isEmpty)
    }

    @Test func aHugeMiddleIsShownWithoutATable() {
        let old = (0..<50).map { "old \($0)" }
        let new = (0..<50).map { "new \($0)" }
        let edits = LineDiff.edits(old, new, maximumCells: 100)
        #expect(edits.filter { $0.kind == .deleted }.map(\.text) == old)
        #expect(edits.filter { $0.kind == .inserted }.map(\.text) == new)
    }

    @Test func recordingIsRefusedUnderCI() throws {
        withKnownIssue {
            try Snapshot.check(
                "anything", golden: "never-written.txt", environment: ["PARADIGM_RECORD": "1", "CI": "true"])
        }
        #expect(
            !FileManager.default.fileExists(atPath: Paths.snapshots.appendingPathComponent("never-written.txt").path))
    }
}
