import Testing

@testable import ParadigmKit

/// Which conditions can hold: single answers cannot be two options at once, multiple choice can,
/// and a question counts only when its own condition holds.
@Suite struct ConditionSolverTests {
    static let questionnaire =
        TestQuestionnaire.preamble + """
                  - id: one
                    prompt: P
                    help: H
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
                  - id: many
                    prompt: P
                    help: H
                    type: multiple
                    options:
                      - id: x
                        label: X
                        weights:
                          assimilated: 1
                        why: X.
                      - id: y
                        label: Y
                        why: Y.
                  - id: follow
                    prompt: P
                    help: H
                    type: yes_no
                    when:
                      one: a
                    options:
                      - id: "yes"
                        label: "Yes"
                        why: Y.
                      - id: "no"
                        label: "No"
                        why: N.
                  - id: size
                    prompt: P
                    help: H
                    type: number
                    min: 0
                    max: 10
                    bands:
                      - id: low
                        label: Low
                        below: 5
                      - id: high
                        label: High
            gates:

            """

    static func gate(_ when: String) -> String {
        "  - id: g\n    title: G\n    caps:\n      - siloed\n    cap: 40\n    when:\n\(when)    why: W.\n    lift: L.\n"
    }

    static let cases: [(String, String, Bool)] = [
        ("one answer", "      one: a\n", true),
        ("a follow-up with the answer it needs", "      follow: \"yes\"\n      one: a\n", true),
        ("a follow-up with the answer that hides it", "      follow: \"yes\"\n      one: b\n", false),
        ("two options of a multiple-choice question", "      many: x\n      follow: \"no\"\n", true),
        ("a band", "      size: high\n", true),
    ]

    @Test(arguments: cases)
    func holds(_ name: String, _ when: String, _ canHold: Bool) throws {
        let questionnaire = try Load.questionnaire(Self.questionnaire + Self.gate(when))
        let gate = try #require(questionnaire.gates.first)
        let conflict = ConditionSolver(questionnaire: questionnaire).conflict(in: gate.condition)
        #expect((conflict == nil) == canHold, "\(name): \(conflict?.reason ?? "no conflict")")
    }

    @Test func aConflictSaysWhichQuestionHidesWhich() throws {
        let questionnaire = try Load.questionnaire(
            Self.questionnaire + Self.gate("      follow: \"yes\"\n      one: b\n"))
        let gate = try #require(questionnaire.gates.first)
        let conflict = try #require(ConditionSolver(questionnaire: questionnaire).conflict(in: gate.condition))
        #expect(conflict.reason == "it needs `one` to be `b`, but `follow` (line 39) is asked only when `one` is `a`")
        #expect(conflict.location.line == 71)
    }
}
