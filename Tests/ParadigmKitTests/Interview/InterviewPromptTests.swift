import Foundation
import Testing

@testable import ParadigmKit

/// Typed replies: command words, numbers for the options on screen, and every validation
/// message, which must be the answers file's own wherever the file could hold the same text.
@Suite struct InterviewPromptTests {
    struct ParseCase: Sendable, CustomTestStringConvertible {
        let line: String
        let expected: InterviewInput
        var testDescription: String { line.debugDescription }
    }

    static let parseCases: [ParseCase] = [
        ParseCase(line: "?", expected: .command(.help)),
        ParseCase(line: " HELP ", expected: .command(.help)),
        ParseCase(line: "back", expected: .command(.back)),
        ParseCase(line: "Skip", expected: .command(.skip)),
        ParseCase(line: "review", expected: .command(.review)),
        ParseCase(line: "quit", expected: .command(.quit)),
        ParseCase(line: "exit", expected: .command(.quit)),
        ParseCase(line: "", expected: .empty),
        ParseCase(line: "   \t ", expected: .empty),
        ParseCase(line: "unsure", expected: .text("unsure")),
        ParseCase(line: "  1,3 ", expected: .text("1,3")),
        ParseCase(line: "\u{1B}[A\u{1B}[B2", expected: .text("2")),
        ParseCase(line: "a\u{7}b\u{7F}c", expected: .text("abc")),
        ParseCase(line: "back to basics", expected: .text("back to basics")),
    ]

    @Test(arguments: parseCases)
    func parse(_ testCase: ParseCase) {
        #expect(InterviewPrompt.parse(testCase.line) == testCase.expected)
    }

    struct AnswerCase: Sendable, CustomTestStringConvertible {
        let question: String
        let reply: String
        let value: AnswerValue?
        let message: String?
        let help: String?
        var testDescription: String { "\(question): \(reply.debugDescription)" }

        static func accepts(_ question: String, _ reply: String, _ value: AnswerValue) -> AnswerCase {
            AnswerCase(question: question, reply: reply, value: value, message: nil, help: nil)
        }

        static func refuses(_ question: String, _ reply: String, _ message: String, help: String? = nil) -> AnswerCase {
            AnswerCase(question: question, reply: reply, value: nil, message: message, help: help)
        }
    }

    static let answerCases: [AnswerCase] = [
        .accepts("motion", "2", .choice("plg")),
        .accepts("motion", "hybrid", .choice("hybrid")),
        .accepts("motion", "Field sales", .choice("field")),
        .accepts("trial", "1", .choice("yes")),
        .accepts("trial", "n", .choice("no")),
        .accepts("trial", "unsure", .unsure),
        .accepts("channels", "1,3", .choices(["events", "partners"])),
        .accepts("channels", "3, 1", .choices(["events", "partners"])),
        .accepts("channels", "search,1", .choices(["events", "search"])),
        .accepts("channels", "not sure", .unsure),
        .accepts("trust", "4", .choice("4")),
        .accepts("deal_value", "12k", .number(12_000, band: "large")),
        .accepts("deal_value", "9,999", .number(9_999, band: "small")),
        .accepts("goal", "Grow 20% a year", .text("Grow 20% a year")),
        .accepts("motion", "PLG", .choice("plg")),
        .refuses(
            "motion", "4", "`motion` has options 1 to 3; found 4",
            help: "type the number in front of the answer that fits best"),
        .refuses(
            "motion", "0", "`motion` has options 1 to 3; found 0",
            help: "type the number in front of the answer that fits best"),
        .refuses(
            "motion", "feild", "`motion` expects one of: field, plg, hybrid; found \"feild\"",
            help: "did you mean `field`?"),
        .refuses("motion", "unsure", "`motion` does not accept `unsure`", help: "one of: field, plg, hybrid"),
        .refuses(
            "channels", "1,5", "`channels` has options 1 to 3; found 5",
            help: "type the number in front of the answer that fits best"),
        .refuses(
            "channels", "events,tv",
            "`channels` expects one or more of: events, search, partners, or unsure; found \"tv\"",
            help: "type the number in front of the answer that fits best (1 to 3)"),
        .refuses(
            "channels", ",", "`channels` needs at least one option",
            help: "one or more of: events, search, partners, or unsure"),
        .refuses(
            "trust", "7", "`trust` expects a whole number from 1 to 5, or unsure; found \"7\"",
            help: "type the number in front of the answer that fits best (1 to 5)"),
        .accepts("deal_value", "12k USD", .number(12_000, band: "large")),
        .refuses(
            "deal_value", "lots", "`deal_value` expects a number from 0 to 1000000 USD; found \"lots\"",
            help: "write digits, e.g. 12000, 12,000, 12k or 1.5m, with or without \"USD\""),
        .refuses("deal_value", "2m", "`deal_value` expects a number from 0 to 1000000 USD; found 2000000"),
    ]

    @Test(arguments: answerCases)
    func answer(_ testCase: AnswerCase) throws {
        let questionnaire = try Scripted.questionnaire()
        let question = try #require(questionnaire.question(testCase.question))
        let result = InterviewPrompt.answer(testCase.reply, for: question)
        switch result {
        case .success(let value):
            #expect(value == testCase.value, "accepted as \(value)")
            #expect(testCase.message == nil)
        case .failure(let problem):
            #expect(testCase.value == nil, "refused: \(problem.message)")
            if let message = testCase.message {
                // Numbers may be printed with or without thousands separators.
                #expect(ungrouped(problem.message) == ungrouped(message), "\(problem.message)")
            }
            if let help = testCase.help { #expect(problem.help == help) }
        }
    }

    /// Wherever a reply is not an option's number on screen (or an id in another case), the
    /// interview's verdict is the answers file's, message for message.
    @Test(
        arguments: answerCases.filter {
            $0.reply != "PLG"
                && (!["motion", "trial", "channels"].contains($0.question) || !$0.reply.contains(where: \.isNumber))
        })
    func agreesWithTheAnswersFile(_ testCase: AnswerCase) throws {
        let questionnaire = try Scripted.questionnaire()
        let question = try #require(questionnaire.question(testCase.question))
        let interview = InterviewPrompt.answer(testCase.reply, for: question)
        let file = AnswerReader.read(testCase.reply, for: question)
        switch (interview, file) {
        case (.success(let a), .success(let b)): #expect(a == b)
        case (.failure(let a), .failure(let b)):
            #expect(a.message == b.message)
            // Where the file has a fix to offer, the interview offers the same one.
            if b.help != nil { #expect(a.help == b.help) }
        default: Issue.record("the interview gives \(interview), the answers file \(file)")
        }
    }

    @Test func roles() throws {
        let roles = try Scripted.questionnaire().roles
        #expect(try InterviewPrompt.role("2", among: roles).get() == "cmo")
        #expect(try InterviewPrompt.role("ceo", among: roles).get() == "ceo")
        #expect(try InterviewPrompt.role("cmo", among: roles).get() == "cmo")
        guard case .failure(let problem) = InterviewPrompt.role("cm0", among: roles) else {
            Issue.record("`cm0` was accepted")
            return
        }
        #expect(problem.message == "there is no role \"cm0\"")
        #expect(problem.help == "did you mean `cmo`? type the number in front of your role (1 to 2)")
        guard case .failure(let outOfRange) = InterviewPrompt.role("3", among: roles) else {
            Issue.record("`3` was accepted")
            return
        }
        #expect(outOfRange.help == "type the number in front of your role (1 to 2)")
        #expect(try InterviewPrompt.role("CMO", among: roles).get() == "cmo")
    }

    private func ungrouped(_ text: String) -> String {
        text.replacingOccurrences(of: "(?<=[0-9]),(?=[0-9]{3})", with: "", options: .regularExpression)
    }
}
