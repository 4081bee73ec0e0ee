import Testing

@testable import ParadigmKit

/// `paradigm lint --outline`: the questionnaire in plain language.
@Suite struct QuestionnaireOutlineTests {
    static let clean = "Tests/ParadigmKitTests/Fixtures/Lint/clean.yaml"

    @Test func theOutlineOfASmallQuestionnaire() {
        let result = runCLI(["lint", "--outline", Self.clean])
        #expect(result.code == 0)
        #expect(result.err.isEmpty)
        #expect(
            result.out.hasPrefix(
                "Lint fixture, clean\nlint-clean, version 1: 3 questions in 1 section, 1 readiness gate\n"))
        #expect(
            result.out.hasSuffix(
                """
                1. Sales motion
                   How the company sells and what a deal is worth.

                   1.1 How do you mainly sell?
                       [motion] One answer. Counts towards fit. "Not sure" is accepted.
                       - Field sales: → subservient (sales-led) +3
                       - Product-led: → subservient (product-led) +3
                       - Several motions: → proportionate +3
                       - Through partners: → siloed +3
                       - One revenue team: → assimilated +3

                   1.2 How large is a typical first-year deal?
                       [deal_size] One answer. Counts towards fit. "Not sure" is accepted.
                       Asked only when 1.1 (motion) is “Field sales” or “Several motions”.
                       - Small: → siloed +1
                       - Large: → proportionate +1

                   1.3 How much do the two teams trust each other?
                       [trust] A rating from 1 to 5; 2 to 4 lean in proportion between the two ends. Describes
                       today's practice (as-is), not fit. "Not sure" is accepted.
                       - 1 — Not at all: today → siloed +2
                       - 5 — Fully: today → proportionate +2

                Readiness gates
                  A gate never changes which paradigm fits best. When its answers are given, it caps the "ready now"
                  score of the paradigms it names, and the brief says what would lift it.

                  - The teams do not trust each other [low_trust]
                    Fires when 1.3 (trust) is “1 — Not at all” or “2”. Holds proportionate at 45 or below.
                    Why: A proportionate split needs each side to accept the other's evidence.
                    To lift it: Agree one lead definition and report on it together for two quarters.

                """))
    }

    @Test func theBuiltInOutlineNamesEveryQuestionAndGate() throws {
        let questionnaire = try Load.builtIn()
        let result = runCLI(["lint", "--outline"])
        #expect(result.code == 0)
        for question in questionnaire.questions { #expect(result.out.contains("[\(question.id)]"), "\(question.id)") }
        for gate in questionnaire.gates { #expect(result.out.contains("[\(gate.id)]"), "\(gate.id)") }
        #expect(result.out.contains("Asked only when"))
        #expect(result.out.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= QuestionnaireOutline.width })
    }

    static let leanings: [(String, [(Stance, Double)], String)] = [
        ("none", [], "no leaning"),
        (
            "towards and against, strongest first", [(.siloed, 1), (.proportionate, -2), (.subservientProductLed, 3)],
            "→ subservient (product-led) +3, siloed +1; against: proportionate -2"
        ),
        (
            "both directions alike", [(.subservientSalesLed, 1), (.subservientProductLed, 1), (.siloed, 0.5)],
            "→ subservient (both directions) +1, siloed +0.5"
        ),
        ("only against", [(.assimilated, -1)], "against: assimilated -1"),
    ]

    @Test(arguments: leanings)
    func leaning(_ name: String, _ values: [(Stance, Double)], _ expected: String) {
        var weights = StanceWeights()
        for (stance, value) in values { weights[stance] = value }
        #expect(QuestionnaireOutline.leaning(weights) == expected, "\(name)")
    }

    @Test func aQuestionnaireThatDoesNotLoadHasNoOutline() {
        let result = runCLI(["lint", "--outline", "Tests/ParadigmKitTests/Fixtures/Lint/when-typo.yaml"])
        #expect(result.code == 65)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("did you mean `motion`?"))
    }
}
