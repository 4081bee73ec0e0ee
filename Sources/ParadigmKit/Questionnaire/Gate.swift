/// A readiness gate: a fact that makes some stances premature. A gate never changes the fit
/// score; it caps the ready-now score and tells the brief what would lift it.
package struct Gate: Sendable, Equatable {
    /// Stable id.
    package let id: String
    /// One line naming the problem.
    package let title: String
    /// The stances it holds back.
    package let caps: [Stance]
    /// The highest ready-now score those stances can have while the gate holds (for a gate
    /// that reads the distance from today's model, the cap one step away).
    package let cap: Double
    /// Whether the model the organisation runs today is spared (`spares_as_is: yes`): a gate
    /// about appetite for change holds back only a move away from today's model.
    package var sparesAsIs = false
    /// How much lower the cap is for each further step of change from today's model
    /// (`cap_per_step:`); 0 for a gate that caps every stance alike.
    package var capPerStep = 0.0
    /// When it fires.
    package let condition: Condition
    /// Why it matters.
    package let why: String
    /// What would lift it.
    package let lift: String
    /// Where it is defined.
    package let location: SourceLocation
}

extension Gate {
    /// The ready-now cap this gate puts on a stance, given the model run today (`nil` when that
    /// is unknown or undefined); `nil` when the gate does not hold the stance back.
    package func cap(for stance: Stance, asIs: Stance?, steps: ChangeSteps) -> Double? {
        guard caps.contains(stance) else { return nil }
        guard sparesAsIs || capPerStep > 0 else { return cap }
        guard let asIs else { return cap }
        if sparesAsIs && stance == asIs { return nil }
        let further = max(0, steps.steps(from: asIs, to: stance) - 1)
        return max(0, cap - capPerStep * Double(further))
    }
}

/// How many structural steps separate two candidate models: the distance a gate about
/// appetite for change reads (`change_steps:` in the questionnaire; 1 for every pair not given).
package struct ChangeSteps: Sendable, Equatable {
    private var table: [Stance: [Stance: Int]] = [:]

    /// One step between every two different models.
    package init() {}

    /// Sets the steps between two models, both ways.
    mutating func set(_ steps: Int, between a: Stance, and b: Stance) {
        table[a, default: [:]][b] = steps
        table[b, default: [:]][a] = steps
    }

    /// The steps from one model to another: 0 to itself.
    package func steps(from a: Stance, to b: Stance) -> Int {
        a == b ? 0 : table[a]?[b] ?? 1
    }
}
