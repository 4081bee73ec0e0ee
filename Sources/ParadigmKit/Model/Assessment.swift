/// The result of scoring one set of answers: fit (to-be) and practice (as-is) scores with
/// their contributions, fired gates, the ranking of the five candidate models with its
/// tie-break, and confidence.
public struct Assessment: Sendable {
    /// The questionnaire used.
    public let questionnaire: Questionnaire
    /// The answers scored.
    public let answers: Answers
    /// The answers that count, by question position (`nil` where unanswered, or where the
    /// question's `when:` does not hold), unsure and text included: what the model's walk kept.
    let counted: [AnswerValue?]
    /// Fit scores: which model the market, buyers and economics call for.
    public let fit: ScoreSet
    /// As-is scores: which model current practice amounts to.
    public let today: ScoreSet
    /// The gates whose conditions hold.
    package let firedGates: [Gate]
    /// The five candidate models, best fit first, ties broken by ``Assessor/tieBreakRule``.
    public let ranking: [Stance]
    /// The model the organisation operates in today: `nil` when too few practice questions were
    /// answered, or when the practice reads as undefined (see ``isUndefined``).
    public let asIs: Stance?
    /// The signs of no deliberate model that hold, when there are enough of them to read the
    /// practice as undefined; empty otherwise.
    package let undefinedSigns: [Condition]
    /// The candidates the answers that count rule out (``ScoringWalk/ruledOut(_:)``).
    let ruledOutStances: Set<Stance>

    /// Whether today's practice reads as no deliberate model at all, which is not siloed.
    public var isUndefined: Bool { !undefinedSigns.isEmpty }

    /// The recommended (to-be) model.
    public var recommendation: Stance { ranking[0] }
    /// The runner-up.
    public var runnerUp: Stance { ranking[1] }

    /// The margin between the top two.
    package var confidence: Confidence {
        Confidence(margin: fit.score(recommendation) - fit.score(runnerUp))
    }

    /// The model closest to today's practice, whether or not it reads as undefined.
    public var closestPractice: Stance? {
        Assessor.asIs(today: today.totals, undefined: false)
    }

    /// The cap a fired gate puts on a model, `nil` when it does not hold it back.
    package func cap(of gate: Gate, for stance: Stance) -> Double? {
        gate.cap(for: stance, asIs: asIs, steps: questionnaire.changeSteps)
    }

    /// The gates that hold back a model.
    package func gates(holding stance: Stance) -> [Gate] {
        firedGates.filter { cap(of: $0, for: stance) != nil }
    }

    /// The fit score capped by every gate that holds the model back.
    public func readyNow(_ stance: Stance) -> Double {
        gates(holding: stance).compactMap { cap(of: $0, for: stance) }.reduce(fit.score(stance), min)
    }

    /// The candidates the facts rule out, each with why (the operating model's `ruled_out`), as
    /// the model's walk found them over the answers that count.
    public var ruledOut: [(stance: Stance, why: String)] {
        (questionnaire.operatingModel?.ruledOut ?? []).filter { ruledOutStances.contains($0.stance) }
            .map { ($0.stance, $0.why) }
    }

    /// The model to operate in while the gates are lifted: the best fit among the models no
    /// fired gate holds back and the facts do not rule out; when every one is held back (low
    /// appetite for change spares only today's model, for instance), today's model; failing that,
    /// the recommendation. Never a model a gate holds back, unless nothing else is left.
    public var bestReadyNow: Stance {
        let excluded = Set(ruledOut.map(\.stance))
        if let free = ranking.first(where: { gates(holding: $0).isEmpty && !excluded.contains($0) }) { return free }
        return asIs ?? closestPractice ?? recommendation
    }

    /// A model's name with the subservient direction, e.g. "Subservient (sales in service of a
    /// product-led engine)".
    public func displayName(_ stance: Stance) -> String { questionnaire.texts.name(of: stance) }

    /// Questions answered `unsure`, in questionnaire order.
    public var unsureQuestions: [Question] {
        questionnaire.questions.filter { answers[$0.id]?.value == .unsure }
    }
}

extension String {
    /// The text with its first letter lower-cased: "Marketing in…" → "marketing in…".
    package var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }

    /// The text with its first character in upper case: a name that opens a sentence.
    package var uppercasedFirst: String { prefix(1).uppercased() + dropFirst() }
}
