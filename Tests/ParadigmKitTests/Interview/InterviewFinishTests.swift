import Foundation
import Testing

@testable import ParadigmKit

/// `finish`: an executive short of time stops once the recommendation is settled, and the
/// brief says what the questions not asked leave open; `more` asks them after all.
@Suite struct InterviewFinishTests {
    /// An adaptive interview answered as a profile up to the first screen after the
    /// recommendation settled.
    static func settledInterview(_ file: String) throws -> (Interview, Answers) {
        let questionnaire = try Load.builtIn()
        let result = try #require(ProfileTests.results.first { $0.profile.file == file })
        let full = result.assessment.answers
        var interview = Interview(
            questionnaire: questionnaire,
            answers: Answers(questionnaireID: questionnaire.id, sourceName: "a.yaml"), adaptive: true)
        for _ in 0..<200 where interview.stage != .settled || !interview.isOnAQuestion {
            guard case .asking(let step) = interview.screen else { break }
            switch step {
            case .name: _ = interview.respond("Dana")
            case .role: _ = interview.respond("1")
            case .organisation: _ = interview.respond("Logfern")
            case .question(let id): _ = interview.respond(full[id].map { AdaptiveOrderTests.reply($0.value) } ?? "skip")
            }
        }
        return (interview, full)
    }

    /// Once settled, each screen says how much of the plan the answers show, so that the
    /// respondent can judge when to finish.
    @Test func theSettledLineSaysHowMuchOfThePlanTheAnswersShow() throws {
        let (interview, _) = try Self.settledInterview("devtools-self-serve.yaml")
        let shown = try #require(interview.elementsShown)
        #expect(shown.shown < shown.of)
        var renderer = InterviewRenderer(style: Style(colour: false), path: "a.yaml")
        let screen = renderer.screen(interview).replacingOccurrences(of: "\n", with: " ")
        #expect(
            screen.contains(
                "so far the answers show where \(shown.shown) of the \(shown.of) things this model needs stand today"),
            "\(screen)")
        // The notice names the model it is settled on, with the brief's verdict word.
        let settled = try #require(interview.settledOn)
        #expect(screen.contains("Settled on \(settled.model) (\(settled.verdict))"), "\(screen)")
        #expect(screen.contains("Type finish to stop here."), "\(screen)")
    }

    @Test func finishBeforeTheRecommendationIsSettledIsRefusedWithTheCount() throws {
        let questionnaire = try Load.builtIn()
        var interview = Interview(
            questionnaire: questionnaire,
            answers: Answers(questionnaireID: questionnaire.id, sourceName: "a.yaml"), adaptive: true)
        _ = interview.respond("Dana")
        _ = interview.respond("1")
        _ = interview.respond("Logfern")
        let before = interview.screen
        let response = interview.respond("finish")
        #expect(interview.screen == before)
        guard case .problem(let problem)? = response.notices.first else {
            Issue.record("no notice: \(response.notices)")
            return
        }
        #expect(problem.message.hasPrefix("the recommendation is not settled yet: "), "\(problem.message)")
        #expect(problem.help?.contains("quit") == true)
    }

    @Test func finishInQuestionnaireOrderSaysItIsForTheAdaptiveInterview() throws {
        let questionnaire = try Load.builtIn()
        var interview = Interview(
            questionnaire: questionnaire, answers: Answers(questionnaireID: questionnaire.id, sourceName: "a.yaml"))
        _ = interview.respond("Dana")
        let response = interview.respond("finish")
        #expect(interview.screen == .asking(.role))
        guard case .problem(let problem)? = response.notices.first else {
            Issue.record("no notice: \(response.notices)")
            return
        }
        #expect(problem.message.contains("--all"), "\(problem.message)")
    }

    /// Settled, `finish` goes to the final review with the questions the brief would still use
    /// counted; Enter finishes with only the answers given, and the brief says what is open.
    @Test func finishOnceSettledGoesToTheFinalReviewAndTheBriefSaysWhatIsOpen() throws {
        var (interview, _) = try Self.settledInterview("devtools-self-serve.yaml")
        let asked = interview.asked
        _ = interview.respond("finish")
        #expect(interview.screen == .review(final: true))
        #expect(interview.stillNeeded > 0)
        #expect(interview.notAsked >= interview.stillNeeded)
        var renderer = InterviewRenderer(style: Style(colour: false), path: "a.yaml")
        let review = renderer.screen(interview)
        #expect(review.contains("You finished early"), "\(review)")
        #expect(review.contains("up to \(interview.stillNeeded) questions"), "\(review)")
        _ = interview.respond("")
        #expect(interview.screen == .finished)
        #expect(interview.asked == asked)
        let assessment = try Assessor.assess(interview.answers, with: interview.questionnaire)
        let analysis = BriefAnalysis(assessment)
        let brief = BriefRenderer(analysis: analysis, options: BriefOptions(date: "2026-12-03")).render()
        #expect(!analysis.openReadiness.isEmpty)
        #expect(brief.contains("back on the answers given; \(analysis.openReadiness.count) questions not answered"))
        #expect(brief.contains("**Check first**"))
        #expect(!brief.contains("Every element the answers show is already in place"))
    }

    /// `more` after finishing early asks what the brief still needs, and the interview then
    /// ends where one that never finished early ends.
    @Test func moreAfterFinishingEarlyAsksWhatTheBriefStillNeeds() throws {
        var (interview, full) = try Self.settledInterview("devtools-self-serve.yaml")
        var straight = interview
        _ = interview.respond("finish")
        _ = interview.respond("more")
        #expect(interview.isOnAQuestion)
        for copy in [0, 1] {
            for _ in 0..<200 {
                guard case .asking(.question(let id)) = (copy == 0 ? interview : straight).screen else { break }
                let reply = full[id].map { AdaptiveOrderTests.reply($0.value) } ?? "skip"
                if copy == 0 { _ = interview.respond(reply) } else { _ = straight.respond(reply) }
            }
        }
        #expect(interview.screen == .review(final: true))
        #expect(straight.screen == .review(final: true))
        #expect(interview.stillNeeded == 0)
        #expect(interview.asked == straight.asked)
        #expect(interview.notAsked == straight.notAsked)
    }
}

extension Interview {
    /// Whether a question (not a respondent field or a review) is on screen.
    var isOnAQuestion: Bool {
        if case .asking(.question) = screen { return true }
        return false
    }
}
