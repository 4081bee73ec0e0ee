import Testing

@testable import ParadigmKit

/// Cells that repeat are read once per column, and the memo stays bounded.
@Suite struct CellMemoTests {
    @Test func aTextIsReadOncePerColumn() {
        let memo = CellMemo()
        var reads = 0
        func read(_ column: Int, _ text: String) -> Result<AnswerValue, AnswerProblem> {
            memo.value(column: column, text: text) {
                reads += 1
                return text == "bad" ? .failure(AnswerProblem(message: "no", help: nil)) : .success(.choice(text))
            }
        }
        #expect(read(0, "a") == .success(.choice("a")))
        #expect(read(0, "a") == .success(.choice("a")))
        #expect(read(1, "a") == .success(.choice("a")))
        #expect(read(0, "bad") == .failure(AnswerProblem(message: "no", help: nil)))
        #expect(read(0, "bad") == .failure(AnswerProblem(message: "no", help: nil)))
        #expect(reads == 3)
    }

    @Test func aColumnRemembersAtMostTheLimit() {
        let memo = CellMemo()
        var reads = 0
        for round in 0..<2 {
            for value in 0..<(CellMemo.limit + 50) {
                _ = memo.value(column: 0, text: "\(value)") {
                    reads += 1
                    return .success(.number(Double(value), band: "b"))
                }
            }
            // The first round reads every text; the second only those past the limit.
            #expect(reads == (CellMemo.limit + 50) + round * 50)
        }
    }
}
