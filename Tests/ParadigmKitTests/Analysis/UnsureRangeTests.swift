import Testing

@testable import ParadigmKit

@Suite struct UnsureRangeTests {
    /// The ranges equal the lowest and highest scores found by scoring every combination.
    @Test(arguments: [
        "motion: field\ntrust: unsure\nchannels: unsure",
        "motion: hybrid\ntrust: unsure\nchannels: a\nleader: unsure",
        "motion: unsure\ntrust: 4\nchannels: unsure\nleader: cro",
    ])
    func rangesMatchBruteForce(_ lines: String) throws {
        let assessment = try AnalysisFixture.assess(lines)
        try Self.checkAgainstBruteForce(assessment)
    }

    @Test func builtInExampleMatchesBruteForce() throws {
        let questionnaire = try Load.builtIn()
        let text = try Load.text(Paths.examples.appendingPathComponent("siloed-industrial-distributor.yaml"))
        let assessment = try Assessor.assess(try Load.answers(text, questionnaire), with: questionnaire)
        #expect(UnsureRange.analyse(assessment).questionIDs.count == 2)
        try Self.checkAgainstBruteForce(assessment)
    }

    @Test func nothingUnsure() throws {
        let range = UnsureRange.analyse(try AnalysisFixture.assess("motion: field\ntrust: 3"))
        #expect(range.verdict == .nothingUnsure)
        #expect(range.spans.allSatisfy { $0.lowest == $0.current && $0.highest == $0.current })
    }

    static func checkAgainstBruteForce(_ assessment: Assessment) throws {
        let range = UnsureRange.analyse(assessment)
        let questions = range.questionIDs.compactMap { assessment.questionnaire.question($0) }
        var lowest = [Double](repeating: .infinity, count: 5)
        var highest = [Double](repeating: -.infinity, count: 5)
        var outcomes: Set<Outcome> = []
        for combination in AnalysisFixture.combinations(questions) {
            var answers = assessment.answers
            for (id, value) in combination { answers.set(Answer(questionID: id, value: value)) }
            guard let scored = try? Assessor.assess(answers, with: assessment.questionnaire) else { continue }
            outcomes.insert(Outcome(scored))
            for (index, stance) in Stance.allCases.enumerated() {
                lowest[index] = min(lowest[index], scored.fit.score(stance))
                highest[index] = max(highest[index], scored.fit.score(stance))
            }
        }
        for (index, span) in range.spans.enumerated() {
            #expect(abs(span.lowest - lowest[index]) < 1e-9, "\(span.stance) lowest")
            #expect(abs(span.highest - highest[index]) < 1e-9, "\(span.stance) highest")
        }
        switch range.verdict {
        case .holdsByRange, .holdsInEveryCombination: #expect(outcomes == [Outcome(assessment)])
        case .changes(_, let found): #expect(Set(found.keys) == outcomes)
        case .nothingUnsure, .mayChange: Issue.record("unexpected verdict \(range.verdict)")
        }
    }
}
