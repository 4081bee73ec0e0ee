/// Settings of a brief.
public struct BriefOptions: Sendable {
    /// The date in the front matter, `YYYY-MM-DD`.
    public var date: String
    /// How many answers the "why" section lists on each side.
    public var driverCount: Int
    /// The what-if answers (`--set`) the brief was scored with, listed at its top.
    public var overrides: [AnswerOverride] = []
    /// How much the brief says.
    public var detail: Detail = .concise

    /// How much a brief says.
    public enum Detail: String, Sendable, CaseIterable {
        /// What a leader reads: the summary, the scores, why, today against the target, the plan,
        /// the journey owners and the offsite questions, then starters, the method in brief and
        /// the sources.
        case concise
        /// Everything, for the analyst: also the paradigm's definition, pros and cons, the
        /// runner-up, every check of how solid it is, every answer, the full method and traces.
        case full
    }

    /// Creates options.
    public init(date: String, driverCount: Int = 6) {
        self.date = date
        self.driverCount = driverCount
    }
}
