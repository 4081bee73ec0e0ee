extension OperatingModel {
    /// Who gains and who loses authority when the organisation moves to a model, and how to
    /// keep the leader who loses it in the change: the brief names only the roles the answers
    /// show.
    package struct Authority: Sendable {
        /// The model moved to.
        package let stance: Stance
        /// The role that gains authority.
        package let gains: String
        /// What it gains, completing "… gains …".
        package let gainsWhat: String
        /// The roles that lose authority, first shown first.
        package let loses: [String]
        /// What they lose, completing "… loses …".
        package let losesWhat: String
        /// How to keep the leader who loses authority in the change.
        package let keepIn: String
    }

    /// The authority entry for a model.
    package func authority(_ stance: Stance) -> Authority? { authority.first { $0.stance == stance } }
}
