extension OperatingModel {
    /// Who gains and who loses authority when the organisation moves to a model, and how to
    /// keep the leader who loses it in the change: the brief names only the roles the answers
    /// show.
    public struct Authority: Sendable {
        /// The model moved to.
        public let stance: Stance
        /// The role that gains authority.
        public let gains: String
        /// What it gains, completing "… gains …".
        public let gainsWhat: String
        /// The roles that lose authority, first shown first.
        public let loses: [String]
        /// What they lose, completing "… loses …".
        public let losesWhat: String
        /// How to keep the leader who loses authority in the change.
        public let keepIn: String
    }

    /// The authority entry for a model.
    public func authority(_ stance: Stance) -> Authority? { authority.first { $0.stance == stance } }
}
