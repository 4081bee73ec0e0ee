extension OperatingModel {
    /// What running a model costs, as data: the joint meetings its cadence needs (each leader's
    /// hours a year follow from them), the roles it adds and removes, and the tooling it assumes.
    package struct Cost: Sendable {
        /// One recurring joint meeting.
        package struct Meeting: Sendable {
            /// What a brief calls it.
            package let name: String
            /// How often a year it is held.
            package let perYear: Double
            /// How long it lasts, in hours.
            package let hours: Double
        }

        /// The model.
        package let stance: Stance
        /// The joint meetings a leader attends.
        package let meetings: [Meeting]
        /// The roles the model adds, in words.
        package let adds: String
        /// The roles or duties it removes, in words.
        package let removes: String
        /// The tooling it assumes, in words.
        package let tooling: String

        /// The hours a year one leader spends in the joint meetings.
        package var hoursPerLeader: Double { meetings.reduce(0) { $0 + $1.perYear * $1.hours } }
    }

    /// How often a year a meeting held every week, fortnight, month, quarter or year is held.
    static let meetingsPerYear: [String: Double] = [
        "week": 48, "fortnight": 24, "month": 12, "quarter": 4, "half_year": 2, "year": 1,
    ]

    /// The cost of a model.
    package func cost(_ stance: Stance) -> Cost? { costs.first { $0.stance == stance } }
}
