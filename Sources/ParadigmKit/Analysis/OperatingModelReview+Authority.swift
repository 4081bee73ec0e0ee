extension OperatingModelReview {
    /// Who gains and who loses authority when the plan changes the reporting lines, by the
    /// names the answers give (``OperatingModel/Authority``).
    package struct AuthorityChange: Sendable {
        /// The role that gains authority, by name.
        package let gains: String
        /// Whether the answers show who that is (not a stand-in or someone to be named).
        package let gainsShown: Bool
        /// What it gains.
        package let gainsWhat: String
        /// The roles the answers show that lose authority, by name; empty when they show none.
        package let loses: [String]
        /// What they lose.
        package let losesWhat: String
        /// How to keep the leader who loses authority in the change.
        package let keepIn: String
        /// The questions that show the reporting-line gap and who holds the roles.
        package let grounds: [String]
    }

    /// The change of authority when the plan has a reporting-line step; `nil` otherwise.
    static func authorityChange(
        _ model: OperatingModel, target: Stance, steps: [Step], cast: RoleCast
    ) -> AuthorityChange? {
        guard let entry = model.authority(target),
            let step = steps.first(where: { $0.element.id == "reporting_lines" }), step.result != nil
        else { return nil }
        let gains = cast.holder(entry.gains)
        let losing = entry.loses.map(cast.holder).filter { $0.presence == .present && $0.name != gains.name }
        return AuthorityChange(
            gains: gains.name, gainsShown: RoleCast.contributes(gains), gainsWhat: entry.gainsWhat,
            loses: losing.map(\.name).uniqued,
            losesWhat: entry.losesWhat, keepIn: entry.keepIn,
            grounds: step.grounds + gains.grounds + losing.flatMap(\.grounds))
    }
}
