/// Writes the team brief for a leadership offsite as pandoc-compatible Markdown: the group
/// result, each role and respondent side by side, agreement, the perception gap, the facts to
/// settle and the agenda. The same team and options always give the same bytes.
public struct TeamBriefRenderer: Sendable {
    let team: TeamAssessment
    let options: TeamBriefOptions
    /// Each member's place among the members of their role group (1-based), by member index,
    /// for ``label(_:)``. Labels themselves are made only for the few members a brief names.
    private let places: [Int]
    /// The groups the brief shows respondents in: by role, or anonymised (see ``TeamGrouping``).
    let grouping: TeamGrouping
    var questionnaire: Questionnaire { team.questionnaire }
    var texts: ParadigmTexts { questionnaire.texts }

    /// Creates a renderer.
    public init(team: TeamAssessment, options: TeamBriefOptions) {
        self.team = team
        self.options = options
        grouping = team.grouping(anonymous: options.anonymous)
        var seen = Array(repeating: 0, count: team.roleGroups.count + 1)
        places = team.members.map { member in
            // Only members called by their role are numbered.
            guard Self.name(of: member, anonymous: options.anonymous) == nil else { return 0 }
            let group = TeamAccumulator.groupIndex(member.roleID, roles: team.questionnaire.roles)
            seen[group] += 1
            return seen[group]
        }
    }

    /// The whole brief as Markdown.
    public func render() -> String { document().markdown }

    /// The whole brief as a tree of blocks.
    func document() -> BriefDocument {
        var md = Markdown()
        frontMatter(&md)
        summary(&md)
        counting(&md)
        groupScores(&md)
        roleScores(&md)
        respondentScores(&md)
        agreement(&md)
        leaveOneOut(&md)
        factsToSettle(&md)
        perceptionGap(&md)
        writtenAnswers(&md)
        agenda(&md)
        runSheet(&md)
        practice(&md)
        roadmap(&md)
        method(&md)
        sources(&md)
        return md.document
    }

    /// The brief's two charts, drawn for the groups the brief shows (``grouping``: anonymised
    /// in an anonymous brief), by the heading of the section each belongs to. The only way a
    /// team chart is made, for the chart files and the charts inline in an HTML page alike.
    public var charts: [String: String] {
        [TeamCharts.scoresByRoleHeading: scoresByRoleChart, TeamCharts.perceptionGapHeading: perceptionGapChart]
    }

    /// The scores-by-role chart of ``charts``.
    public var scoresByRoleChart: String { TeamCharts.scoresByRole(team, grouping: grouping) }
    /// The perception-gap chart of ``charts``.
    public var perceptionGapChart: String { TeamCharts.perceptionGap(team, grouping: grouping) }

    /// What a member is called in this brief: their name, or (for anyone who gave no name)
    /// their role with a number when several share it: "Sales team member 2". An anonymous
    /// brief calls nobody by name or role, and never lists respondents one by one. File names
    /// are never shown.
    func label(_ index: Int) -> String {
        if options.anonymous { return "Anonymous respondent" }
        let member = team.members[index]
        if let name = Self.name(of: member, anonymous: options.anonymous) { return Markdown.escape(name) }
        let group = TeamAccumulator.groupIndex(member.roleID, roles: team.questionnaire.roles)
        let base = Markdown.escape(team.role(ofGroup: group)?.label ?? "Respondent (role not given)")
        return team.roleGroups[group].members > 1 ? "\(base) \(places[index])" : base
    }

    /// The name a member is shown by, or `nil` when they are called by their role.
    private static func name(of member: TeamMember, anonymous: Bool) -> String? {
        guard !anonymous, let name = member.name?.trimmingWhitespace(), !name.isEmpty else { return nil }
        return name
    }

    /// The organisation's name as given, or `nil`.
    var organisation: String? { team.organisations.first }

    /// A candidate model's name with its direction.
    func name(_ stance: Stance) -> String { team.displayName(stance) }

    /// A shown group's label.
    func groupLabel(_ group: TeamGrouping.Group) -> String { Markdown.escape(group.label) }

    /// A count with its noun: "1 respondent", "3 respondents".
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n.readable) \(noun)\(n == 1 ? "" : "s")"
    }

    /// A share as a whole percentage.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// A member's label and, when it is their name, their role: "Jonas Lindqvist (Sales team member)".
    func labelWithRole(_ index: Int) -> String {
        let member = team.members[index]
        guard Self.name(of: member, anonymous: options.anonymous) != nil else { return label(index) }
        let group = TeamAccumulator.groupIndex(member.roleID, roles: team.questionnaire.roles)
        return "\(label(index)) (\(team.role(ofGroup: group).map { Markdown.escape($0.label) } ?? "role not given"))"
    }

    /// Up to `limit` member labels (with their roles when `withRole`), then "and N more".
    func members(_ indices: [Int], total: Int, limit: Int = 5, withRole: Bool = false) -> String {
        let shown = indices.prefix(limit).map(withRole ? labelWithRole : label)
        let rest = total - shown.count
        return shown.joined(separator: ", ") + (rest > 0 ? " and \(rest.readable) more" : "")
    }

    /// An option's label, escaped.
    func optionLabel(_ question: Question, _ index: Int) -> String {
        Markdown.escape(question.options[index].label)
    }
}
