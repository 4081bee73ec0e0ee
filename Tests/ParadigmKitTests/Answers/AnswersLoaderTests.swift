import Testing

@testable import ParadigmKit

/// Every refusal of an answers file, with its exact location and message.
@Suite struct AnswersLoaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let answers: String
        let expected: String
        let help: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown question", answers: "  motoin: field\n",
            expected: "answers.yaml:3:3: error: unknown question `motoin`", help: "did you mean `motion`?"),
        Case(
            name: "unknown option", answers: "  motion: feild\n",
            expected:
                "answers.yaml:3:11: error: `motion` expects one of: field, plg, hybrid, or unsure; found \"feild\"",
            help: "did you mean `field`?"),
        Case(
            name: "scale out of range", answers: "  trust: 7\n",
            expected: "answers.yaml:3:10: error: `trust` expects a whole number from 1 to 5, or unsure; found \"7\"",
            help: nil),
        Case(
            name: "list for a single choice", answers: "  motion:\n    - field\n",
            expected: "answers.yaml:4:5: error: `motion` takes one answer, not a list",
            help: "write one option after the colon, e.g. `motion: field`"),
        Case(
            name: "bad item in a list", answers: "  channels:\n    - a\n    - d\n",
            expected: "answers.yaml:5:7: error: `channels` expects one or more of: a, b, c, or unsure; found \"d\"",
            help: "did you mean `a`?"),
        Case(
            name: "mapping as an answer", answers: "  motion:\n    field: yes\n",
            expected:
                "answers.yaml:4:5: error: `motion` expects one of: field, plg, hybrid, or unsure; found a mapping "
                + "(key: value lines)",
            help: nil),
    ]

    @Test(arguments: cases)
    func refusal(_ testCase: Case) throws {
        let questionnaire = try Load.tiny()
        let text = "questionnaire: tiny\nanswers:\n" + testCase.answers
        do {
            _ = try Load.answers(text, questionnaire)
            Issue.record("accepted: \(testCase.name)")
        } catch {
            let first = try #require(error.items.first)
            #expect(first.rendered.split(separator: "\n").first.map(String.init) == testCase.expected)
            #expect(first.help == testCase.help)
        }
    }

    /// A list answer as written under `channels:`, and every diagnostic it gives (none when it
    /// reads), or the options it chose.
    @Test(
        arguments: [
            ("    - c\n    - a\n", [], ["a", "c"]),
            ("    - b\n    - b\n", [], ["b"]),
            ("    - Unsure\n", [], nil),
            (
                "    - x\n    - a\n    - y\n",
                [
                    "answers.yaml:4:7: error: `channels` expects one or more of: a, b, c, or unsure; found \"x\"",
                    "answers.yaml:6:7: error: `channels` expects one or more of: a, b, c, or unsure; found \"y\"",
                ], nil
            ),
            (
                "    - unsure\n    - a\n",
                ["answers.yaml:4:5: error: `channels` expects one or more of: a, b, c, or unsure; found \"unsure\""],
                nil
            ),
            (
                "    - k: v\n    - z\n",
                [
                    "answers.yaml:4:7: error: an option of `channels` must be a text value; found a mapping (key: "
                        + "value lines)",
                    "answers.yaml:5:7: error: `channels` expects one or more of: a, b, c, or unsure; found \"z\"",
                ], nil
            ),
        ] as [(String, [String], [String]?)])
    func listAnswers(_ list: String, _ expected: [String], _ chosen: [String]?) throws {
        let questionnaire = try Load.tiny()
        let text = "questionnaire: tiny\nanswers:\n  channels:\n" + list
        do {
            let answers = try Load.answers(text, questionnaire)
            #expect(expected.isEmpty, "accepted")
            #expect(answers["channels"]?.value == chosen.map { .choices($0) } ?? .unsure)
        } catch {
            #expect(error.items.map { $0.rendered.split(separator: "\n").first.map(String.init) ?? "" } == expected)
        }
    }

    @Test func everyErrorOfAFileComesOutInOneRun() throws {
        let questionnaire = try Load.tiny()
        let text = "questionnaire: tiny\nrespondent:\n  role: chief\nanswers:\n  motion: x\n  trust: 9\n  nope: 1\n"
        do {
            _ = try Load.answers(text, questionnaire)
            Issue.record("accepted")
        } catch {
            #expect(error.items.map { $0.location?.line ?? 0 } == [3, 5, 6, 7])
        }
    }

    @Test func wrongQuestionnaireIsNamed() throws {
        let questionnaire = try Load.tiny()
        do {
            _ = try Load.answers("questionnaire: other\nanswers:\n", questionnaire)
            Issue.record("accepted")
        } catch {
            #expect(
                error.items.first?.message
                    == "these answers are for the questionnaire `other`, but the questionnaire in use is `tiny`")
        }
    }

    /// An option id in other case is the option, unless two ids read the same that way.
    @Test func optionIDsAreReadInAnyCase() throws {
        let questionnaire = try Load.tiny()
        let answers = try Load.answers(
            "questionnaire: tiny\nanswers:\n  motion: FIELD\n  channels: A, c\n", questionnaire)
        #expect(answers["motion"]?.value == .choice("field"))
        #expect(answers["channels"]?.value == .choices(["a", "c"]))
        let twins = Question(
            id: "q", sectionID: "s", prompt: "?", help: "", kind: .single, informs: .fit, weight: 1,
            unsureAllowed: false,
            optional: false, condition: nil,
            options: ["a", "A"].map {
                Option(
                    id: $0, label: "label \($0)", weights: StanceWeights(), today: StanceWeights(), why: "",
                    below: nil, location: SourceLocation(line: 1, column: 1))
            },
            location: SourceLocation(line: 1, column: 1))
        #expect(AnswerReader.read("A", for: twins) == .success(.choice("A")))
        #expect(AnswerReader.read("a", for: twins) == .success(.choice("a")))
        guard case .failure = AnswerReader.read("B", for: twins) else {
            Issue.record("accepted B")
            return
        }
    }

    @Test func blankAnswersAreUnansweredAndUnsureIsKept() throws {
        let questionnaire = try Load.tiny()
        let answers = try Load.answers(
            "questionnaire: tiny\nanswers:\n  motion:\n  trust: unsure\n  channels: a, c\n", questionnaire)
        #expect(answers["motion"] == nil)
        #expect(answers["trust"]?.value == .unsure)
        #expect(answers["channels"]?.value == .choices(["a", "c"]))
    }

    /// Every spelling of "not sure", in any case; nothing else, however close.
    @Test(arguments: [
        ("unsure", true), ("Not Sure", true), ("DON'T KNOW", true), ("dont know", true), ("don't \u{212A}now", true),
        ("unsur", false), ("not  sure", false), ("unsureness", false), ("", false), ("ünsure", false),
    ])
    func unsureIsReadInAnyCase(_ text: String, _ unsure: Bool) {
        #expect(AnswerReader.isUnsure(text) == unsure)
        #expect(AnswerReader.isUnsure(text) == AnswerReader.unsureWords.contains(text.lowercased()))
    }

    @Test(arguments: [
        ("12000", 12000.0), ("12,000", 12000), ("12k", 12000), ("1.5m", 1_500_000), ("$40k", 40000), ("35%", 35),
        ("-3", -3),
    ])
    func numbersAreReadAsPeopleWriteThem(_ text: String, _ value: Double) {
        #expect(AnswerReader.number(text) == value)
    }

    @Test(arguments: ["twelve", "1e5", "0x10", "12kk", "", "nan", "inf"])
    func nonNumbersAreRefused(_ text: String) {
        #expect(AnswerReader.number(text) == nil)
    }

    /// The question's unit may be written with the number, before or after it.
    @Test(
        arguments: [
            ("45 days", "days", 45.0), ("45days", "days", 45), ("1 day", "days", 1), ("45 Days", "days", 45),
            ("USD 36k", "USD", 36_000), ("36k usd", "USD", 36_000), ("$36k", "USD", 36_000), ("30 %", "%", 30),
            ("30%", "%", 30), ("12", nil, 12), ("45 weeks", "days", 315),
        ] as [(String, String?, Double)])
    func numbersMayCarryTheirUnit(_ text: String, _ unit: String?, _ value: Double) {
        #expect(AnswerReader.number(text, unit: unit) == .value(value))
    }

    @Test(
        arguments: [
            ("days", "days"), ("45 days", nil), ("45 days days", "days"), ("d 45", "days"), ("45 x", "s"),
        ] as [(String, String?)])
    func otherUnitsAreRefused(_ text: String, _ unit: String?) {
        #expect(AnswerReader.number(text, unit: unit) == .invalid)
    }
}
