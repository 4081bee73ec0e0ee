import Foundation
import Testing

@testable import ParadigmKit

/// Which answers count under `when:` is one rule: the browser form's copy (`R.holds` in
/// ``FormScript/rules``, run in Node) agrees with ``Condition/holds(answers:)`` on every condition
/// of the built-in questionnaire, for answers that meet each clause, none, some, or are unsure.
/// Skipped when `node` is not installed; `.ci/run` installs it.
@Suite struct FormConditionTests {
    /// An answer to `question` choosing `id`, as Swift holds it and as the form does.
    static func answer(_ id: String, for question: Question) -> (value: AnswerValue, json: [String: Any]) {
        switch question.kind {
        case .multiple: (.choices([id]), ["choices": [id]])
        case .number: (.number(0, band: id), ["value": 0, "band": id])
        default: (.choice(id), ["choice": id])
        }
    }

    @Test(.enabled(if: FormNumberReaderTests.node != nil, "node runs the form's script"))
    func theFormsRuleIsTheModels() throws {
        let questionnaire = try Load.builtIn()
        var cases: [[String: Any]] = []
        var expected: [Bool] = []
        for question in questionnaire.questions {
            guard let condition = question.condition else { continue }
            let asked = condition.clauses.compactMap { questionnaire.question($0.questionID) }
            let rounds = (asked.map(\.options.count).max() ?? 0) + 2
            for round in 0..<rounds {
                // Round r: every clause's question answers its r-th option; past the options,
                // unanswered, then unsure.
                var values: [String: AnswerValue] = [:]
                var json: [String: Any] = [:]
                for asked in asked {
                    if round < asked.options.count {
                        let made = Self.answer(asked.options[round].id, for: asked)
                        (values[asked.id], json[asked.id]) = (made.value, made.json)
                    } else if round == asked.options.count + 1 {
                        (values[asked.id], json[asked.id]) = (.unsure, ["unsure": true])
                    }
                }
                let when = condition.clauses.map {
                    ["question": $0.questionID, "options": $0.optionIDs] as [String: Any]
                }
                cases.append(["when": when, "values": json])
                expected.append(condition.holds(answers: { values[$0] }))
            }
        }
        #expect(expected.contains(true) && expected.contains(false), "the cases reach both outcomes")
        let program = """
            console.log(JSON.stringify(input.map(function (c) { return R.holds(c.when, c.values); })));
            """
        let got = try #require(try FormNumberReaderTests.run(program, input: cases) as? [Bool])
        #expect(got == expected)
    }
}
