import Testing

@testable import ParadigmKit

/// Numbers as people give them: durations for a question in days, and ranges (their middle).
@Suite struct AnswerReaderTests {
    @Test(arguments: [
        ("sales_cycle_days", "45", 45.0),
        ("sales_cycle_days", "45 days", 45),
        ("sales_cycle_days", "2 weeks", 14),
        ("sales_cycle_days", "3 months", 90),
        ("sales_cycle_days", "1 year", 365),
        ("sales_cycle_days", "9-14 months", 345),
        ("sales_cycle_days", "9–14 months", 345),
        ("sales_cycle_days", "60 to 90 days", 75),
        ("first_year_deal_value", "10k to 20k", 15_000),
        ("first_year_deal_value", "$10k-$20k", 15_000),
        ("no_rep_revenue_share", "20–30%", 25),
    ])
    func readsNumbersAsPeopleGiveThem(_ id: String, _ text: String, _ expected: Double) throws {
        let question = try #require(try Load.builtIn().question(id))
        guard case .success(.number(let value, _)) = AnswerReader.read(text, for: question) else {
            Issue.record("\(id): \"\(text)\" was refused")
            return
        }
        #expect(value == expected, "\(id): \"\(text)\"")
    }

    @Test(arguments: [
        ("sales_cycle_days", "30-20"), ("sales_cycle_days", "-5-3"), ("sales_cycle_days", "--1"),
        ("first_year_deal_value", "3 months"), ("no_rep_revenue_share", "2 weeks"),
        ("sales_cycle_days", "9-14 parsecs"),
    ])
    func refusesWhatIsNotANumber(_ id: String, _ text: String) throws {
        let question = try #require(try Load.builtIn().question(id))
        if case .success = AnswerReader.read(text, for: question) { Issue.record("\(id): \"\(text)\" was accepted") }
    }
}
