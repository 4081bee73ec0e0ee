import Foundation
import Testing

@testable import ParadigmKit

/// Every written form of a number the readers accept or refuse, from one table
/// (Fixtures/Numbers/numbers.tsv) that the browser form's reader is checked against too.
@Suite struct NumberTextTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let line: Int
        let unit: String?
        let text: String
        let expected: NumberText
        var testDescription: String { "\(line): \(text)\(unit.map { " (\($0))" } ?? "")" }
    }

    static func rows() throws -> [Row] {
        let text = try Load.text(Paths.fixture("Numbers/numbers.tsv"))
        var rows: [Row] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 3 else { throw Failure("numbers.tsv:\(index + 1): expected three columns") }
            let outcome = columns[2]
            let expected: NumberText
            if outcome == "x" {
                expected = .invalid
            } else if outcome.hasPrefix("= "), let value = Double(outcome.dropFirst(2)) {
                expected = .value(value)
            } else if outcome.hasPrefix("? ") {
                let readings = outcome.dropFirst(2).split(separator: "|").compactMap {
                    Double($0.trimmingCharacters(in: .whitespaces))
                }
                expected = .ambiguous(readings)
            } else {
                throw Failure("numbers.tsv:\(index + 1): unknown outcome \(outcome)")
            }
            rows.append(
                Row(line: index + 1, unit: columns[0] == "-" ? nil : columns[0], text: columns[1], expected: expected))
        }
        return rows
    }

    @Test(arguments: try rows())
    func readsAsTheTableSays(_ row: Row) {
        #expect(AnswerReader.number(row.text, unit: row.unit) == row.expected)
    }

    @Test func theTableHasEveryKindOfRow() throws {
        let rows = try Self.rows()
        #expect(rows.contains { if case .ambiguous(let r) = $0.expected { r.count == 2 } else { false } })
        #expect(rows.contains { if case .ambiguous(let r) = $0.expected { r.count == 1 } else { false } })
        #expect(rows.contains { $0.expected == .invalid })
        #expect(rows.count > 60)
    }

    /// The refusal names both readings, and a number that is neither gets examples fitting its unit.
    @Test(arguments: [
        (
            "first_year_deal_value", "48.000",
            "`first_year_deal_value` expects a number from 0 to 100,000,000 USD; \"48.000\" could be 48 or 48,000",
            "write 48 or 48000: here a comma groups thousands in threes (12,000) and a dot marks decimals (2.5)"
        ),
        (
            "first_year_deal_value", "48,5k",
            "`first_year_deal_value` expects a number from 0 to 100,000,000 USD; \"48,5k\" could be 48,500 or 485,000",
            "write 48500 or 485000: here a comma groups thousands in threes (12,000) and a dot marks decimals (2.5)"
        ),
        (
            "no_rep_revenue_share", "lots", "`no_rep_revenue_share` expects a number from 0 to 100 %; found \"lots\"",
            "write digits, e.g. 35 or 35%"
        ),
        (
            "sales_cycle_days", "soon", "`sales_cycle_days` expects a number from 0 to 2,000 days; found \"soon\"",
            "write digits, e.g. 45, 45 days, 6 weeks or 3 months"
        ),
    ])
    func refusalsSayWhatToWrite(_ id: String, _ text: String, _ message: String, _ help: String) throws {
        let question = try #require(try Load.builtIn().question(id))
        guard case .failure(let problem) = AnswerReader.read(text, for: question) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(problem.message == message)
        #expect(problem.help == help)
    }

    @Test func aRangeScalesBothEnds() throws {
        let question = try #require(try Load.builtIn().question("first_year_deal_value"))
        guard case .success(.number(let value, _)) = AnswerReader.read("50-60k", for: question) else {
            Issue.record("refused")
            return
        }
        #expect(value == 55_000)
    }
}
