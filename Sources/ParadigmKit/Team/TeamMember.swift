/// What a team brief keeps of one respondent: who they are and their fit scores, if they
/// answered for the organisation. The answers
/// themselves are tallied and dropped, so that a brief over many respondents stays small.
public struct TeamMember: Sendable, Equatable {
    /// The position in the order the answers were given (0-based).
    public let index: Int
    /// The respondent's name, if given. Never shown in an anonymous brief.
    public let name: String?
    /// The role id, if given.
    public let roleID: String?
    /// The organisation named in the answers, if any.
    public let organisation: String?
    /// The file the answers came from.
    public let sourceName: String
    /// The five fit stance scores; `nil` for someone who answered only about their own work
    /// (``Role/Scope/ownWork``) and nothing about the organisation's fit.
    package let scores: ScoreVector?
    /// The respondent's own ranking, best first, with the single-brief tie-break; empty when
    /// there are no scores.
    public let ranking: [Stance]

    /// The respondent's recommendation; `nil` when there are no scores.
    public var recommendation: Stance? { ranking.first }

    /// Ranks 1–5 of the five candidate models by fit score, tied scores sharing the mean of
    /// their places (mid-ranks), in `Stance.allCases` order: the ranks Kendall's W reads.
    public var midRanks: [Double]? {
        scores.map { scores in KendallW.midRanks(Stance.allCases.map { scores[$0] }) }
    }
}
