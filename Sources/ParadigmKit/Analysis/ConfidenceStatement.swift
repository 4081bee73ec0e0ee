/// One honest statement of how firm the recommendation is: the margin, combined with what
/// the unsure answers, a one-step change of a pivotal answer and the robustness draws show.
/// It is never "clear" when something the leadership team could still learn or reconsider
/// would change the result.
package struct ConfidenceStatement: Sendable, Equatable {
    /// How firm the call is: the margin's band (``Confidence/Label``), weakened where an unsure
    /// answer, a one-step change or the judgement calls could overturn it.
    package typealias Call = Confidence.Label

    /// Why the call is weaker than the margin alone would make it.
    package enum Caveat: Sendable, Equatable {
        /// Settling the unsure answers could change the recommendation.
        case unsureCouldChange
        /// One answer one step away (a neighbouring band, scale point or option) changes it.
        case oneStepAway
        /// The robustness draws picked it in this share of draws only (0–1).
        case judgementCalls(share: Double)
    }

    /// The call.
    package let call: Call
    /// The margin over the runner-up, in fit points.
    package let margin: Double
    /// What weakened the call, in the order checked.
    package let caveats: [Caveat]
    /// Up to three answered questions whose answers would decide a close or moderate call,
    /// most decisive first.
    package let decidingQuestions: [String]

    /// The share of robustness draws below which the call is at most moderate.
    package static let moderateShare = 0.9
    /// The share below which it is close.
    package static let closeShare = 0.7

    /// The statement for an assessment and its sensitivity analyses.
    package init(_ assessment: Assessment, _ sensitivity: Sensitivity) {
        margin = assessment.confidence.margin
        var call: Call = assessment.confidence.label
        var caveats: [Caveat] = []
        func atMost(_ limit: Call) {
            let order: [Call] = [.close, .moderate, .clear]
            if (order.firstIndex(of: limit) ?? 0) < (order.firstIndex(of: call) ?? 0) { call = limit }
        }
        switch sensitivity.unsure.verdict {
        case .changes, .mayChange:
            caveats.append(.unsureCouldChange)
            atMost(.moderate)
        case .nothingUnsure, .holdsByRange, .holdsInEveryCombination:
            break
        }
        let oneStep = sensitivity.pivotalAnswers.filter {
            $0.alternative != nil && $0.steps == 1 && $0.answersChanged == 1
        }
        if !oneStep.isEmpty {
            caveats.append(.oneStepAway)
            atMost(.close)
        }
        let share = sensitivity.robustness.share(of: Outcome(assessment))
        if share < Self.moderateShare {
            caveats.append(.judgementCalls(share: share))
            atMost(share < Self.closeShare ? .close : .moderate)
        }
        self.call = call
        self.caveats = caveats
        var deciding: [String] = []
        let candidates =
            oneStep.map(\.questionID) + sensitivity.pivotalAnswers.map(\.questionID)
            + sensitivity.unsure.questionIDs + sensitivity.closestCalls.map(\.questionID)
        for id in candidates where !deciding.contains(id) && deciding.count < 3 { deciding.append(id) }
        decidingQuestions = call == .clear ? [] : deciding
    }
}
