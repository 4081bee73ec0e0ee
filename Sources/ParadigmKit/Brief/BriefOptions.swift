/// Settings of a brief.
public struct BriefOptions: Sendable {
    /// The date in the front matter, `YYYY-MM-DD`.
    public var date: String
    /// How many answers the "why" section lists on each side.
    public var driverCount: Int
    /// The what-if answers (`--set`) the brief was scored with, listed at its top.
    public var overrides: [AnswerOverride] = []

    /// Creates options.
    public init(date: String, driverCount: Int = 6) {
        self.date = date
        self.driverCount = driverCount
    }
}
