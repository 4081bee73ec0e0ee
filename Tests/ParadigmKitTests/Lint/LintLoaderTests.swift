import Testing

@testable import ParadigmKit

/// The loader's `when:` checks that lint relies on: each refusal with its exact location,
/// message and help.
@Suite struct LintLoaderTests {
    static let head =
        TestQuestionnaire.preamble + """
                  - id: motion
                    prompt: How do you sell?
                    help: H.
                    type: single
                    options:
                      - id: field
                        label: Field
                        weights:
                          siloed: 1
                        why: A.
                      - id: plg
                        label: Product-led
                        why: B.
                  - id: notes
                    prompt: Anything else?
                    help: H.
                    type: text

            """

    static let question = "      - id: q2\n        prompt: P\n        help: H\n        type: text\n        when:\n"

    static let cases: [(String, String, String, String)] = [
        (
            "names itself", question + "          q2: a\n",
            "test.yaml:35:11: error: `when` of question `q2` names the question itself; a question cannot depend on "
                + "its own answer",
            "remove this condition"
        ),
        (
            "reads free text", question + "          notes: x\n",
            "test.yaml:35:11: error: `when` of question `q2` reads `notes`, a free-text question; a condition can "
                + "only read a question with options",
            "name a question whose answers are option ids"
        ),
        (
            "names no option", question + "          motion:\n",
            "test.yaml:35:11: error: `when: motion` names no option", "`motion` has: field, plg"
        ),
        (
            "asks for unsure", question + "          motion: unsure\n",
            "test.yaml:35:19: error: `unsure` is not an option of `motion`",
            "an unsure answer never satisfies a condition"
        ),
        (
            "misspells a later question",
            question + "          q33: a\n      - id: q3\n        prompt: P\n        help: H\n        type: text\n",
            "test.yaml:35:11: error: `when` of question `q2` names `q33`, which is not an earlier question",
            "did you mean `q3`? It comes later (line 36)"
        ),
        (
            "a gate names an unknown question",
            "gates:\n  - id: g\n    title: G\n    caps:\n      - siloed\n    cap: 40\n    when:\n      motoin: "
                + "field\n    why: W.\n    lift: L.\n",
            "test.yaml:37:7: error: `when` of gate `g` names `motoin`, which is not a question of this questionnaire",
            "did you mean `motion`?"
        ),
    ]

    @Test(arguments: cases)
    func refusal(_ name: String, _ extra: String, _ expected: String, _ help: String) {
        do {
            _ = try Load.questionnaire(Self.head + extra)
            Issue.record("accepted: \(name)")
        } catch {
            let rendered = error.items.first?.rendered ?? ""
            #expect(rendered.split(separator: "\n").first.map(String.init) == expected, "\(name)")
            #expect(rendered.contains("= help: ") && rendered.contains(help), "\(name): \(rendered)")
        }
    }
}
