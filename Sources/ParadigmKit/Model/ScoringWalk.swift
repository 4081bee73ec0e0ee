/// The weighted model's one pass over a set of answers held by question position: the only
/// place that decides which answers count, what they add up to, which gates fire and whether
/// the practice reads as undefined. ``Assessor/assess(_:with:)`` runs it once; the analyses run
/// it on variants of an answer set; both rank its sums with ``Assessor/rank(fit:today:fired:undefined:ruledOut:steps:)``.
///
/// In questionnaire order, an answer whose `when:` does not hold given the answers kept so far
/// is dropped, as ``Answers/dropInapplicable(in:)`` drops it (a `when:` names only earlier
/// questions, so one pass decides); the kept answers' terms are added up.
struct ScoringWalk {
    /// The questions' positions by id, for the conditions. Not the questionnaire itself: the
    /// analyses make thousands of walks, and copying it retains every one of its parts.
    private let positions: IDIndex
    /// Each kept answer, by question position (`nil` when dropped or unanswered).
    private(set) var kept: [AnswerValue?]
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
        positions = questionnaire.positions
        let questions = questionnaire.questions
        kept = Array(repeating: nil, count: questions.count)
        keptPositions.reserveCapacity(questions.count)
        for index in questions.indices {
            guard let scored = answer(index) else { continue }
            if let condition = questions[index].condition, !condition.holds(answers: { keptAnswer($0) }) {
                dropped.append(questions[index].id)
                continue
            }
            kept[index] = scored.value
            keptPositions.append(index)
            fit.add(scored.fit)
            today.add(scored.today)
        }
    }

    /// The kept answer to a question, for conditions and gates (an unsure or text answer
    /// satisfies no clause).
    func keptAnswer(_ questionID: String) -> AnswerValue? {
        positions.position(of: questionID).flatMap { kept[$0] }
    }

    /// The gates whose conditions hold for the kept answers.
    func firedGates(_ questionnaire: Questionnaire) -> [Gate] {
        questionnaire.gates.filter { gate in gate.condition.holds(answers: keptAnswer) }
    }

    /// The signs of no deliberate model that hold, when enough of them do to read the practice
    /// as undefined; empty otherwise.
    func undefinedSigns(_ questionnaire: Questionnaire) -> [Condition] {
        guard let practice = questionnaire.undefinedPractice else { return [] }
        let holding = practice.signs.filter { $0.holds(answers: keptAnswer) }
        return holding.count >= practice.minimum ? holding : []
    }

    /// The candidates the kept answers rule out (the operating model's `ruled_out`).
    func ruledOut(_ questionnaire: Questionnaire) -> Set<Stance> {
        Set(
            (questionnaire.operatingModel?.ruledOut ?? []).filter { $0.condition.holds(answers: keptAnswer) }.map(
                \.stance))
    }

    /// The five candidate models best first, and the as-is model, for these sums.
    func ranked(
        _ questionnaire: Questionnaire, fired: [Gate], undefined: Bool
    ) -> (ranking: [Stance], asIs: Stance?) {
        Assessor.rank(
            fit: fit, today: today, fired: fired, undefined: undefined, ruledOut: ruledOut(questionnaire),
            steps: questionnaire.changeSteps)
    }
}
