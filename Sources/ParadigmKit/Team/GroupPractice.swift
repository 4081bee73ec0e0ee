/// The group's practice against its recommendation, read from the group's answers (what most
/// respondents said): the readiness gates that hold the recommendation back and the state of
/// each of its design elements, each with whether respondents disagree on the answers behind it.
package struct GroupPractice: Sendable {
    /// A readiness gate that holds the group's recommendation back.
    package struct HeldGate: Sendable {
        /// The gate.
        package let gate: Gate
        /// Whether respondents gave different answers to a question the gate reads.
        package let disputed: Bool
    }

    /// An element of the recommended model with its state from the group's answers.
    package struct Element: Sendable {
        /// The element as the review of the group's answers reads it: its design and state.
        package let reviewed: OperatingModelReview.ElementState
        /// Whether respondents gave different answers to a question its state is read from.
        package let disputed: Bool
    }

    /// The gates that hold the recommendation back, in the questionnaire's order.
    package let gates: [HeldGate]
    /// The recommended model's elements that apply, in the data's order; `nil` when the
    /// questionnaire has no operating model.
    package let elements: [Element]?
    /// The plan that closes the gaps the group's answers show, by phase (the single brief's
    /// rule, ``OperatingModelReview/stepsByPhase``, on the group's answers), each step with
    /// whether respondents disagree on the answers behind it; empty without an operating model.
    package let plan: [(phase: Int?, steps: [(step: OperatingModelReview.Step, disputed: Bool)])]

    /// Reads the group's practice; `nil` when the group's answers cannot be assessed.
    package init?(_ team: TeamAssessment) {
        guard let assessment = try? Assessor.assess(team.groupAnswers, with: team.questionnaire) else { return nil }
        let target = team.recommendation
        gates = assessment.gates(holding: target).map { gate in
            let disputed = gate.condition.clauses.contains { team.respondentsDisagree(on: $0.questionID) }
            return HeldGate(gate: gate, disputed: disputed)
        }
        let review = OperatingModelReview(assessment, target: target)
        elements = review.map { review in
            review.elements.map { element in
                Element(reviewed: element, disputed: element.evidence.contains(where: team.respondentsDisagree))
            }
        }
        plan = (review?.stepsByPhase ?? []).map { phase, steps in
            (phase, steps.map { step in (step, step.grounds.contains(where: team.respondentsDisagree)) })
        }
    }
}
