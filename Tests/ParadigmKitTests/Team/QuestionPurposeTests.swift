import Testing

@testable import ParadigmKit

/// The questionnaire's `purpose:` key: accepted values, and the refusals that keep perception
/// questions weightless and asked of everyone.
@Suite struct QuestionPurposeTests {
    static let head = QuestionnaireLoaderTests.head

    static let refusals: [(String, String, String)] = [
        (
            "perception with weights",
            "      - id: q2\n        prompt: P\n        help: H\n        type: yes_no\n        purpose: perception\n "
                + "       options:\n          - id: yes\n            label: Yes\n            weights:\n "
                + "             siloed: 1\n            why: W.\n          - id: no\n            label: No\n",
            "test.yaml:30:9: error: question `q2` is `purpose: perception`, so its options take no `weights:` or "
                + "`today:`"
        ),
        (
            "perception with a condition",
            "      - id: q2\n        prompt: P\n        help: H\n        type: yes_no\n        purpose: perception\n "
                + "       when:\n          q1: a\n        options:\n          - id: yes\n            label: Yes\n "
                + "         - id: no\n            label: No\n",
            "test.yaml:30:9: error: question `q2` is `purpose: perception`, so it is asked of everyone and takes "
                + "no `when:`"
        ),
        (
            "text with a purpose",
            "      - id: q2\n        prompt: P\n        help: H\n        type: text\n        purpose: fact\n",
            "test.yaml:30:9: error: question `q2` is free text, so it cannot be `purpose: fact`"
        ),
        (
            "unknown purpose",
            "      - id: q2\n        prompt: P\n        help: H\n        type: text\n        purpose: percepton\n",
            "test.yaml:30:18: error: `purpose` in question `q2` must be one of: perception, fact; found \"percepton\""
        ),
    ]

    @Test(arguments: refusals)
    func refusal(_ name: String, _ tail: String, _ expected: String) {
        do {
            _ = try Load.questionnaire(Self.head + tail)
            Issue.record("\(name): loaded")
        } catch {
            #expect(error.rendered.contains(expected), "\(name):\n\(error.rendered)")
        }
    }

    @Test func purposesLoad() throws {
        let tail =
            "      - id: q2\n        prompt: P\n        help: H\n        type: yes_no\n        purpose: fact\n "
            + "       options:\n          - id: yes\n            label: Yes\n            weights:\n "
            + "             siloed: 1\n            why: W.\n          - id: no\n            label: No\n"
        let questionnaire = try Load.questionnaire(Self.head + tail)
        #expect(questionnaire.question("q1")?.purpose == nil)
        #expect(questionnaire.question("q2")?.purpose == .fact)
    }

    @Test func builtInMarksPerceptionAndFacts() throws {
        let questionnaire = try Load.builtIn()
        let perception = questionnaire.questions.filter { $0.purpose == .perception }
        #expect(perception.count == 5)
        #expect(perception.allSatisfy { $0.kind == .scale && !$0.isWeighted && $0.condition == nil })
        let facts = Set(questionnaire.questions.filter { $0.purpose == .fact }.map(\.id))
        #expect(facts.isSuperset(of: ["company_size", "primary_motion", "reporting_lines", "single_source"]))
    }
}
