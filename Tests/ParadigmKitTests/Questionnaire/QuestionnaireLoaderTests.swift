import Testing

@testable import ParadigmKit

/// Schema refusals of a questionnaire, each with its exact location and message.
@Suite struct QuestionnaireLoaderTests {
    static let head =
        TestQuestionnaire.preamble + """
                  - id: q1
                    prompt: Q1?
                    help: H.
                    type: single
                    options:
                      - id: a
                        label: A
                        weights:
                          siloed: 1
                        why: A.
                      - id: b
                        label: B
                        why: B.

            """

    static let cases: [(String, String, String)] = [
        (
            "unknown question key",
            "      - id: q2\n        prompt: P\n        help: H\n        type: text\n        hlep: x\n",
            "test.yaml:30:9: error: unknown key `hlep` in a question"
        ),
        (
            "unknown type", "      - id: q2\n        prompt: P\n        help: H\n        type: choice\n",
            "test.yaml:29:15: error: `type` in question `q2` must be one of: single, multiple, scale, number, yes_no, "
                + "text; found \"choice\""
        ),
        (
            "when names a later or unknown question",
            "      - id: q2\n        prompt: P\n        help: H\n        type: text\n        when:\n          q3: a\n",
            "test.yaml:31:11: error: `when` of question `q2` names `q3`, which is not an earlier question"
        ),
        (
            "when names an unknown option",
            "      - id: q2\n        prompt: P\n        help: H\n        type: text\n        when:\n          q1: c\n",
            "test.yaml:31:15: error: `c` is not an option of `q1`"
        ),
        (
            "weight for an unknown paradigm",
            "      - id: q2\n        prompt: P\n        help: H\n        type: yes_no\n        options:\n          - "
                + "id: 'yes'\n            label: Y\n            weights:\n              silod: 1\n            why: "
                + "Y.\n          - id: 'no'\n            label: N\n",
            "test.yaml:34:15: error: unknown key `silod` in weights"
        ),
        (
            "weight out of range",
            "      - id: q2\n        prompt: P\n        help: H\n        type: yes_no\n        options:\n          - "
                + "id: 'yes'\n            label: Y\n            weights:\n              siloed: 9\n            why: "
                + "Y.\n          - id: 'no'\n            label: N\n",
            "test.yaml:34:23: error: a weight must be a number from -5 to 5; found \"9\""
        ),
        (
            "duplicate question id", "      - id: q1\n        prompt: P\n        help: H\n        type: text\n",
            "test.yaml:26:9: error: duplicate question id `q1`; it was first used on line 13"
        ),
        (
            "bands that do not rise",
            "      - id: q2\n        prompt: P\n        help: H\n        type: number\n        min: 0\n        max: "
                + "10\n        bands:\n          - id: low\n            label: L\n            below: 5\n          - "
                + "id: mid\n            label: M\n            below: 3\n          - id: high\n "
                + "           label: H\n",
            "test.yaml:36:13: error: bands of question `q2` must rise: 3 is not above 5"
        ),
    ]

    @Test(arguments: cases)
    func refusal(_ name: String, _ extra: String, _ expected: String) throws {
        do {
            _ = try Load.questionnaire(Self.head + extra)
            Issue.record("accepted: \(name)")
        } catch {
            #expect(error.items.first?.rendered.split(separator: "\n").first.map(String.init) == expected, "\(name)")
        }
    }

    @Test func theHeadAloneLoads() throws {
        let questionnaire = try Load.questionnaire(Self.head)
        #expect(questionnaire.questions.map(\.id) == ["q1"])
    }

    @Test func theBuiltInQuestionnaireMeetsTheBrief() throws {
        let questionnaire = try Load.builtIn()
        #expect(questionnaire.questions.count >= 30)
        #expect(questionnaire.sections.count >= 6)
        #expect(questionnaire.gates.count >= 4)
        #expect(questionnaire.questions.contains { $0.condition != nil })
        let kinds = Set(questionnaire.questions.map(\.kind.name))
        #expect(kinds == ["single", "multiple", "scale", "number", "yes_no", "text"])
        for question in questionnaire.questions {
            #expect(!question.help.isEmpty, "\(question.id) has no help")
            if question.purpose == .perception {
                #expect(!question.isWeighted, "\(question.id) is a perception question, so it must carry no weight")
            } else if question.informs == .readiness {
                #expect(!question.isWeighted, "\(question.id) informs readiness, so it must carry no weight")
                let read =
                    questionnaire.gates.flatMap { $0.condition.clauses.map(\.questionID) }
                    + (questionnaire.undefinedPractice?.questionsRead ?? [])
                #expect(read.contains(question.id), "\(question.id) informs readiness, but no gate reads it")
            } else if question.kind != .text && question.weight != 0 {
                #expect(question.isWeighted, "\(question.id) carries no weight")
            }
        }
    }
}
