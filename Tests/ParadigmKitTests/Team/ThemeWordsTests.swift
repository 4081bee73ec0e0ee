import Testing

@testable import ParadigmKit

/// Words heard: what people write and the themes of the built-in questionnaire it must get,
/// written before the matcher (issue 30). Word forms ("follows", "followed"), negations ("never
/// follows up", "not called") and common synonyms ("junk", "tyre-kickers", "unqualified")
/// put a comment on its theme; a comment on none is listed under "other themes".
@Suite struct ThemeWordsTests {
    static let table: [(String, [String])] = [
        ("Sales never follows up", ["follow_up"]),
        ("Sales never follow up the leads we pass on; half are not called within a week.", ["follow_up"]),
        ("They don't follow-up on demo requests.", ["follow_up"]),
        ("Follow-ups are slow.", ["follow_up"]),
        ("Nobody calls the inbound leads back for days.", ["follow_up"]),
        ("Reps ignore the leads we send.", ["follow_up"]),
        ("No one chases the leads after events.", ["follow_up"]),
        ("Leads sit untouched for a week.", ["follow_up"]),
        ("Leads from the trial are students and tyre-kickers", ["lead_quality"]),
        ("Tire kickers from every webinar.", ["lead_quality"]),
        ("leads are junk", ["lead_quality"]),
        ("Most MQLs are unqualified.", ["lead_quality"]),
        ("Leads are rubbish.", ["lead_quality"]),
        ("Half the leads are not ready to buy.", ["lead_quality"]),
        ("The leads are poor quality.", ["lead_quality"]),
        (
            "The leads marketing sends are mostly students and competitors; nobody asked us what a good lead is.",
            ["lead_quality"]
        ),
        (
            "Sales decides alone what counts as a good lead, then tells the board marketing leads are poor.",
            ["lead_quality", "credit"]
        ),
        ("Marketing spends on brand and events while my reps need meetings booked with named accounts.", ["targets"]),
        ("Our quotas are set without asking marketing.", ["targets"]),
        (
            "Two forecasts reach the board every quarter, one from marketing and one from sales, and they never agree.",
            ["data"]
        ),
        ("The pipeline numbers in the CRM don't match the finance dashboards.", ["data"]),
        ("Marketing takes the credit for deals we close.", ["credit"]),
        ("Sales blames marketing for every missed quarter.", ["credit"]),
        // Nothing here is on a theme: "reports to" is a reporting line, not a report.
        ("Marketing reports to the head of sales and has no voice.", []),
        ("Our customers churn because onboarding is weak.", []),
    ]

    @Test(arguments: table) func aCommentGetsItsThemes(_ comment: String, _ expected: [String]) throws {
        let themes = try Load.builtIn().themes
        let words = ThemeWords(comment)
        #expect(themes.filter { $0.matches(words) }.map(\.id) == expected, "\(comment)")
    }

    /// (word as written, the form it is compared by)
    static let forms: [(String, String)] = [
        ("follows", "follow"), ("followed", "follow"), ("following", "follow"), ("leads", "lead"),
        ("students", "student"), ("kickers", "kicker"), ("qualities", "quality"), ("chased", "chase"),
        ("chases", "chase"), ("ignored", "ignore"), ("blaming", "blame"), ("don't", "dont"), ("Quotas", "quota"),
        ("called", "call"), ("class", "class"), ("status", "status"),
    ]

    @Test(arguments: forms) func wordForms(_ written: String, _ base: String) {
        #expect(ThemeWords(written).stems == ThemeWords(base).stems, "\(written)")
    }

    /// A keyword's `*` stands for up to three words.
    @Test(arguments: [
        ("call * back", "nobody calls them back", true), ("call * back", "nobody calls the new leads back", true),
        ("call * back", "call back", false), ("call * back", "we call a b c d back", false),
    ])
    func wildcard(_ keyword: String, _ text: String, _ expected: Bool) {
        let theme = Theme(id: "t", title: "T", questionID: "q", keywords: [keyword])
        #expect(theme.matches(ThemeWords(text)) == expected, "\(text)")
    }
}
