import Foundation
import Testing

@testable import ParadigmKit

/// Survey exports to answers: the column mapping, the values, and every refusal located by
/// spreadsheet row and column.
@Suite struct SurveyImporterTests {
    static func document(_ text: String, delimiter: CSVDelimiter? = nil) throws -> CSVDocument {
        do { return try CSVReader.read(Data(text.utf8), name: "responses.csv", delimiter: delimiter) } catch {
            throw Failure(error.rendered)
        }
    }

    static func imported(_ text: String, skip: [String] = []) throws -> SurveyImport {
        let questionnaire = try Load.builtIn()
        let document = try document(text)
        do { return try SurveyImporter.read(document, questionnaire: questionnaire, skipColumns: skip) } catch {
            throw Failure(error.rendered)
        }
    }

    /// The first line of each diagnostic the import reports.
    static func refusal(_ text: String, skip: [String] = []) throws -> [String] {
        let questionnaire = try Load.builtIn()
        let document = try document(text)
        do {
            let result = try SurveyImporter.read(document, questionnaire: questionnaire, skipColumns: skip)
            return ["imported \(result.respondents.count)"]
        } catch {
            return error.items.map { $0.rendered.split(separator: "\n").first.map(String.init) ?? "" }
        }
    }

    static func fixture(_ name: String) throws -> String { try Load.text(Paths.fixture("Import/\(name)")) }

    @Test func googleFormsExportImportsCleanly() throws {
        let result = try Self.imported(Self.fixture("google-forms-export.csv"))
        #expect(result.respondents.map(\.row) == [2, 3, 5, 6, 7])
        #expect(result.blankRows == [4])
        #expect(result.respondents.map { $0.answers.respondent.role } == ["ceo", "cmo", "cro", "revops", "sales_team"])
        #expect(
            result.respondents.map { $0.answers.respondent.name } == [
                "Helen Okafor", "Marcus Lindqvist", "Priya Raman", nil, "Tom Becker",
            ])
        #expect(
            result.notes == [
                "Left out columns A (Timestamp) and B (Email Address): form tools add them; they are not questions.",
                "`pql_use` only applies when `has_trial` is yes; left out its answer in row 6.",
            ])
        let helen = result.respondents[0].answers
        #expect(helen["company_size"]?.value == .choice("200_to_999"))
        #expect(helen["first_year_deal_value"]?.value == .number(48000, band: "5k_to_50k"))
        #expect(helen["discovery_channels"]?.value == .choices(["search_content", "peer_communities"]))
        #expect(
            helen["biggest_friction"]?.value == .text("We argue about what a \"qualified\" lead is, every quarter."))
        #expect(helen["notes"] == nil, "an empty cell is not an answer")
        let marcus = result.respondents[1].answers
        #expect(marcus["first_year_deal_value"]?.value == .number(45000, band: "5k_to_50k"))
        #expect(
            marcus["discovery_channels"]?.value == .choices(["search_content", "product_trial", "peer_communities"]))
        #expect(
            marcus["biggest_friction"]?.value
                == .text(
                    """
                    Sales ignores product-qualified leads.
                    They say the signals are "noise", but the trial data says otherwise:
                    - 38% of paid accounts started on the free plan
                    - most of them never talked to a rep
                    """))
        let revops = result.respondents[3].answers
        #expect(
            revops["biggest_friction"]?.value == .text("Two CRMs,\ntwo definitions, one quarrel."),
            "CRLF inside a field becomes LF")
        #expect(revops["pql_use"] == nil)
        let tom = result.respondents[4].answers
        #expect(tom["company_stage"]?.value == .unsure)
        #expect(tom["marketing_scope"]?.value == .unsure, "a curly apostrophe in Don’t know")
        #expect(tom["pace_of_change"] == nil)
    }

    @Test func semicolonExcelExportImportsCleanly() throws {
        let result = try Self.imported(Self.fixture("semicolon-excel-export.csv"))
        #expect(result.respondents.count == 2)
        let first = result.respondents[0].answers
        #expect(
            first.respondent == Respondent(name: "Élodie Marchand", role: "cmo", organisation: "Atelier Numérique SA"))
        #expect(first["discovery_channels"]?.value == .choices(["events", "search_content"]))
        #expect(result.respondents[1].answers.respondent.role == "cro")
    }

    @Test func brokenExportIsReportedRowByRow() throws {
        let lines = try Self.refusal(Self.fixture("broken-export.csv"))
        #expect(
            lines == [
                "responses.csv:1:179: error: row 1, column G: \"Team size\" is not a question id, a question's prompt "
                    + "or a respondent field",
                "responses.csv:3:38: error: row 3, column C (role): `role` must be one of: ceo, cmo, cro, revops, "
                    + "marketing_team, sales_team, other; found \"Chief Marketing Officer\"",
                "responses.csv:3:62: error: row 3, column D (company_size): `company_size` expects one of: under_50, "
                    + "50_to_199, 200_to_999, 1000_to_4999, 5000_plus, or unsure; found \"Around 300\"",
                "responses.csv:3:76: error: row 3, column F (discovery_channels): `discovery_channels` expects one or "
                    + "more of: sales_outreach, partners_referrals, events, search_content, product_trial, "
                    + "peer_communities, or unsure; found \"Podcasts\"",
                "responses.csv:4:63: error: row 4, column E (sales_cycle_days): `sales_cycle_days` expects a number "
                    + "from 0 to 2,000 days; found 3,000",
                "responses.csv:4:68: error: row 4, column F (discovery_channels): `discovery_channels` expects one or "
                    + "more of: sales_outreach, partners_referrals, events, search_content, product_trial, "
                    + "peer_communities, or unsure; found \"Trade shows\"",
                "responses.csv:6:117: error: row 5 has 9 fields, but the header row has 8",
            ])
    }

    @Test func refusalsSayWhatToWrite() throws {
        let questionnaire = try Load.builtIn()
        let document = try Self.document(Self.fixture("broken-export.csv"))
        do {
            _ = try SurveyImporter.read(document, questionnaire: questionnaire)
            Issue.record("the broken export imported")
        } catch {
            let helps = error.items.map { $0.help ?? "" }
            #expect(helps[1].hasPrefix("the roles are: \"CEO or founder\" (ceo), "))
            #expect(helps[2].hasPrefix("write a label or an id: \"Fewer than 50\" (under_50), "))
            #expect(helps[5] == "did you mean \"Trade shows, field events and industry associations\"?")
            #expect(
                helps[6] == "a value holding a comma must be in double quotes; column H's value probably holds it: "
                    + "the row reads cleanly when that value is quoted")
            #expect(error.items[6].width == 11, "the caret underlines the value with the stray comma")
        }
    }

    @Test func theDocumentedErrorsAreTheRealOnes() throws {
        let questionnaire = try Load.builtIn()
        let document = try Self.document(Self.fixture("broken-export.csv"))
        let docs = try Load.text(Paths.package.appendingPathComponent("docs/import.md"))
        do {
            _ = try SurveyImporter.read(document, questionnaire: questionnaire)
            Issue.record("the broken export imported")
        } catch {
            let shown = [2, 4, 6].map { error.items[$0].rendered }.joined(separator: "\n")
            #expect(docs.contains("```\n" + shown + "```\n"), "docs/import.md shows:\n\(shown)")
        }
    }

    struct HeaderCase: Sendable, CustomTestStringConvertible {
        let title: String
        let expected: SurveyColumn?
        var testDescription: String { title }
    }

    static let headerCases: [HeaderCase] = [
        HeaderCase(title: "company_size", expected: .question("company_size")),
        HeaderCase(title: "How many people work in the company in total?", expected: .question("company_size")),
        HeaderCase(title: "  how many PEOPLE work in the   company in total ", expected: .question("company_size")),
        HeaderCase(title: "How many people work in the company in total? *", expected: .question("company_size")),
        HeaderCase(title: "Your name", expected: .respondent(.name)),
        HeaderCase(title: "Name", expected: .respondent(.name)),
        HeaderCase(title: "What is your role?", expected: .respondent(.role)),
        HeaderCase(title: "role", expected: .respondent(.role)),
        HeaderCase(title: "Organization", expected: .respondent(.organisation)),
        HeaderCase(title: "Company", expected: .respondent(.organisation)),
        HeaderCase(title: "Timestamp", expected: .metadata),
        HeaderCase(title: "Email Address", expected: .metadata),
        HeaderCase(title: "Completion time", expected: .metadata),
        HeaderCase(title: "Submitted At", expected: .metadata),
        HeaderCase(title: "Company size", expected: nil),
        HeaderCase(title: "company-size", expected: nil),
    ]

    @Test(arguments: headerCases)
    func headerTitles(_ testCase: HeaderCase) throws {
        #expect(SurveyColumnMatcher(try Load.builtIn()).column(testCase.title) == testCase.expected)
    }

    struct ChoiceCase: Sendable, CustomTestStringConvertible {
        let text: String
        let expected: [String]
        var testDescription: String { text }
    }

    static let choiceCases: [ChoiceCase] = [
        ChoiceCase(
            text: "Search, our website and our content, Partners, dealers or referrals",
            expected: ["search_content", "partners_referrals"]),
        ChoiceCase(
            text: "Search, our website and our content;Partners, dealers or referrals;",
            expected: ["search_content", "partners_referrals"]),
        ChoiceCase(text: "events, search_content", expected: ["events", "search_content"]),
        ChoiceCase(text: "events;search_content", expected: ["events", "search_content"]),
        ChoiceCase(text: "EVENTS , Search, Our Website And Our Content", expected: ["events", "search_content"]),
        ChoiceCase(text: "Podcasts, events", expected: ["Podcasts", "events"]),
        ChoiceCase(text: "Search, events", expected: ["Search", "events"]),
        ChoiceCase(text: "eventsX", expected: ["eventsX"]),
        ChoiceCase(text: "", expected: []),
    ]

    @Test(arguments: choiceCases)
    func multipleChoiceCells(_ testCase: ChoiceCase) throws {
        let question = try #require(try Load.builtIn().question("discovery_channels"))
        #expect(ChoiceSplitter.split(testCase.text, for: question) == testCase.expected)
    }

    struct RefusalCase: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let skip: [String]
        let expected: [String]
        var testDescription: String { name }

        init(_ name: String, _ text: String, skip: [String] = [], _ expected: [String]) {
            self.name = name
            self.text = text
            self.skip = skip
            self.expected = expected
        }
    }

    static let refusalCases: [RefusalCase] = [
        RefusalCase("empty file", "", ["responses.csv: error: the file holds no header row and no responses"]),
        RefusalCase(
            "header only", "name,company_size\n",
            ["responses.csv:1:1: error: row 1: the file has a header row but no responses below it"]),
        RefusalCase(
            "no question column", "Timestamp,name\n1,Ana\n",
            ["responses.csv:1:1: error: row 1: no column is a question of `paradigm-advisor`"]),
        RefusalCase(
            "the same question twice",
            "company_size,How many people work in the company in total?\n50 to 199,50 to 199\n",
            [
                "responses.csv:1:14: error: row 1, column B: \"How many people work in the company in total?\" reads "
                    + "the same question `company_size` as column A"
            ]),
        RefusalCase(
            "untitled column with values", "company_size,\n50 to 199,x\n",
            ["responses.csv:1:14: error: row 1, column B has no title, but row 2 has a value in it"]),
        RefusalCase(
            "short row", "name,company_size\nAna\n",
            ["responses.csv:2:1: error: row 2 has 1 field, but the header row has 2"]),
        RefusalCase(
            "id typo in the header", "company_sise\n50 to 199\n",
            [
                "responses.csv:1:1: error: row 1, column A: \"company_sise\" is not a question id, a question's "
                    + "prompt or a respondent field"
            ]),
        RefusalCase(
            "unsure where it is not allowed", "has_trial\nnot sure\n",
            ["responses.csv:2:1: error: row 2, column A (has_trial): `has_trial` does not accept `unsure`"]),
        RefusalCase(
            "a list for a single choice", "company_size\n\"50 to 199, 200 to 999\"\n",
            [
                "responses.csv:2:1: error: row 2, column A (company_size): `company_size` expects one of: under_50, "
                    + "50_to_199, 200_to_999, 1000_to_4999, 5000_plus, or unsure; found \"50 to 199, 200 to 999\""
            ]),
        RefusalCase(
            "a scale out of range", "pace_of_change\n7\n",
            [
                "responses.csv:2:1: error: row 2, column A (pace_of_change): `pace_of_change` expects a whole number "
                    + "from 1 to 5, or unsure; found \"7\""
            ]),
        RefusalCase(
            "skipped columns are not read", "company_size,Team size\n50 to 199,12\n", skip: ["team size"],
            ["imported 1"]),
        RefusalCase("columns skipped by letter", "company_size,Team size\n50 to 199,12\n", skip: ["B"], ["imported 1"]),
    ]

    @Test(arguments: refusalCases)
    func refusals(_ testCase: RefusalCase) throws {
        #expect(try Self.refusal(testCase.text, skip: testCase.skip) == testCase.expected)
    }

    @Test func suggestionsForHeaderTitles() throws {
        let questionnaire = try Load.builtIn()
        func help(_ title: String) throws -> String? {
            let document = try Self.document("\(CSVWriter.field(title))\nx\n")
            do {
                _ = try SurveyImporter.read(document, questionnaire: questionnaire)
                return nil
            } catch {
                return error.items.first?.help
            }
        }
        #expect(try help("company_sise") == "did you mean `company_size`?")
        #expect(
            try help("How many people work in the company overall?")
                == "did you mean the prompt of `company_size`: \"How many people work in the company in total?\"?")
        #expect(try help("organisaton") == "did you mean the respondent field `organisation`?")
    }

    @Test func fileNamesAreSanitisedAndSortByRow() throws {
        let result = try Self.imported(
            "name,role,company_size\nZoë O'Brien-Smith,cmo,50 to 199\n,cro,50 to 199\n,,50 to "
                + "199\n../../etc/passwd,,50 to 199\n"
        )
        let names = result.respondents.map { ImportedFiles.fileName($0, digits: 3) }
        #expect(names == ["002-zoe-o-brien-smith.yaml", "003-cro.yaml", "004-respondent.yaml", "005-etc-passwd.yaml"])
    }
}

/// `SurveyImporter.stream`, which a team brief reads a survey export with, against
/// `SurveyImporter.read`, which `paradigm import` uses: the same respondents in the same order,
/// the same problems, the same notes, however the rows fall into batches.
@Suite struct SurveyStreamTests {
    /// Respondents (row and answers) or the first lines of the problems, read both ways.
    static func bothWays(_ text: String) throws -> (read: [String], streamed: [String]) {
        let questionnaire = try Load.builtIn()
        let copy = try Load.builtIn()
        @Sendable func describe(_ respondent: ImportedRespondent) -> String {
            let values = respondent.answers.values.keys.sorted().map {
                "\($0)=\(String(describing: respondent.answers[$0]?.value))"
            }
            return "row \(respondent.row) \(String(describing: respondent.answers.respondent.name)): "
                + values.joined(separator: " ")
        }
        func lines(_ error: Diagnostics) -> [String] {
            error.items.map { $0.rendered.split(separator: "\n").first.map(String.init) ?? "" }
        }
        var read: [String]
        do {
            let imported = try SurveyImporter.read(
                try CSVReader.read(Data(text.utf8), name: "responses.csv"), questionnaire: questionnaire)
            read = imported.respondents.map(describe) + imported.notes
        } catch {
            read = lines(error)
        }
        var streamed: [String] = []
        do throws(Diagnostics) {
            let notes = try SurveyImporter.stream(
                Array(text.utf8), name: "responses.csv", questionnaires: [questionnaire, copy],
                score: { respondent, _ in describe(respondent) }, each: { streamed.append($0) })
            streamed += notes
        } catch {
            streamed = lines(error)
        }
        return (read, streamed)
    }

    @Test(arguments: ["google-forms-export.csv", "semicolon-excel-export.csv", "broken-export.csv"])
    func fixturesStreamAsTheyImport(_ name: String) throws {
        let result = try Self.bothWays(try SurveyImporterTests.fixture(name))
        #expect(!result.read.isEmpty)
        #expect(result.streamed == result.read)
    }

    @Test func theExampleExportStreamsAsItImports() throws {
        let result = try Self.bothWays(
            try Load.text(Paths.package.appendingPathComponent("Examples/import/responses.csv")))
        #expect(result.read.count == 9)  // 8 respondents and one note
        #expect(result.streamed == result.read)
    }

    /// More rows than a batch, so that several batches run on several cores, with blank rows,
    /// bad rows and an untitled column holding a value far down.
    @Test func manyRowsStreamAsTheyImport() throws {
        var lines = ["role,company_size,abm,,discovery_channels"]
        let sizes = ["under_50", "50_to_199", "200_to_999", "1000_to_4999", "5000_plus"]
        for row in 0..<(SurveyImporter.batchSize * 2 + 300) {
            switch row % 997 {
            case 5: lines.append("")
            case 11: lines.append("ceo,huge,none,,events")
            default:
                let tools = row % 2 == 0 ? "none" : "unsure"
                let budget = row == 8_000 ? "x" : ""
                lines.append("cmo,\(sizes[row % sizes.count]),\(tools),\(budget),events;partners_referrals")
            }
        }
        let result = try Self.bothWays(lines.joined(separator: "\n"))
        #expect(result.read.contains { $0.contains("has no title, but row 8002 has a value in it") })
        #expect(result.streamed == result.read)
    }

    /// A file with fewer line breaks than a batch holds is cut on the calling thread; one with
    /// as many (CR, LF and each half of CRLF counted) may hold several batches.
    @Test(arguments: [
        ("\n", SurveyImporter.batchSize - 1, false), ("\n", SurveyImporter.batchSize, true),
        ("\r", SurveyImporter.batchSize, true), ("\r\n", SurveyImporter.batchSize / 2, true),
        ("\r\n", SurveyImporter.batchSize / 2 - 1, false), ("", 0, false),
    ])
    func aFileOfOneBatchIsCutInline(lineBreak: String, count: Int, several: Bool) {
        let text = String(repeating: "a,b" + lineBreak, count: count) + "a,b"
        #expect(SurveyImporter.holdsSeveralBatches(Array(text.utf8)) == several)
    }

    /// A broken CSV (an unclosed quote at the end) gives the same problems whether the file is
    /// cut inline (a few rows) or on its own thread (more rows than a batch).
    @Test(arguments: [3, SurveyImporter.batchSize + 10])
    func aBrokenFileStreamsAsItImports(rows: Int) throws {
        let lines = ["role,company_size"] + Array(repeating: "cmo,under_50", count: rows) + ["cro,\"50_to_199"]
        let result = try Self.bothWays(lines.joined(separator: "\n"))
        #expect(result.read.contains { $0.contains("quote") })
        #expect(result.streamed == result.read)
    }
}
