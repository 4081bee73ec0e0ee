import Testing
@testable import ParadigmKit

/// Each example in Examples/ is an archetype named after the paradigm it should be recommended.
@Suite struct ExampleArchetypeTests {
    @Test(arguments: Paths.exampleAnswers.map(\.lastPathComponent))
    func archetypeWins(_ file: String) throws {
        let expected = try #require(Paradigm.allCases.first { file.hasPrefix($0.rawValue + "-") }, "name examples PARADIGM-….yaml")
        let questionnaire = try Load.builtIn()
        let source = SourceFile(name: file, text: try Load.text(Paths.examples.appendingPathComponent(file)))
        let assessment: Assessment
        do {
            let loaded = try AnswersLoader.load(source, questionnaire: questionnaire)
            #expect(loaded.warnings.isEmpty, "\(loaded.warnings.rendered)")
            assessment = try Assessor.assess(loaded.answers, with: questionnaire)
        } catch {
            throw Failure(error.rendered)
        }
        #expect(assessment.recommendation == expected)
        #expect(assessment.confidence.margin >= 8, "an archetype should win clearly")
        #expect(assessment.asIs != nil, "an archetype answers enough practice questions to name its as-is")
        if file.contains("product-led") { #expect(assessment.direction == .productLed) }
    }

    @Test func thereIsOneArchetypePerParadigm() {
        let names = Paths.exampleAnswers.map(\.lastPathComponent)
        for paradigm in Paradigm.allCases {
            #expect(names.contains { $0.hasPrefix(paradigm.rawValue + "-") }, "no example for \(paradigm)")
        }
    }
}
