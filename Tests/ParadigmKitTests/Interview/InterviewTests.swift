import Foundation
import Testing

@testable import ParadigmKit

/// The interview's state machine, driven reply by reply: every command, defaults, conditions
/// appearing and disappearing, the review and resuming.
@Suite struct InterviewTests {
    /// The respondent fields answered: name, role 1, organisation.
    static let aboutYou = ["Dana", "1", "Northwind"]

    @Test func startsWithTheRespondentAndKeepsTheirFields() throws {
        var interview = try Scripted.interview()
        #expect(interview.screen == .asking(.name))
        var response = interview.respond("")
        #expect(response.moved && !response.changed)
        #expect(interview.answers.respondent.name == nil)
        #expect(interview.screen == .asking(.role))
        response = interview.respond("2")
        #expect(response.changed)
        #expect(interview.answers.respondent.role == "cmo")
        _ = interview.respond("Northwind")
        #expect(interview.answers.respondent.organisation == "Northwind")
        #expect(interview.screen == .asking(.question("motion")))
    }

    @Test func enterWithoutADefaultAsksAgainWithTheReason() throws {
        var interview = Scripted.replying(["Dana"], to: try Scripted.interview())
        var response = interview.respond("")
        #expect(interview.screen == .asking(.role))
        #expect(
            response.notices == [
                .problem(
                    AnswerProblem(
                        message: "nothing typed; type the number of your role",
                        help: "or type `skip` to leave your role out"))
            ])
        interview = Scripted.replying(["1", "Northwind"], to: interview)
        response = interview.respond("")
        #expect(interview.screen == .asking(.question("motion")))
        #expect(
            response.notices == [
                .problem(
                    AnswerProblem(
                        message: "nothing typed; `motion` expects one of: field, plg, hybrid",
                        help: "this question needs an answer; choose the closest one"))
            ])
        #expect(!response.changed && !response.moved)
    }

    @Test func invalidRepliesNeverMoveOrChangeAnything() throws {
        var interview = Scripted.replying(Self.aboutYou, to: try Scripted.interview())
        let before = interview.answers
        for reply in ["9", "feild", "unsure", "1,2"] {
            let response = interview.respond(reply)
            #expect(interview.screen == .asking(.question("motion")), "\(reply)")
            #expect(!response.moved && !response.changed)
            guard case .problem? = response.notices.first else {
                Issue.record("`\(reply)` gave no problem")
                continue
            }
        }
        #expect(interview.answers == before)
    }

    @Test func helpShowsWithoutMoving() throws {
        var interview = Scripted.replying(Self.aboutYou, to: try Scripted.interview())
        let response = interview.respond("?")
        #expect(response.notices == [.help])
        #expect(!response.moved)
        #expect(interview.screen == .asking(.question("motion")))
    }

    @Test func backGoesToThePreviousStepThatApplies() throws {
        var interview = try Scripted.interview()
        #expect(interview.respond("back").notices == [.firstStep])
        interview = Scripted.replying(Self.aboutYou + ["field"], to: interview)
        #expect(interview.screen == .asking(.question("deal_value")))
        _ = interview.respond("back")
        // `trial` and `pql` do not apply to field sales, so back lands on `motion`.
        #expect(interview.screen == .asking(.question("motion")))
        _ = interview.respond("back")
        #expect(interview.screen == .asking(.organisation))
        // Enter keeps the answers on the way forward again.
        let response = interview.respond("")
        #expect(!response.changed)
        #expect(interview.screen == .asking(.question("motion")))
        _ = interview.respond("")
        #expect(interview.screen == .asking(.question("deal_value")))
        #expect(interview.answers["motion"]?.value == .choice("field"))
    }

    @Test func conditionalQuestionsAppearAndTheCountFollows() throws {
        var interview = Scripted.replying(Self.aboutYou, to: try Scripted.interview())
        #expect(interview.progress("motion")! == (1, 6))
        let response = interview.respond("plg")
        #expect(response.notices == [.appeared(["trial"])])
        #expect(interview.screen == .asking(.question("trial")))
        #expect(interview.progress("trial")! == (2, 7))
        #expect(interview.respond("yes").notices == [.appeared(["pql"])])
        #expect(interview.progress("pql")! == (3, 8))
        #expect(interview.progress("deal_value")! == (4, 8))
    }

    @Test func goingBackAndChangingAnAnswerDropsWhatNoLongerApplies() throws {
        var interview = Scripted.replying(Self.aboutYou + ["plg", "yes", "no", "5000"], to: try Scripted.interview())
        #expect(interview.screen == .asking(.question("trust")))
        for _ in 0..<4 { _ = interview.respond("back") }
        #expect(interview.screen == .asking(.question("motion")))
        let response = interview.respond("field")
        #expect(response.notices == [.dropped(["trial", "pql"])])
        #expect(response.changed)
        #expect(interview.answers["trial"] == nil && interview.answers["pql"] == nil)
        #expect(interview.answers["deal_value"]?.value == .number(5_000, band: "small"))
        #expect(interview.screen == .asking(.question("deal_value")))
        #expect(interview.progress("deal_value")! == (2, 6))
        // Back again, and the dropped answers come back as the default when they apply again.
        _ = interview.respond("back")
        #expect(interview.respond("hybrid").notices == [.appeared(["trial"])])
        #expect(interview.screen == .asking(.question("trial")))
        #expect(interview.defaultValue("trial") == .choice("yes"))
        #expect(interview.answers["trial"] == nil)
        #expect(interview.respond("").notices == [.appeared(["pql"])])
        #expect(interview.answers["trial"]?.value == .choice("yes"))
        #expect(interview.defaultValue("pql") == .choice("no"))
    }

    @Test func skipLeavesOpenWhereAllowedAndClearsAnEarlierAnswer() throws {
        var interview = Scripted.replying(Self.aboutYou, to: try Scripted.interview())
        let refused = interview.respond("skip")
        #expect(
            refused.notices == [
                .problem(
                    AnswerProblem(
                        message: "`motion` needs an answer, so it cannot be skipped",
                        help: "choose the closest: one of: field, plg, hybrid"))
            ])
        interview = Scripted.replying(["plg", "yes", "no", "5000"], to: interview)
        _ = interview.respond("back")
        #expect(interview.screen == .asking(.question("deal_value")))
        let cleared = interview.respond("skip")
        #expect(cleared.notices == [.cleared])
        #expect(cleared.changed)
        #expect(interview.answers["deal_value"] == nil)
        #expect(interview.screen == .asking(.question("trust")))
        // Skipping `trial` also drops `pql`, which depends on it.
        for _ in 0..<3 { _ = interview.respond("back") }
        #expect(interview.screen == .asking(.question("trial")))
        #expect(interview.respond("skip").notices == [.cleared, .dropped(["pql"])])
        #expect(interview.screen == .asking(.question("deal_value")))
    }

    @Test func freeTextIsOptionalOrRequiredAsTheQuestionnaireSays() throws {
        var interview = Scripted.replying(Self.aboutYou + ["field", "10", "3", "1"], to: try Scripted.interview())
        #expect(interview.screen == .asking(.question("goal")))
        #expect(interview.respond("").notices.count == 1)
        #expect(
            interview.respond("skip").notices == [
                .problem(
                    AnswerProblem(
                        message: "`goal` needs an answer, so it cannot be skipped", help: "type a line of text"))
            ])
        _ = interview.respond("  Grow  ")
        #expect(interview.answers["goal"]?.value == .text("Grow"))
        #expect(interview.screen == .asking(.question("notes")))
        _ = interview.respond("")
        #expect(interview.answers["notes"] == nil)
        #expect(interview.screen == .review(final: true))
    }

    @Test func reviewEditsAnAnswerAndReturnsWhereItWasOpened() throws {
        var interview = Scripted.replying(Self.aboutYou + ["field", "10"], to: try Scripted.interview())
        #expect(interview.screen == .asking(.question("trust")))
        _ = interview.respond("review")
        #expect(interview.screen == .review(final: false))
        #expect(
            interview.reviewItems == [
                .name, .role, .organisation, .question("motion"), .question("deal_value"), .question("trust"),
            ])
        // A number that is not listed, and a word that is not a field, are refused.
        #expect(interview.respond("4").notices.first.map { if case .problem = $0 { true } else { false } } == true)
        #expect(
            interview.respond("everything").notices.first.map { if case .problem = $0 { true } else { false } } == true)
        _ = interview.respond("2")
        #expect(interview.screen == .asking(.question("deal_value")))
        #expect(interview.editingFromReview)
        _ = interview.respond("250k")
        #expect(interview.screen == .review(final: false))
        _ = interview.respond("role")
        _ = interview.respond("2")
        #expect(interview.answers.respondent.role == "cmo")
        #expect(interview.screen == .review(final: false))
        _ = interview.respond("")
        #expect(interview.screen == .asking(.question("trust")))
        #expect(interview.answers["deal_value"]?.value == .number(250_000, band: "large"))
    }

    @Test func anEditThatMakesQuestionsApplyAsksThemBeforeTheReview() throws {
        var interview = Scripted.replying(
            Self.aboutYou + ["field", "10", "3", "1", "Grow", ""], to: try Scripted.interview())
        #expect(interview.screen == .review(final: true))
        _ = interview.respond("1")
        let response = interview.respond("plg")
        #expect(response.notices == [.appeared(["trial"])])
        #expect(interview.screen == .asking(.question("trial")))
        _ = interview.respond("yes")
        #expect(interview.screen == .asking(.question("pql")))
        _ = interview.respond("no")
        #expect(interview.screen == .review(final: true))
        // `back` while editing returns to the review without changing anything.
        _ = interview.respond("2")
        #expect(interview.screen == .asking(.question("trial")))
        #expect(!interview.respond("back").changed)
        #expect(interview.screen == .review(final: true))
        _ = interview.respond("")
        #expect(interview.screen == .finished)
    }

    @Test func theFinalReviewGoesBackToTheLastQuestion() throws {
        var interview = Scripted.replying(
            Self.aboutYou + ["field", "10", "3", "1", "Grow", "Note"], to: try Scripted.interview())
        #expect(interview.screen == .review(final: true))
        #expect(interview.respond("skip").notices.count == 1)
        _ = interview.respond("back")
        #expect(interview.screen == .asking(.question("notes")))
        _ = interview.respond("")
        #expect(interview.screen == .review(final: true))
        #expect(interview.answers["notes"]?.value == .text("Note"))
    }

    @Test func quitFromAnyScreen() throws {
        var interview = try Scripted.interview()
        _ = interview.respond("quit")
        #expect(interview.screen == .quit)
        interview = Scripted.replying(Self.aboutYou + ["review"], to: try Scripted.interview())
        _ = interview.respond("QUIT")
        #expect(interview.screen == .quit)
    }

    @Test func resumeStartsAtTheFirstOpenStep() throws {
        let questionnaire = try Scripted.questionnaire()
        func answers(_ text: String) throws -> Answers {
            do { return try Load.answers(text, questionnaire) } catch { throw Failure(error.rendered) }
        }
        let partial = try answers(
            """
            questionnaire: interview-test
            respondent:
              role: ceo
              organisation: Northwind
            answers:
              motion: plg
              trial: "no"
              trust: 4
            """)
        var interview = Interview(questionnaire: questionnaire, answers: partial, resuming: true)
        #expect(interview.screen == .asking(.question("deal_value")))
        #expect(interview.reviewItems.contains(.question("trust")))
        _ = interview.respond("back")
        #expect(interview.screen == .asking(.question("trial")))

        let noRole = try answers(
            "questionnaire: interview-test\nrespondent:\n  organisation: Northwind\nanswers:\n  motion: field\n")
        #expect(Interview(questionnaire: questionnaire, answers: noRole, resuming: true).screen == .asking(.role))

        let complete = try answers(
            """
            questionnaire: interview-test
            respondent:
              role: ceo
              organisation: Northwind
            answers:
              motion: field
              deal_value: 10
              trust: 3
              channels: events
              goal: Grow
              notes: Fine
            """)
        interview = Interview(questionnaire: questionnaire, answers: complete, resuming: true)
        #expect(interview.screen == .review(final: true))
        #expect(interview.reviewItems.count == 3 + 6)
        #expect(Interview(questionnaire: questionnaire, answers: complete).screen == .asking(.name))
    }
}

/// The review in a short terminal: pages, and a change confirmed in one line.
@Suite struct InterviewReviewPagingTests {
    @Test func aLongReviewIsPagedAndEnterTurnsThePagesBeforeFinishing() throws {
        var interview = Scripted.replying(
            InterviewTests.aboutYou + ["plg", "yes", "no", "12k", "4", "1,3", "Grow", ""], to: try Scripted.interview())
        #expect(interview.screen == .review(final: true))
        interview.reviewPageSize = 4
        let items = interview.reviewItems
        let pages = interview.reviewPages
        #expect(pages.count == (items.count + 3) / 4)
        #expect(Array(pages.joined()) == items, "every item on exactly one page, in order")
        var renderer = InterviewRenderer(style: Style(colour: false), path: "answers.yaml")
        let first = renderer.screen(interview)
        #expect(first.contains("== Review: all your answers == (page 1 of \(pages.count))"))
        #expect(first.contains("press Enter for the next page"))
        for page in 1..<pages.count {
            #expect(interview.respond("").moved)
            #expect(interview.reviewPage == page)
            #expect(interview.screen == .review(final: true))
        }
        let last = renderer.screen(interview)
        #expect(last.contains("press Enter to finish"))
        _ = interview.respond("")
        #expect(interview.screen == .finished)
    }

    @Test func everyAnswerIsOneLineAndAChangeIsConfirmedInOne() throws {
        var interview = Scripted.replying(
            InterviewTests.aboutYou + ["plg", "yes", "no", "12k", "4", "1,3", "Grow", ""], to: try Scripted.interview())
        var renderer = InterviewRenderer(style: Style(colour: false), path: "answers.yaml")
        let review = renderer.screen(interview)
        let numbered = review.components(separatedBy: "\n").filter {
            $0.range(of: #"^ {2,3}\d+  "#, options: .regularExpression) != nil
        }
        #expect(numbered.count == interview.reviewItems.count - 3, "\(review)")
        #expect(numbered.allSatisfy { $0.count <= InterviewRenderer.width }, "\(numbered)")
        #expect(review.contains("12,000 USD\n"))
        _ = interview.respond("4")
        _ = interview.respond("15k")
        #expect(interview.screen == .review(final: true))
        let confirmed = renderer.screen(interview)
        #expect(confirmed.hasPrefix("  Changed: 4  What is a deal worth?"), "\(confirmed)")
        #expect(confirmed.contains("15,000 USD"))
        #expect(!confirmed.contains("== Review"))
        _ = interview.respond("review")
        #expect(renderer.screen(interview).contains("== Review: all your answers =="))
    }
}
