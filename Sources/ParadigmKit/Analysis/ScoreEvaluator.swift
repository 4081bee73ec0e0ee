/// Scores mixtures of two answer sets quickly: each question takes its answer from `before` or,
/// when switched, from `after`. Conditions are re-evaluated in questionnaire order and each
/// answer's contribution is computed once, so a comparison can score thousands of mixtures.
/// The result equals ``Assessor/assess(_:with:)`` on the mixed answers (fit then as-is scores
/// of the five candidate models; 50 each when no answer carries weight).
struct ScoreEvaluator {
    private let questionnaire: Questionnaire
    private let sides: [[ScoredAnswer?]]

    init(questionnaire: Questionnaire, before: Answers, after: Answers) {
        self.questionnaire = questionnaire
        sides = [before, after].map { answers in
            questionnaire.questions.map { question in
                answers[question.id].map { ScoredAnswer(question: question, value: $0.value) }
            }
        }
    }

    /// Fit then as-is scores of the five candidate models for a mixture (`switched[i]` takes question
    /// *i*'s answer from `after`).
    func scores(_ switched: [Bool]) -> [Double] {
        let walk = ScoringWalk(questionnaire) { sides[switched[$0] ? 1 : 0][$0] }
        guard walk.fit.hasEvidence else { return [Double](repeating: 50, count: 2 * Stance.allCases.count) }
        return Stance.allCases.map { walk.fit.score($0) } + Stance.allCases.map { walk.today.score($0) }
    }
}
