extension Linter {
    /// Questions whose weights can never change any score: no weights at all, the same weights
    /// for every answer, or weights switched off by `weight: 0`. A question asked for
    /// information only opts out of the first with `weight: 0`, and a `purpose: perception`
    /// question (compared between roles, never scored) is skipped. (Whether an informative question
    /// can change the *winner* in some context is not decided here: proving that it never can
    /// would mean enumerating every set of answers.)
    mutating func checkWeights() {
        let read = questionnaire.questionsReadByRules
        for question in questionnaire.questions where question.kind != .text && question.purpose != .perception {
            if question.informs == .readiness {
                if !read.contains(question.id) {
                    report(
                        .warning,
                        "question `\(question.id)` informs readiness, but no gate or undefined-practice sign reads it",
                        at: question.location,
                        help: "name it in a gate's `when:`, or write `informs: fit` or `today` and give it weights")
                }
                continue
            }
            let choosable = question.options.filter(question.canBeChosen)
            // Bands no answer reaches are reported on their own.
            if choosable.count < question.options.count { continue }
            let hasWeights = question.options.contains { !$0.weights.isZero || !$0.today.isZero }
            if question.weight == 0 {
                if hasWeights {
                    report(
                        .warning, "question `\(question.id)` has `weight: 0`, so its option weights never count",
                        at: question.location,
                        help:
                            "remove `weight: 0` to score it, or remove the weights if it is asked for information only")
                }
                continue
            }
            if !hasWeights {
                report(
                    .warning, "question `\(question.id)` carries no weight: no answer changes any score",
                    at: question.location,
                    help:
                        "give its options weights, or write `weight: 0` (asked, not scored) or `purpose: perception` "
                        + "to say it carries none on purpose"
                )
                continue
            }
            let fitVaries = question.informs.countsForFit && Self.varies(choosable.map(\.weights))
            let todayVaries = question.informs.countsForToday && Self.varies(choosable.map(\.today))
            let ignored = question.options.contains {
                (!question.informs.countsForFit && !$0.weights.isZero)
                    || (!question.informs.countsForToday && !$0.today.isZero)
            }
            if !fitVaries, !todayVaries, !ignored {
                report(
                    .warning,
                    "every answer to question `\(question.id)` gives the same weights, so it cannot move any score",
                    at: question.location,
                    help:
                        "scores count how far an answer leans compared with the other answers; vary the weights "
                        + "between options"
                )
            }
        }
    }

    private static func varies(_ weights: [StanceWeights]) -> Bool {
        Stance.allCases.contains { stance in Set(weights.map { $0[stance] }).count > 1 }
    }
}
