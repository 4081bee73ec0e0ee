/// One answer's effect on one stance's 0–100 score.
package struct Effect: Sendable, Equatable {
    /// The contribution behind it.
    package let contribution: Contribution
    /// Score points relative to a neutral answer: 100 × (points − midpoint) ÷ (Σ ceiling − Σ floor).
    /// The effects on a stance add up to its score minus 50.
    package let points: Double
}

extension ScoreSet {
    /// Each answer's effect on a stance, in questionnaire order.
    package func effects(on stance: Stance) -> [Effect] {
        guard let total = stances[stance], total.hasEvidence else { return [] }
        let range = total.ceiling - total.floor
        return contributions.map { contribution in
            let midpoint = (contribution.floor(stance) + contribution.ceiling(stance)) / 2
            return Effect(contribution: contribution, points: 100 * (contribution.points(stance) - midpoint) / range)
        }
    }

    /// How much each answer favours stance `a` over stance `b`, in score points, largest first.
    package func advantages(of a: Stance, over b: Stance) -> [Effect] {
        let forB = Dictionary(effects(on: b).map { ($0.contribution.questionID, $0.points) }, uniquingKeysWith: +)
        return effects(on: a)
            .map { Effect(contribution: $0.contribution, points: $0.points - (forB[$0.contribution.questionID] ?? 0)) }
            .sorted {
                $0.points != $1.points ? $0.points > $1.points : $0.contribution.questionID < $1.contribution.questionID
            }
    }
}
