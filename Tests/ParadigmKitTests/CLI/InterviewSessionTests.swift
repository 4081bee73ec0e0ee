import Foundation
import Testing

@testable import ParadigmKit

/// The interview on a scripted terminal: what is printed, when the file is saved, and how it
/// ends on finish, quit, end of input and Ctrl-C.
@Suite struct InterviewSessionTests {
    static let complete = InterviewTests.aboutYou + ["plg", "yes", "no", "12k", "4", "1,3", "Grow", "", ""]

    @Test func aWholeInterviewPrintsSectionsProgressAndTheReview() throws {
        let outcome = try Scripted.session(Self.complete.map(InputLine.line), interview: Scripted.interview())
        #expect(outcome.end == .finished)
        let text = outcome.transcript
        #expect(text.contains("Interview test questionnaire (version 0.1)"))
        #expect(text.components(separatedBy: "== First section ==").count == 2)
        #expect(text.components(separatedBy: "== Second section ==").count == 2)
        #expect(text.contains("The first section's introduction."))
        for marker in [
            "[1/6] How do you sell?", "[2/7] Is there a free trial?", "[3/8] Does usage route",
            "[4/8] What is a deal worth?",
            "[8/8] Anything else?",
        ] {
            #expect(text.contains(marker), "\(marker)")
        }
        #expect(text.contains("    1  Field sales\n    2  Product-led\n    3  Hybrid\n"))
        #expect(text.contains("    1  Not at all\n    2\n    3\n    4\n    5  Fully\n"))
        #expect(text.contains("Type a number from 0 to 1,000,000 USD"))
        #expect(text.contains("== Review: all your answers =="))
        #expect(text.contains("        Events; Partners\n"))
        #expect(text.contains("        12,000 USD\n"))
        #expect(!text.contains("\u{1B}"))
        // Every line read is echoed after the prompt, so the transcript reads as a dialogue.
        #expect(text.contains("> plg\n"))
    }

    @Test func theFileIsSavedAfterEveryAnswerAndReadsBackTheSame() throws {
        let outcome = try Scripted.session(Self.complete.map(InputLine.line), interview: Scripted.interview())
        // Before the first reply nothing is written; after the name, the file holds it.
        #expect(outcome.snapshots[0] == nil)
        #expect(outcome.snapshots[1]?.contains("name: Dana") == true)
        #expect(outcome.snapshots[4]?.contains("motion: plg") == true)
        #expect(outcome.snapshots[5]?.contains("\n  trial: ") == true)
        let text = try #require(outcome.file)
        let questionnaire = try Scripted.questionnaire()
        let loaded: Answers
        do { loaded = try Load.answers(text, questionnaire) } catch { throw Failure(error.rendered) }
        #expect(loaded.respondent == outcome.interview.answers.respondent)
        #expect(loaded.values.mapValues(\.value) == outcome.interview.answers.values.mapValues(\.value))
        #expect(text.hasPrefix("# Paradigm Advisor answers, saved by `paradigm interview` after every answer.\n"))
    }

    @Test func theDefaultIsMarkedAndNamed() throws {
        let replies = InterviewTests.aboutYou + ["2", "back"]
        let outcome = try Scripted.session(replies.map(InputLine.line), interview: Scripted.interview())
        #expect(outcome.transcript.contains(" *  2  Product-led\n"))
        // A long label wraps under itself, after the number.
        let questionnaire = try Scripted.questionnaire()
        let renderer = InterviewRenderer(style: .plain, path: "a.yaml")
        #expect(
            renderer.optionLine(12, String(repeating: "word ", count: 20), chosen: true)
                == " * 12  word word word word word word word word word word word word word word\n       word word "
                + "word word word word\n"
        )
        #expect(renderer.options(try #require(questionnaire.question("trust")), chosen: ["3"]).contains(" *  3\n"))
        #expect(outcome.transcript.contains("Enter keeps 2;"))
    }

    @Test func noticesSayWhatChanged() throws {
        let replies =
            InterviewTests.aboutYou + [
                "plg", "yes", "no", "back", "back", "back", "field", "?", "x", "back", "back", "back", "back", "back",
            ]
        let outcome = try Scripted.session(replies.map(InputLine.line), interview: Scripted.interview())
        let text = flat(outcome.transcript)
        // Notices name questions by their words, never by their ids.
        #expect(
            text.contains("- Because of this answer, one more question applies: “Is there a free trial?”"), "\(text)")
        #expect(
            text.contains("- Removed your answer to “Is there a free trial?”: that question applies only with other"))
        #expect(!text.contains("`trial`") && !text.contains("`pql`") && !text.contains("`motion`"))
        #expect(text.contains("Why it matters: In US dollars."))
        #expect(text.contains("! Not accepted: `deal_value` expects a number from 0 to 1"))
        #expect(text.contains("! This is the first question; there is nothing before it."))
        #expect(text.contains("[2/6] What is a deal worth?"))
    }

    @Test func endOfInputSavesAndNeverAcceptsTheDefault() throws {
        let replies = InterviewTests.aboutYou + ["plg", "back"]
        let outcome = try Scripted.session(replies.map(InputLine.line), interview: Scripted.interview())
        #expect(outcome.end == .endOfInput(linesRead: replies.count))
        #expect(outcome.interview.screen == .asking(.question("motion")))
        #expect(outcome.interview.answers["trial"] == nil)
        #expect(outcome.file?.contains("motion: plg") == true)
        #expect(outcome.file?.contains("trial") == false)
    }

    @Test func ctrlCSavesAndStops() throws {
        let replies = (InterviewTests.aboutYou + ["hybrid"]).map(InputLine.line) + [.interrupted, .line("never read")]
        let outcome = try Scripted.session(replies, interview: Scripted.interview())
        #expect(outcome.end == .interrupted)
        #expect(outcome.file?.contains("motion: hybrid") == true)
        #expect(outcome.interview.screen == .asking(.question("trial")))
    }

    @Test func quitSavesAndStops() throws {
        let outcome = try Scripted.session(
            (InterviewTests.aboutYou + ["quit"]).map(InputLine.line), interview: Scripted.interview())
        #expect(outcome.end == .quit)
        #expect(outcome.file?.contains("organisation: Northwind") == true)
    }

    @Test func nothingAnsweredLeavesNoFile() throws {
        let outcome = try Scripted.session([.line(""), .line("quit")], interview: Scripted.interview())
        #expect(outcome.end == .quit)
        #expect(outcome.file == nil)
        let empty = try Scripted.session([], interview: Scripted.interview())
        #expect(empty.end == .endOfInput(linesRead: 0))
        #expect(empty.file == nil)
    }

    @Test func resumingSummarisesWhatIsThere() throws {
        let questionnaire = try Scripted.questionnaire()
        let text = """
            questionnaire: interview-test
            respondent:
              name: Dana
              role: cmo
              organisation: Northwind
            answers:
              motion: field
              deal_value: unsure
            """
        let answers: Answers
        do { answers = try Load.answers(text, questionnaire) } catch { throw Failure(error.rendered) }
        let outcome = try Scripted.session(
            ["5", "quit"].map(InputLine.line),
            interview: Interview(questionnaire: questionnaire, answers: answers, resuming: true),
            resuming: true, existing: text)
        #expect(
            flat(outcome.transcript).contains(
                "Resuming answers.yaml: Dana, CMO, Northwind. 2 of 6 questions answered (1 unsure). Going on with the "
                    + "first one still open."
            ))
        #expect(outcome.transcript.contains("[3/6] How much do the teams trust each other?"))
        #expect(outcome.file?.contains("trust: 5") == true)
        #expect(outcome.file?.contains("deal_value: unsure") == true)
    }

    @Test func colourOnlyRepeatsTheMarkers() throws {
        let replies = InterviewTests.aboutYou + ["plg", "back", "x"]
        let plain = try Scripted.session(replies.map(InputLine.line), interview: Scripted.interview())
        let coloured = try Scripted.session(replies.map(InputLine.line), interview: Scripted.interview(), colour: true)
        #expect(coloured.transcript.contains("\u{1B}["))
        #expect(!plain.transcript.contains("\u{1B}"))
        // Without its escape codes, the coloured transcript is the plain one, word for word.
        let stripped = coloured.transcript.replacingOccurrences(
            of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain.transcript)
    }

    struct StyleCase: Sendable, CustomTestStringConvertible {
        let flag: Bool
        let environment: [String: String]
        let terminal: Bool
        let colour: Bool
        var testDescription: String { "flag \(flag), \(environment), terminal \(terminal)" }
    }

    @Test(arguments: [
        StyleCase(flag: false, environment: ["TERM": "xterm-256color"], terminal: true, colour: true),
        StyleCase(flag: false, environment: [:], terminal: true, colour: true),
        StyleCase(flag: false, environment: ["NO_COLOR": ""], terminal: true, colour: true),
        StyleCase(flag: false, environment: ["NO_COLOR": "1"], terminal: true, colour: false),
        StyleCase(flag: false, environment: ["TERM": "dumb"], terminal: true, colour: false),
        StyleCase(flag: true, environment: ["TERM": "xterm"], terminal: true, colour: false),
        StyleCase(flag: false, environment: ["TERM": "xterm"], terminal: false, colour: false),
    ])
    func colourIsChosenFromTheTerminalAndTheEnvironment(_ testCase: StyleCase) {
        let style = Style.choose(
            noColorFlag: testCase.flag, environment: testCase.environment, outputIsTerminal: testCase.terminal)
        #expect(style.colour == testCase.colour)
    }

    @Test func aReplyOverOneMebibyteIsRefusedWithAMessage() throws {
        let replies: [InputLine] = InterviewTests.aboutYou.map(InputLine.line) + [.tooLong, .line("quit")]
        let outcome = try Scripted.session(replies, interview: Scripted.interview())
        #expect(outcome.end == .quit)
        #expect(outcome.transcript.contains("! Not accepted: a reply may be at most 1 MiB long; type a shorter one."))
    }
}

/// The text with every run of spaces and line breaks as one space, so that checks do not
/// depend on where lines wrap.
func flat(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}
