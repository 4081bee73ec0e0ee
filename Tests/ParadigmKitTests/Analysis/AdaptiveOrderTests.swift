import Foundation
import Testing

@testable import ParadigmKit

/// The adaptive interview's order and its proof that the recommendation is settled.
@Suite struct AdaptiveOrderTests {
    /// Replayed with each profile's answers, the adaptive order settles every profile within the
    /// issue's goal (a median of at most 20 questions), and "settled" never lies: the
    /// recommendation then equals the one from every answer.
    @Test func everyProfileSettlesAndTheSettledRecommendationIsTheFullOne() throws {
        let questionnaire = try Load.builtIn()
        var counts: [Int] = []
        for result in ProfileTests.results {
            let replay = AdaptiveOrder.replay(result.assessment.answers, questionnaire: questionnaire)
            let settled = try #require(
                replay.toSettled, "\(result.profile.file) never settled; open: \(replay.keptOpen)")
            counts.append(settled)
            #expect(replay.recommendation == replay.fullRecommendation, "\(result.profile.file)")
        }
        let sorted = counts.sorted()
        #expect(sorted[sorted.count / 2] <= 20, "median questions to settled: \(sorted[sorted.count / 2])")
    }

    /// Settled is a proof: once the check says so, no answer to any open question changes the
    /// recommendation (each open question tried with every option, one at a time).
    @Test func aSettledRecommendationSurvivesEveryOpenAnswer() throws {
        let questionnaire = try Load.builtIn()
        let result = try #require(ProfileTests.results.first { $0.profile.file == "founder-led-band-edge.yaml" })
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: "partial")
        var asked: [String] = []
        var assessment: Assessment?
        while let next = AdaptiveOrder.remaining(questionnaire, answers: answers, asked: asked, all: false).first {
            if let answer = result.assessment.answers[next] { answers.set(answer) }
            asked.append(next)
            if AdaptiveOrder.stage(questionnaire, answers: answers) == .settled {
                assessment = try Assessor.assess(answers, with: questionnaire)
                break
            }
        }
        let settled = try #require(assessment)
        for question in SettledCheck(settled).open {
            for option in question.options {
                var changed = answers
                let value: AnswerValue =
                    switch question.kind {
                    case .number: .number(question.lowestValue(in: option) ?? 0, band: option.id)
                    case .multiple: .choices([option.id])
                    default: .choice(option.id)
                    }
                changed.set(Answer(questionID: question.id, value: value))
                _ = changed.dropInapplicable(in: questionnaire)
                let other = try Assessor.assess(changed, with: questionnaire)
                #expect(other.recommendation == settled.recommendation, "\(question.id) = \(option.id)")
            }
        }
    }

    /// The interview itself, in adaptive order, answered as a profile: it asks fewer questions
    /// than the questionnaire has and reaches the recommendation from every answer.
    @Test func theAdaptiveInterviewAsksLessAndAgrees() throws {
        let questionnaire = try Load.builtIn()
        let result = try #require(ProfileTests.results.first { $0.profile.file == "../assimilated-subscription.yaml" })
        let full = result.assessment.answers
        var interview = Interview(
            questionnaire: questionnaire,
            answers: Answers(questionnaireID: questionnaire.id, sourceName: "a.yaml"), adaptive: true)
        var questionsAsked = 0
        for _ in 0..<200 {
            guard case .asking(let step) = interview.screen else { break }
            switch step {
            case .name: _ = interview.respond("Dana")
            case .role: _ = interview.respond("1")
            case .organisation: _ = interview.respond("Brightwater")
            case .question(let id):
                questionsAsked += 1
                // On the practice checklist, the row marked.
                let asked = interview.questionOnScreen ?? id
                _ = interview.respond(full[asked].map { Self.reply($0.value) } ?? "skip")
            }
        }
        #expect(interview.screen == .review(final: true))
        #expect(questionsAsked < questionnaire.questions.count - 10, "asked \(questionsAsked)")
        #expect(interview.notAsked > 0)
        let assessment = try Assessor.assess(interview.answers, with: questionnaire)
        #expect(assessment.recommendation == result.assessment.recommendation)
    }

    /// A typed reply for an answer, as a respondent would type it.
    static func reply(_ value: AnswerValue) -> String {
        switch value {
        case .choice(let id): id
        case .choices(let ids): ids.joined(separator: ",")
        case .number(let number, _): number == number.rounded() ? String(Int(number)) : String(number)
        case .text(let text): text.split(separator: "\n").joined(separator: " ")
        case .unsure: "unsure"
        }
    }
}
