extension WitnessSearch {
    /// One question with options, prepared for the search: what each option adds to the fit and
    /// as-is sums, worked out once by the model's own ``Contribution``.
    struct Item {
        let question: Question
        /// The options an answer can choose, by index.
        let choices: [Int]
        /// Each option's fit and as-is sums (``StanceTotals`` of its ``Contribution``); `nil`
        /// where the option does not count, as ``Assessor`` counts answers.
        let fit: [StanceTotals?]
        let today: [StanceTotals?]
        /// Fit weights of each option by stance index, times the question's importance, with
        /// the lowest and highest of any option per stance: what lint's messages explain a
        /// finding with.
        let weights: [[Double]]
        let low: [Double]
        let high: [Double]
        /// Whether the question counts towards fit.
        let counts: Bool
        /// The condition, as (item index, allowed option indices) clauses.
        let clauses: [Clause]
        /// The items whose condition reads this one, in order.
        var dependents: [Int] = []
    }

    /// A condition clause by item and option index.
    struct Clause {
        let item: Int
        let options: Set<Int>
    }

    /// The questions with options, by position among them, with their dependents.
    static func items(_ questionnaire: Questionnaire) -> [Item] {
        let scored = questionnaire.questions.filter { $0.kind != .text }
        let position = positions(scored)
        var items = scored.map { question in
            let values = question.options.map { option in stances.map { question.weight * option.weights[$0] } }
            let low = stances.indices.map { s in values.map { $0[s] }.min() ?? 0 }
            let high = stances.indices.map { s in values.map { $0[s] }.max() ?? 0 }
            let varies = stances.contains { stance in Set(question.options.map { $0.weights[stance] }).count > 1 }
            func totals(_ weights: WeightSet) -> [StanceTotals?] {
                question.options.indices.map { pick in
                    Contribution.counted(question: question, answer: value(question, pick), weights: weights).map {
                        contribution in
                        var totals = StanceTotals()
                        totals.add(contribution)
                        return totals
                    }
                }
            }
            return Item(
                question: question,
                choices: question.options.indices.filter { question.canBeChosen(question.options[$0]) },
                fit: totals(.fit), today: totals(.today), weights: values, low: low, high: high,
                counts: question.informs.countsForFit && varies, clauses: clauses(question.condition, scored, position))
        }
        for index in items.indices {
            for clause in items[index].clauses where !items[clause.item].dependents.contains(index) {
                items[clause.item].dependents.append(index)
            }
        }
        return items
    }

    /// The gates' conditions by item index, in the questionnaire's order of gates.
    static func gateClauses(_ questionnaire: Questionnaire) -> [[Clause]] {
        let scored = questionnaire.questions.filter { $0.kind != .text }
        let position = positions(scored)
        return questionnaire.gates.map { clauses($0.condition, scored, position) }
    }

    /// The conditions that rule candidates out, by item index, with the candidate.
    static func ruledOutClauses(_ questionnaire: Questionnaire) -> [(stance: Stance, clauses: [Clause])] {
        let scored = questionnaire.questions.filter { $0.kind != .text }
        let position = positions(scored)
        return (questionnaire.operatingModel?.ruledOut ?? []).map {
            ($0.stance, clauses($0.condition, scored, position))
        }
    }

    /// The signs of undefined practice by item index.
    static func signClauses(_ questionnaire: Questionnaire) -> [[Clause]] {
        let scored = questionnaire.questions.filter { $0.kind != .text }
        let position = positions(scored)
        return (questionnaire.undefinedPractice?.signs ?? []).map { clauses($0, scored, position) }
    }

    private static func positions(_ scored: [Question]) -> [String: Int] {
        Dictionary(scored.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    private static func clauses(_ condition: Condition?, _ scored: [Question], _ position: [String: Int]) -> [Clause] {
        (condition?.clauses ?? []).compactMap { clause in
            guard let index = position[clause.questionID] else { return nil }
            let options = scored[index].options.enumerated().filter { clause.optionIDs.contains($0.element.id) }.map(
                \.offset)
            return Clause(item: index, options: Set(options))
        }
    }

    /// The answer that picks option `pick` of a question, as an answers file would give it.
    static func value(_ question: Question, _ pick: Int) -> AnswerValue {
        let option = question.options[pick]
        switch question.kind {
        case .multiple: return .choices([option.id])
        case .number: return .number(question.lowestValue(in: option) ?? 0, band: option.id)
        default: return .choice(option.id)
        }
    }
}
