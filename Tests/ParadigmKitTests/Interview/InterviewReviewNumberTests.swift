import Foundation
import Testing

@testable import ParadigmKit

/// The review's rows are picked by the number shown beside them. In the adaptive interview the
/// number is the place a question was asked in, not its place in the questionnaire.
@Suite struct InterviewReviewNumberTests {
    /// An adaptive interview of the built-in questionnaire after `replies` to its first
    /// questions, on the review.
    static func review(after replies: [String]) throws -> Interview {
        let questionnaire = try Load.builtIn()
        var interview = Interview(
            questionnaire: questionnaire,
            answers: Answers(questionnaireID: questionnaire.id, sourceName: "a.yaml"), adaptive: true)
        for reply in ["Dana", "3", "Acme"] + replies + ["review"] { _ = interview.respond(reply) }
        return interview
    }

    @Test(arguments: [1, 2, 3, 4])
    func typingTheNumberShownOpensThatRow(_ number: Int) throws {
        var interview = try Self.review(after: ["48000", "1", "1"])
        #expect(interview.screen == .review(final: false))
        let renderer = InterviewRenderer(style: Style(colour: false), path: "a.yaml")
        // The row the review shows with this number, found by its text.
        let rows = interview.reviewItems.filter { step in
            renderer.reviewLine(step, interview).hasPrefix(
                String(repeating: " ", count: 4 - "\(number)".count) + "\(number)  ")
        }
        let row = try #require(rows.first, "no row numbered \(number)")
        #expect(rows.count == 1)
        _ = interview.respond("\(number)")
        #expect(interview.screen == .asking(row))
    }

    @Test func theAdaptiveOrderIsNotTheQuestionnaireOrder() throws {
        // Without this the test above could pass by the two orders agreeing.
        let interview = try Self.review(after: ["48000", "1", "1"])
        let shown = interview.numberedQuestions.prefix(3).map(\.id)
        let positions = interview.applicableQuestions.prefix(3).map(\.id)
        #expect(shown != positions)
    }

    @Test(arguments: ["0", "5", "99", "-1", "2.0"])
    func aNumberNotShownIsRefusedWithTheNumbersShown(_ reply: String) throws {
        var interview = try Self.review(after: ["48000", "1", "1"])
        let response = interview.respond(reply)
        #expect(interview.screen == .review(final: false))
        guard case .problem(let problem)? = response.notices.first else {
            Issue.record("no notice for \(reply): \(response.notices)")
            return
        }
        #expect(problem.message == "the review has no answer \"\(reply)\"")
        #expect(problem.help?.hasPrefix("type 1 to 4, name") == true, "\(problem.help ?? "")")
    }
}
