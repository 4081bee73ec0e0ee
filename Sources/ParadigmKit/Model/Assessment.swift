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
    public let firedGates: [Gate]
    /// The five candidate models, best fit first, ties broken by ``Assessor/tieBreakRule``.
    public let ranking: [Stance]
    /// The model the organisation operates in today: `nil` when too few practice questions were
    /// answered, or when the practice reads as undefined (see ``isUndefined``).
    public let asIs: Stance?
    /// The signs of no deliberate model that hold, when there are enough of them to read the
    /// practice as undefined; empty otherwise.
    public let undefinedSigns: [Condition]

    /// Whether today's practice reads as no deliberate model at all, which is not siloed.
    public var isUndefined: Bool { !undefinedSigns.isEmpty }

    /// The recommended (to-be) model.
    public var recommendation: Stance { ranking[0] }
    /// The runner-up.
    public var runnerUp: Stance { ranking[1] }

    /// The margin between the top two.
    public var confidence: Confidence {
        Confidence(margin: fit.score(recommendation) - fit.score(runnerUp))
    }

    /// The model closest to today's practice, whether or not it reads as undefined.
    public var closestPractice: Stance? {
        Assessor.asIs(today: today.totals, undefined: false)
    }

    /// The cap a fired gate puts on a model, `nil` when it does not hold it back.
    public func cap(of gate: Gate, for stance: Stance) -> Double? {
        gate.cap(for: stance, asIs: asIs, steps: questionnaire.changeSteps)
    }

    /// The gates that hold back a model.
    public func gates(holding stance: Stance) -> [Gate] {
        firedGates.filter { cap(of: $0, for: stance) != nil }
    }

    /// The fit score capped by every gate that holds the model back.
    public func readyNow(_ stance: Stance) -> Double {
        gates(holding: stance).compactMap { cap(of: $0, for: stance) }.reduce(fit.score(stance), min)
    }

    /// The model with the best ready-now score (the one to operate in while gates are lifted).
    public var bestReadyNow: Stance {
        let ready = ranking.map { ($0, readyNow($0)) }
        return ready.max { lhs, rhs in lhs.1 < rhs.1 || (lhs.1 == rhs.1 && rank(lhs.0) > rank(rhs.0)) }?.0
            ?? recommendation
    }

    private func rank(_ stance: Stance) -> Int { ranking.firstIndex(of: stance) ?? 0 }

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
}
