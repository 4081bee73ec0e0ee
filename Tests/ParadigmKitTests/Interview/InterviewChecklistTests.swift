import Foundation
import Testing

@testable import ParadigmKit

/// The practice checklist: the questions the plan reads on one screen, counted as one step,
/// answered with one key for the marked row or row numbers and keys, writing the same answers
/// as asking each question alone.
@Suite struct InterviewChecklistTests {
    static let fixture = "Interview/settled-before-checklist.yaml"

    /// The fixture resumed in adaptive order: its next screen is the checklist.
    static func resumed() throws -> Interview {
        let questionnaire = try Load.builtIn()
        let answers = try Load.answers(try Load.text(Paths.fixture(fixture)), questionnaire)
        return Interview(questionnaire: questionnaire, answers: answers, resuming: true, adaptive: true)
    }

    static func checklist(_ interview: Interview) throws -> PracticeChecklist {
        guard case .asking(.question(let id)) = interview.screen else { throw Failure("not on a question") }
        return try #require(interview.checklist(at: id))
    }

    @Test func thePlansQuestionsAreOneScreenAndOneStep() throws {
        let interview = try Self.resumed()
        #expect(interview.stage == .settled)
        let checklist = try Self.checklist(interview)
        let ids = checklist.rows.map(\.questionID)
        #expect(ids.count >= 10)
        #expect(ids.contains("sla") && ids.contains("lead_definition") && ids.contains("governance_forum"))
        // Every row shares the screen's number, and the count has one step for all of them.
        let numbers = Set(ids.compactMap { interview.progress($0)?.number })
        #expect(numbers.count == 1)
        let total = try #require(interview.progress(ids[0])?.total)
        #expect(total == interview.numberedSteps.count)
        // The perception questions share one ratings screen too.
        let ratings = interview.numberedSteps.first { $0.count > 1 && $0[0].purpose == .perception }
        #expect(ratings?.count == 5)
        #expect(interview.numberedQuestions.count == total + ids.count - 1 + (ratings?.count ?? 1) - 1)
    }

    /// What each row offers, by state, for the Assimilated plan: the SLA's in place is the
    /// two-way reported agreement, its partly the two others that bind someone.
    @Test func rowsGroupTheQuestionsOwnOptionsByState() throws {
        let checklist = try Self.checklist(try Self.resumed())
        #expect(checklist.stance == .assimilated)
        let sla = try #require(checklist.rows.first { $0.questionID == "sla" })
        #expect(sla.options(.inPlace) == ["two_way_reported"])
        #expect(sla.options(.partly) == ["one_way", "two_way_unreported"])
        #expect(sla.options(.no) == ["none"])
        #expect(
            ChecklistReply.letters(sla).map(\.option) == ["two_way_reported", "one_way", "two_way_unreported", "none"])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        /// What is typed; `<id>` stands for the number of that question's row.
        var typed: String
        /// The question of the row marked.
        var from: String
        /// The questions set and the option ids or `unsure` they get; empty for a refusal.
        var expected: [(id: String, value: String)]
        /// A part of the refusal's message.
        var refusal: String = ""
        var testDescription: String { "\(typed) from \(from)" }
    }

    // For the Assimilated plan: reporting lines (no unsure; in place one answer, no four),
    // targets (in place one_number, partly shared_pipeline), the SLA (y one answer, p two),
    // lead definition (in place two answers).
    static let cases: [Case] = [
        Case(typed: "a", from: "reporting_lines", expected: [("reporting_lines", "both_to_revenue_leader")]),
        Case(typed: "y", from: "reporting_lines", expected: [("reporting_lines", "both_to_revenue_leader")]),
        Case(typed: "u", from: "shared_target", expected: [("shared_target", "unsure")]),
        Case(typed: "unsure", from: "sla", expected: [("sla", "unsure")]),
        Case(
            typed: "a b", from: "shared_target", expected: [("shared_target", "one_number"), ("budget_setting", "b")]),
        Case(
            typed: "<reporting_lines>y <shared_target>p <sla>n <lead_definition>?", from: "reporting_lines",
            expected: [
                ("reporting_lines", "both_to_revenue_leader"), ("shared_target", "shared_pipeline"), ("sla", "none"),
                ("lead_definition", "unsure"),
            ]),
        Case(typed: "<sla>d", from: "reporting_lines", expected: [("sla", "none")]),
        Case(typed: "<sla>two_way_reported", from: "reporting_lines", expected: [("sla", "two_way_reported")]),
        Case(typed: "two_way_reported", from: "sla", expected: [("sla", "two_way_reported")]),
        Case(typed: "<sla>p", from: "reporting_lines", expected: [], refusal: "has 2 answers that count as partly"),
        Case(typed: "<lead_definition>y", from: "sla", expected: [], refusal: "has 2 answers that count as in place"),
        Case(typed: "u", from: "reporting_lines", expected: [], refusal: "needs an answer; not sure is not allowed"),
        Case(typed: "p", from: "reporting_lines", expected: [], refusal: "has no answer that counts as partly"),
        Case(typed: "<sla>z", from: "reporting_lines", expected: [], refusal: "has no answer \"z\""),
        Case(typed: "99a", from: "reporting_lines", expected: [], refusal: "the checklist has no row 99"),
        Case(typed: "a <sla>x", from: "reporting_lines", expected: [], refusal: "has no answer \"x\""),
    ]

    @Test(arguments: cases) func aReplyIsReadAllOrNothing(_ test: Case) throws {
        let interview = try Self.resumed()
        let checklist = try Self.checklist(interview)
        let ids = checklist.rows.map(\.questionID)
        var typed = test.typed
        for (index, id) in ids.enumerated() { typed = typed.replacingOccurrences(of: "<\(id)>", with: "\(index + 1)") }
        let from = try #require(ids.firstIndex(of: test.from))
        switch ChecklistReply.read(typed, checklist, interview.questionnaire, from: from) {
        case .failure(let problem):
            #expect(test.expected.isEmpty, "\(problem.message)")
            #expect(problem.message.contains(test.refusal), "\(problem.message)")
        case .success(let reply):
            #expect(!test.expected.isEmpty)
            let got = reply.values.map { value -> (String, String) in
                let text: String
                switch value.value {
                case .choice(let id): text = id
                default: text = "unsure"
                }
                return (ids[value.row], text)
            }
            #expect(got.map(\.0) == test.expected.map(\.id))
            // A letter in the expectation names the option shown with it.
            let expected = test.expected.map { expectation in
                let row = checklist.rows[ids.firstIndex(of: expectation.id) ?? 0]
                return ChecklistReply.letters(row).first { String($0.key) == expectation.value }?.option
                    ?? expectation.value
            }
            #expect(got.map(\.1) == expected)
        }
    }

    /// One key a row moves the marker down; back moves it up; the last row goes on to the next
    /// question; the answers are those each question alone would get, and nothing else.
    @Test func singleKeysWalkTheRowsAndWriteTheSameAnswers() throws {
        var interview = try Self.resumed()
        let checklist = try Self.checklist(interview)
        let rows = checklist.rows
        let before = interview.answers
        let first = try #require(interview.progress(rows[0].questionID))
        _ = interview.respond("a")
        #expect(interview.markedRow(checklist) == 1)
        #expect(interview.answers["reporting_lines"]?.value == .choice("both_to_revenue_leader"))
        _ = interview.respond("back")
        #expect(interview.markedRow(checklist) == 0)
        _ = interview.respond("")
        #expect(interview.markedRow(checklist) == 1)
        // Enter on a row with no answer is refused.
        let refused = interview.respond("")
        #expect(refused.notices.contains { if case .problem = $0 { true } else { false } })
        // The rest one key each: y where it is one answer, else the first letter; u where allowed.
        for (index, row) in rows.enumerated().dropFirst() {
            #expect(interview.questionOnScreen == row.questionID)
            let key =
                index % 3 == 0 && interview.questionnaire.question(row.questionID)?.unsureAllowed == true ? "u" : "a"
            _ = interview.respond(key)
        }
        #expect(interview.questionOnScreen.map { id in !rows.contains { $0.questionID == id } } == true)
        let next = try #require(interview.questionOnScreen.flatMap { interview.progress($0) })
        #expect(next.number == first.number + 1)
        #expect(next.total <= first.total)
        // Only the checklist's questions changed, each to one of its options or unsure.
        for question in interview.questionnaire.questions where !rows.contains(where: { $0.questionID == question.id })
        {
            #expect(interview.answers[question.id] == before[question.id], "\(question.id)")
        }
        for (index, row) in rows.enumerated() {
            let value = try #require(interview.answers[row.questionID]?.value)
            let expected: AnswerValue =
                index > 0 && index % 3 == 0 && interview.questionnaire.question(row.questionID)?.unsureAllowed == true
                ? .unsure : .choice(ChecklistReply.letters(row)[0].option)
            #expect(value == expected, "\(row.questionID)")
        }
        // The file the interview writes holds these as ordinary entries.
        let text = AnswersWriter.render(interview.answers, questionnaire: interview.questionnaire)
        let reread = try Load.answers(text, interview.questionnaire)
        for row in rows { #expect(reread[row.questionID]?.value == interview.answers[row.questionID]?.value) }
    }

    /// The review numbers the checklist's rows with the checklist's step, and that number
    /// opens the checklist again.
    @Test func theReviewOpensTheChecklistByItsNumber() throws {
        var interview = try Self.resumed()
        let checklist = try Self.checklist(interview)
        let number = try #require(interview.progress(checklist.rows[0].questionID)?.number)
        _ = interview.respond(checklist.rows.map { _ in "a" }.joined(separator: " "))
        _ = interview.respond("review")
        #expect(interview.reviewTarget(String(number)) == .question(checklist.rows[0].questionID))
        _ = interview.respond(String(number))
        #expect(try Self.checklist(interview).rows == checklist.rows)
        // A change by number goes back to the review.
        let sla = try #require(checklist.rows.firstIndex { $0.questionID == "sla" })
        _ = interview.respond("\(sla + 1)b")
        #expect(interview.screen == .review(final: false))
    }
}
