/// The weighted model's one pass over a set of answers held by question position: the only
/// place that decides which answers count, what they add up to, which gates fire and whether
/// the practice reads as undefined. ``Assessor/assess(_:with:)`` runs it once; the analyses run
/// it on variants of an answer set; both rank its sums with ``Assessor/rank(fit:today:fired:undefined:steps:)``.
///
/// In questionnaire order, an answer whose `when:` does not hold given the answers kept so far
/// is dropped, as ``Answers/dropInapplicable(in:)`` drops it (a `when:` names only earlier
/// questions, so one pass decides); the kept answers' terms are added up.
struct ScoringWalk {
    let questionnaire: Questionnaire
    /// The options of each kept answer, by question position (`nil` when dropped, unsure, text
    /// or unanswered).
    private(set) var kept: [[String]?]
    /// The positions of the kept answers, in order, unsure and text included.
    private(set) var keptPositions: [Int] = []
    /// The answered questions whose `when:` does not hold, in order.
    private(set) var dropped: [String] = []
    /// The kept answers' fit sums.
    private(set) var fit = StanceTotals()
    /// The kept answers' as-is sums.
    private(set) var today = StanceTotals()

    /// Walks the answers (`answer(i)` is question *i*'s, `nil` when unanswered).
    init(_ questionnaire: Questionnaire, answer: (Int) -> ScoredAnswer?) {
        self.questionnaire = questionnaire
        let questions = questionnaire.questions
        kept = Array(repeating: nil, count: questions.count)
        keptPositions.reserveCapacity(questions.count)
        for index in questions.indices {
            guard let scored = answer(index) else { continue }
            if let condition = questions[index].condition, !condition.holds({ chosen($0) }) {
                dropped.append(questions[index].id)
                continue
            }
            kept[index] = scored.optionIDs
            keptPositions.append(index)
            fit.add(scored.fit)
            today.add(scored.today)
        }
    }

    /// The options a kept answer chose, for conditions and gates.
    func chosen(_ questionID: String) -> [String]? {
        questionnaire.position(of: questionID).flatMap { kept[$0] }
    }

    /// The gates whose conditions hold for the kept answers.
    var firedGates: [Gate] {
        questionnaire.gates.filter { gate in gate.condition.holds { chosen($0) } }
    }

    /// The signs of no deliberate model that hold, when enough of them do to read the practice
    /// as undefined; empty otherwise.
    var undefinedSigns: [Condition] {
        guard let practice = questionnaire.undefinedPractice else { return [] }
        let holding = practice.signs.filter { $0.holds { chosen($0) } }
        return holding.count >= practice.minimum ? holding : []
    }

    /// The five candidate models best first, and the as-is model, for these sums.
    func ranked(fired: [Gate], undefined: Bool) -> (ranking: [Stance], asIs: Stance?) {
        Assessor.rank(fit: fit, today: today, fired: fired, undefined: undefined, steps: questionnaire.changeSteps)
    }
}
