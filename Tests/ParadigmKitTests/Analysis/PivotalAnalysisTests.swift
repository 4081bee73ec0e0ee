import Testing

@testable import ParadigmKit

@Suite struct PivotalAnalysisTests {
    /// Only `motion: field` (importance 2) is answered. Field weighs siloed 1 and subservient
    /// sales-led 3 out of a highest 1 and 3, so both score 100 and the tie goes to siloed (less
    /// structural change). Product-led instead gives subservient product-led 100, everything
    /// else 0: a lead of 100. Hybrid gives assimilated and proportionate 100 each: a tie that
    /// goes to assimilated, lead 0. Leaving it unanswered leaves nothing to score.
    @Test func handCheckedSingleQuestion() throws {
        let assessment = try AnalysisFixture.assess("motion: field")
        #expect(Outcome(assessment) == Outcome(.siloed))
        let pivotal = PivotalAnalysis.pivotalAnswers(assessment)
        #expect(pivotal.map(\.alternative) == [.choice("plg"), .choice("hybrid")])
        #expect(pivotal.map(\.outcome) == [Outcome(.subservient, direction: .productLed), Outcome(.assimilated)])
        #expect(pivotal.map(\.margin) == [100, 0])
        #expect(pivotal.allSatisfy { $0.answersChanged == 1 && $0.steps == 1 })
    }

    /// A scale answer's alternatives are the other four points, each as many steps away as
    /// points apart, and "unanswered".
    @Test func scaleAlternativesCountSteps() throws {
        let question = try #require(try Load.tiny().question("trust"))
        let alternatives = PivotalAnalysis.alternatives(for: question, given: .choice("2"))
        #expect(alternatives.map(\.0) == [.choice("1"), .choice("3"), .choice("4"), .choice("5"), nil])
        #expect(alternatives.map(\.1) == [1, 1, 2, 3, 1])
    }

    /// Multiple choice: each single option, the chosen set minus one and plus one, no repeats.
    @Test func multipleChoiceAlternatives() throws {
        let question = try #require(try Load.tiny().question("channels"))
        let alternatives = PivotalAnalysis.alternatives(for: question, given: .choices(["a", "b"]))
        #expect(
            alternatives.map(\.0) == [
                .choices(["a"]), .choices(["b"]), .choices(["c"]), .choices(["a", "b", "c"]), nil,
            ])
        #expect(alternatives.map(\.1) == [1, 1, 3, 1, 1])
    }

    /// A pivotal answer is really pivotal: scoring it gives the reported outcome and margin.
    @Test(arguments: Paths.exampleAnswers.map(\.lastPathComponent) + ["compare/meridian-2025.yaml"])
    func reportedOutcomesReproduce(_ example: String) throws {
        let questionnaire = try Load.builtIn()
        let text = try Load.text(Paths.examples.appendingPathComponent(example))
        let assessment = try Assessor.assess(try Load.answers(text, questionnaire), with: questionnaire)
        let split = PivotalAnalysis.split(assessment)
        for pivot in split.pivotal + split.closest {
            var answers = assessment.answers
            if let alternative = pivot.alternative {
                answers.set(Answer(questionID: pivot.questionID, value: alternative))
            } else {
                answers.remove(pivot.questionID)
            }
            #expect(answers.dropInapplicable(in: questionnaire) == pivot.dropped)
            let other = try Assessor.assess(answers, with: questionnaire)
            #expect(Outcome(other) == pivot.outcome)
            #expect(abs(other.confidence.margin - pivot.margin) < 1e-9)
        }
        #expect(
            split.closest.allSatisfy { $0.outcome == Outcome(assessment) && $0.margin <= assessment.confidence.margin })
    }
}
