/// Pivotal answers: for each answered question, every other allowed answer is scored in turn
/// (with the follow-up questions whose `when:` it breaks dropped), and the ones that change the
/// recommendation, paradigm or subservient direction, are kept.
package enum PivotalAnalysis {
    /// The answers that would change the recommendation of an assessment, in the brief's order
    /// (see ``PivotalAnswer``). Text questions carry no weights and are skipped.
    package static func pivotalAnswers(_ assessment: Assessment) -> [PivotalAnswer] {
        split(assessment).pivotal
    }

    /// Both lists from one pass over every other answer: the pivotal ones, and the `closest`
    /// answers that keep the recommendation but leave it the smallest lead (smallest first).
    package static func split(
        _ assessment: Assessment, closest count: Int = 3
    ) -> (pivotal: [PivotalAnswer], closest: [PivotalAnswer]) {
        let baseline = Outcome(assessment)
        let all = everyAlternative(assessment)
        let pivotal = all.filter { $0.0.outcome != baseline }.sorted(by: PivotalAnswer.precedes).map(\.0)
        var seen: Set<String> = []
        let closest = all.filter { $0.0.outcome == baseline && $0.0.margin < assessment.confidence.margin - 1e-9 }
            .sorted {
                abs($0.0.margin - $1.0.margin) > 1e-9 ? $0.0.margin < $1.0.margin : PivotalAnswer.precedes($0, $1)
            }
            .map(\.0).filter { seen.insert($0.questionID).inserted }
        return (pivotal, Array(closest.prefix(count)))
    }

    /// Every other answer to every answered question, scored, with the question's position.
    ///
    /// Each variant is scored with the other answers' contributions worked out once. When no
    /// `when:` of a question or gate reads the changed question, every other answer is kept as
    /// it was, so the sums are the ones before it, the new answer's and the ones after it, added
    /// in questionnaire order; otherwise ``ScoringWalk`` re-evaluates the
    /// conditions. Either way the result equals re-assessing the changed answers with
    /// ``Answers/dropInapplicable(in:)`` applied, bit for bit (a test checks every variant of
    /// every example and of random answer sets), at a fraction of the cost: a brief scores a few
    /// hundred variants.
    static func everyAlternative(_ assessment: Assessment) -> [(PivotalAnswer, Int)] {
        let questionnaire = assessment.questionnaire
        let questions = questionnaire.questions
        let given = questions.map { assessment.answers[$0.id]?.value }
        let scored = zip(questions, given).map { question, value in
            value.map { ScoredAnswer(question: question, value: $0) }
        }
        let baseline = Baseline(questionnaire, scored)
        var found: [(PivotalAnswer, Int)] = []
        for position in questions.indices {
            guard let value = given[position], assessment.answers.applies(questions[position]) else { continue }
            let isRead = baseline.read.contains(questions[position].id)
            for (alternative, steps) in alternatives(for: questions[position], given: value) {
                let changed = alternative.map { ScoredAnswer(question: questions[position], value: $0) }
                let (fit, today, fired, undefined, dropped): (StanceTotals, StanceTotals, [Gate], Bool, [String])
                let ruledOut: Set<Stance>
                if isRead {
                    let walk = ScoringWalk(questionnaire) { $0 == position ? changed : scored[$0] }
                    fired = walk.firedGates(questionnaire)
                    undefined = !walk.undefinedSigns(questionnaire).isEmpty
                    ruledOut = walk.ruledOut(questionnaire)
                    (fit, today, dropped) = (walk.fit, walk.today, walk.dropped)
                } else {
                    (fit, today) = baseline.totals(replacing: position, with: changed)
                    (fired, undefined, dropped) = (baseline.fired, baseline.undefined, baseline.dropped)
                    ruledOut = baseline.ruledOut
                }
                guard fit.hasEvidence else { continue }
                let ranking = Assessor.rank(
                    fit: fit, today: today, fired: fired, undefined: undefined, ruledOut: ruledOut,
                    steps: questionnaire.changeSteps
                ).ranking
                found.append(
                    (
                        PivotalAnswer(
                            questionID: questions[position].id, given: value, alternative: alternative, steps: steps,
                            dropped: dropped, outcome: Outcome(ranking[0]),
                            margin: fit.score(ranking[0]) - fit.score(ranking[1])), position
                    ))
            }
        }
        return found
    }

    /// The answers as given, walked once: what each kept answer adds, the sums before each
    /// question, and the questions any condition reads.
    private struct Baseline {
        /// The ids that a question's or a gate's `when:` reads.
        let read: Set<String>
        let fired: [Gate]
        /// Whether the practice reads as undefined.
        let undefined: Bool
        /// The candidates the answers rule out.
        let ruledOut: Set<Stance>
        let dropped: [String]
        /// What each question's kept answer adds (empty when unanswered or dropped).
        private let fit: [StanceTotals]
        private let today: [StanceTotals]
        /// The sums of the answers before each question.
        private let fitBefore: [StanceTotals]
        private let todayBefore: [StanceTotals]

        init(_ questionnaire: Questionnaire, _ scored: [ScoredAnswer?]) {
            let questions = questionnaire.questions
            let walk = ScoringWalk(questionnaire) { scored[$0] }
            read = Set(questions.flatMap { $0.condition?.clauses.map(\.questionID) ?? [] })
                .union(questionnaire.questionsReadByRules)
            fired = walk.firedGates(questionnaire)
            undefined = !walk.undefinedSigns(questionnaire).isEmpty
            ruledOut = walk.ruledOut(questionnaire)
            dropped = walk.dropped
            let droppedIDs = Set(walk.dropped)
            let kept = questions.indices.map { index in
                scored[index].flatMap { droppedIDs.contains(questions[index].id) ? nil : $0 }
            }
            fit = kept.map { $0?.fit ?? StanceTotals() }
            today = kept.map { $0?.today ?? StanceTotals() }
            var (fitSum, todaySum) = (StanceTotals(), StanceTotals())
            var (fitBefore, todayBefore): ([StanceTotals], [StanceTotals]) = ([], [])
            for index in questions.indices {
                fitBefore.append(fitSum)
                todayBefore.append(todaySum)
                fitSum.add(fit[index])
                todaySum.add(today[index])
            }
            (self.fitBefore, self.todayBefore) = (fitBefore, todayBefore)
        }

        /// The sums with one answer changed (`nil`: left unanswered), in questionnaire order.
        func totals(replacing position: Int, with changed: ScoredAnswer?) -> (fit: StanceTotals, today: StanceTotals) {
            var (fitSum, todaySum) = (fitBefore[position], todayBefore[position])
            if let changed {
                fitSum.add(changed.fit)
                todaySum.add(changed.today)
            }
            for index in (position + 1)..<fit.count {
                fitSum.add(fit[index])
                todaySum.add(today[index])
            }
            return (fitSum, todaySum)
        }
    }

    /// Every other answer a question allows, with its distance from the given one: each option
    /// (for a number, the smallest value of each other band), for multiple choice also the
    /// given set with one option added or removed, and "unanswered" unless it was unsure.
    static func alternatives(for question: Question, given: AnswerValue) -> [(AnswerValue?, Int)] {
        let options = question.options
        var result: [(AnswerValue?, Int)] = []
        switch question.kind {
        case .text:
            return []
        case .number(let low, _, _):
            let givenBand: Int? =
                if case .number(_, let band) = given { options.firstIndex { $0.id == band } } else { nil }
            for (index, band) in options.enumerated() where index != givenBand {
                let smallest = index == 0 ? low : options[index - 1].below ?? low
                result.append((.number(smallest, band: band.id), givenBand.map { abs($0 - index) } ?? 1))
            }
        case .single, .yesNo, .scale:
            let givenIndex: Int? = if case .choice(let id) = given { options.firstIndex { $0.id == id } } else { nil }
            for (index, option) in options.enumerated() where index != givenIndex {
                let steps = question.kind == .scale ? givenIndex.map { abs($0 - index) } ?? 1 : 1
                result.append((.choice(option.id), steps))
            }
        case .multiple:
            let chosen: [String] = if case .choices(let ids) = given { ids } else { [] }
            var seen: Set<[String]> = [chosen]
            func add(_ set: Set<String>) {
                let ids = options.map(\.id).filter(set.contains)
                guard !ids.isEmpty, seen.insert(ids).inserted else { return }
                result.append((.choices(ids), Set(chosen).symmetricDifference(set).count))
            }
            for option in options { add([option.id]) }
            for id in chosen { add(Set(chosen).subtracting([id])) }
            for option in options where !chosen.contains(option.id) { add(Set(chosen).union([option.id])) }
        }
        if given != .unsure { result.append((nil, 1)) }
        return result
    }
}
