import Foundation
import Testing

/// Every output is the same from one process to the next. Swift seeds its hashing afresh in
/// each process, so an output that followed a dictionary's or a set's order would differ
/// between two runs of the binary though never within one (the in-process determinism tests
/// cannot see that).
@Suite struct ProcessDeterminismTests {
    static let runs: [[String]] = [
        ["brief", "Examples/proportionate-multi-segment.yaml", "--date", "2026-01-15"],
        ["brief", "Examples/proportionate-multi-segment.yaml", "--date", "2026-01-15", "--detail", "full"],
        ["brief", "Examples/proportionate-multi-segment.yaml", "--date", "2026-01-15", "--format", "json"],
        ["brief", "Examples/proportionate-multi-segment.yaml", "--date", "2026-01-15", "--format", "html"],
        ["brief", "Examples/team", "--date", "2026-01-15"],
        ["brief", "Examples/team", "--date", "2026-01-15", "--format", "json"],
        ["brief", "Examples/team", "--date", "2026-01-15", "--format", "slides"],
        ["brief", "Examples/team", "--date", "2026-01-15", "--anonymous"],
        ["compare", "Examples/compare/meridian-2025.yaml", "Examples/compare/meridian-2026.yaml"],
        ["lint"],
        ["template"],
    ]

    @Test(arguments: runs)
    func twoProcessesWriteTheSameBytes(_ arguments: [String]) throws {
        guard let first = Subprocess.paradigm(arguments, in: Paths.package),
            let second = Subprocess.paradigm(arguments, in: Paths.package)
        else {
            Issue.record("the paradigm binary is not built")
            return
        }
        let one = try first.run()
        let two = try second.run()
        #expect(!one.timedOut && !two.timedOut)
        #expect(one.status == two.status)
        #expect(!one.out.isEmpty, "\(one.err)")
        #expect(one.out == two.out, "the output differs between two processes")
        #expect(one.err == two.err)
    }
}
