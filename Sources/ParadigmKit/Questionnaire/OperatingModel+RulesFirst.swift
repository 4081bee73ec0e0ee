extension OperatingModel {
    /// Rules before structure (Kotler, Rackham and Krishnaswamy: write the rules of engagement
    /// before changing the organisation): while the answers show no written rules yet, the
    /// structural elements' steps (reporting lines, where teams sit) wait until days 31–60,
    /// after the definitions, the handoff and the forum, unless the answers show the change is
    /// already decided.
    package struct RulesFirst: Sendable {
        /// The structural elements whose steps wait.
        package let elements: [String]
        /// The conditions, any of which shows there are no written rules yet.
        package let missingWhen: [Condition]
        /// The conditions, any of which shows the structural change is already decided.
        package let decidedWhen: [Condition]
        /// Why, in a sentence the plan shows when the rule applies.
        package let why: String

    }
}
