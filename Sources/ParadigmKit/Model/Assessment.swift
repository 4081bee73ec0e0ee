/// The result of scoring one set of answers: fit (to-be) and practice (as-is) scores with
/// their contributions, fired gates, the ranking with its tie-break, and confidence.
public struct Assessment: Sendable {
    /// The questionnaire used.
    public let questionnaire: Questionnaire
    /// The answers scored.
    public let answers: Answers
    /// Fit scores: which paradigm the facts call for.
    public let fit: ScoreSet
    /// As-is scores: which paradigm current practice amounts to.
    public let today: ScoreSet
    /// The gates whose conditions hold.
    public let firedGates: [Gate]
    /// The four paradigms, best fit first, ties broken by ``Assessor/tieBreakRule``.
    public let ranking: [Paradigm]
    /// The paradigm the organisation operates in today, if enough practice questions were answered.
    public let asIs: Paradigm?

    /// The recommended (to-be) paradigm.
    public var recommendation: Paradigm { ranking[0] }
    /// The runner-up.
    public var runnerUp: Paradigm { ranking[1] }
    /// Subservient's direction from the fit scores.
    public var direction: SubservientDirection { fit.subservientDirection }

    /// The margin between the top two.
    public var confidence: Confidence {
        Confidence(margin: fit.score(for: recommendation) - fit.score(for: runnerUp))
    }

    /// The gates that hold back a paradigm (either subservient direction counts for its own stance only).
    public func gates(holding paradigm: Paradigm) -> [Gate] {
        let stance = fit.stance(for: paradigm)
        return firedGates.filter { $0.caps.contains(stance) }
    }

    /// The fit score capped by every gate that holds the paradigm back.
    public func readyNow(_ paradigm: Paradigm) -> Double {
        gates(holding: paradigm).map(\.cap).reduce(fit.score(for: paradigm), min)
    }

    /// The paradigm with the best ready-now score (the one to operate in while gates are lifted).
    public var bestReadyNow: Paradigm {
        Paradigm.allCases.sorted { lhs, rhs in
            let (a, b) = (readyNow(lhs), readyNow(rhs))
            return a != b ? a > b : ranking.firstIndex(of: lhs) ?? 0 < ranking.firstIndex(of: rhs) ?? 0
        }[0]
    }

    /// The paradigm name with the subservient direction, e.g. "Subservient (sales in service of a
    /// product-led engine)".
    public func displayName(_ paradigm: Paradigm, asIs: Bool = false) -> String {
        guard paradigm == .subservient else { return questionnaire.texts[paradigm].name }
        let direction = asIs ? today.subservientDirection : fit.subservientDirection
        let name = questionnaire.texts[paradigm].directions[direction]?.name ?? direction.rawValue
        return "\(questionnaire.texts[paradigm].name) (\(name.lowercasedFirst))"
    }

    /// Questions answered `unsure`, in questionnaire order.
    public var unsureQuestions: [Question] {
        questionnaire.questions.filter { answers[$0.id]?.value == .unsure }
    }
}

extension String {
    /// The text with its first letter lower-cased: "Marketing in…" → "marketing in…".
    package var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
