import Foundation
import Testing

@testable import ParadigmKit

/// The pivotal analysis scores each other answer incrementally (``ScoredAnswer/walk(_:answer:)``).
/// Here every variant is checked against the plain way: change the answer, drop what no longer
/// applies, and assess from scratch.
@Suite struct PivotalScoringTests {
    /// Every alternative of an assessment, scored from scratch with ``Assessor``.
    static func reassessed(_ assessment: Assessment) -> [(PivotalAnswer, Int)] {
        var found: [(PivotalAnswer, Int)] = []
        for (position, question) in assessment.questionnaire.questions.enumerated() {
            guard let given = assessment.answers[question.id]?.value, assessment.answers.applies(question) else {
                continue
            }
            for (alternative, steps) in PivotalAnalysis.alternatives(for: question, given: given) {
                var answers = assessment.answers
                if let alternative {
                    answers.set(Answer(questionID: question.id, value: alternative))
                } else {
                    answers.remove(question.id)
                }
                let dropped = answers.dropInapplicable(in: assessment.questionnaire)
                guard let other = try? Assessor.assess(answers, with: assessment.questionnaire) else { continue }
                found.append(
                    (
                        PivotalAnswer(
                            questionID: question.id, given: given, alternative: alternative, steps: steps,
                            dropped: dropped, outcome: Outcome(other), margin: other.confidence.margin), position
                    ))
            }
        }
        return found
    }

    static func expectSame(_ assessment: Assessment, _ name: String) {
        let fast = PivotalAnalysis.everyAlternative(assessment)
        let slow = reassessed(assessment)
        #expect(fast.count == slow.count, "\(name)")
        for (a, b) in zip(fast, slow) {
            // Bit for bit: the sums are added in the same order.
            #expect(a.0 == b.0 && a.1 == b.1, "\(name): \(a.0.questionID) → \(String(describing: a.0.alternative))")
        }
    }

    @Test(arguments: Paths.exampleAnswers.map(\.lastPathComponent))
    func examplesMatchReassessing(_ name: String) throws {
        let questionnaire = try Load.builtIn()
        let answers = try Load.answers(
            try Load.text(Paths.examples.appendingPathComponent(name)), questionnaire, name: name)
        Self.expectSame(try Assessor.assess(answers, with: questionnaire), name)
    }

    /// Random answer sets over the built-in questionnaire, conditions and gates included.
    @Test func randomAnswerSetsMatchReassessing() throws {
        let questionnaire = try Load.builtIn()
        var random = SplitMix64(seed: 77)
        var checked = 0
        for _ in 0..<40 {
            var answers = Answers(questionnaireID: questionnaire.id, sourceName: "random.yaml")
            for question in questionnaire.questions where !question.options.isEmpty && random.next() % 5 != 0 {
                let alternatives = PivotalAnalysis.alternatives(for: question, given: .unsure).compactMap(\.0)
                guard !alternatives.isEmpty else { continue }
                let value =
                    random.next() % 7 == 0 && question.unsureAllowed
                    ? AnswerValue.unsure : alternatives[Int(random.next() % UInt64(alternatives.count))]
                answers.set(Answer(questionID: question.id, value: value))
            }
            answers.dropInapplicable(in: questionnaire)
            guard let assessment = try? Assessor.assess(answers, with: questionnaire) else { continue }
            Self.expectSame(assessment, "random set \(checked)")
            checked += 1
        }
        #expect(checked >= 30)
    }
}
