/// Settings of a team brief.
public struct TeamBriefOptions: Sendable {
    /// The date in the front matter, `YYYY-MM-DD`.
    public var date: String
    /// Show respondents by role, never by name.
    public var anonymous: Bool
    /// Quote what respondents wrote under each theme; never in an anonymous brief.
    public var quotes = false
    /// Relative paths of the SVG charts to link, if they were written.
    public var charts: TeamChartLinks?
    /// The most respondents listed one by one; the role groups summarise everyone.
    public var respondentLimit: Int
    /// How many questions the offsite agenda lists.
    public var agendaSize: Int

    /// Creates options.
    public init(
        date: String, anonymous: Bool = false, charts: TeamChartLinks? = nil,
        respondentLimit: Int = 40, agendaSize: Int = 5
    ) {
        self.date = date
        self.anonymous = anonymous
        self.charts = charts
        self.respondentLimit = respondentLimit
        self.agendaSize = agendaSize
    }
}

/// Where a team brief's charts are, relative to the brief.
public struct TeamChartLinks: Sendable, Equatable {
    /// Scores by role.
    public var scoresByRole: String
    /// The perception gap.
    public var perceptionGap: String

    /// Creates links.
    public init(scoresByRole: String, perceptionGap: String) {
        self.scoresByRole = scoresByRole
        self.perceptionGap = perceptionGap
    }
}
