/// Settings of a brief.
public struct BriefOptions: Sendable {
    /// The date in the front matter, `YYYY-MM-DD`.
    public var date: String
    /// How many answers the "why" section lists on each side.
    public var driverCount: Int

    /// Creates options.
    public init(date: String, driverCount: Int = 6) {
        self.date = date
        self.driverCount = driverCount
    }
}
