/// Writes the team brief for a leadership offsite as pandoc-compatible Markdown: the group
/// result, each role and respondent side by side, agreement, the perception gap, the facts to
/// settle and the agenda. The same team and options always give the same bytes.
public struct TeamBriefRenderer {
    let team: TeamAssessment
    let options: TeamBriefOptions
    /// What each member is called in this brief, by member index.
    let labels: [String]
    var questionnaire: Questionnaire { team.questionnaire }
    var texts: ParadigmTexts { questionnaire.texts }

    /// Creates a renderer.
    public init(team: TeamAssessment, options: TeamBriefOptions) {
        self.team = team
        self.options = options
        labels = Self.labels(team, anonymous: options.anonymous)
    }

    /// The whole brief.
    public func render() -> String {
        var md = Markdown()
        frontMatter(&md)
        summary(&md)
        groupScores(&md)
        roleScores(&md)
        respondentScores(&md)
        agreement(&md)
        leaveOneOut(&md)
        factsToSettle(&md)
        perceptionGap(&md)
        agenda(&md)
        roadmap(&md)
        method(&md)
        sources(&md)
        return md.text.trimmingTrailingBlankLines() + "\n"
    }

    /// Names, or in an anonymous brief (and for anyone who gave no name) the role with a
    /// number when several share it: "Sales team member 2". File names are never shown.
    static func labels(_ team: TeamAssessment, anonymous: Bool) -> [String] {
        var seen: [Int: Int] = [:]
        return team.members.map { member in
            if !anonymous, let name = member.name?.trimmingWhitespace(), !name.isEmpty { return Markdown.escape(name) }
            let group = TeamAccumulator.groupIndex(member.roleID, roles: team.questionnaire.roles)
            let base = team.role(ofGroup: group)?.label ?? "Respondent (role not given)"
            seen[group, default: 0] += 1
            return team.roleGroups[group].count > 1 ? "\(Markdown.escape(base)) \(seen[group] ?? 1)" : Markdown.escape(base)
        }
    }

    /// The organisation's name as given, or `nil`.
    var organisation: String? { team.organisations.first }

    func name(_ paradigm: Paradigm, _ scores: ScoreVector? = nil) -> String { team.displayName(paradigm, scores: scores) }

    /// A role group's label.
    func groupLabel(_ index: Int) -> String {
        team.role(ofGroup: index).map { Markdown.escape($0.label) } ?? "Role not given"
    }

    /// A count with its noun: "1 respondent", "3 respondents".
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n.grouped) \(noun)\(n == 1 ? "" : "s")"
    }

    /// A share as a whole percentage.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// Up to `limit` member labels, then "and N more".
    func members(_ indices: [Int], total: Int, limit: Int = 5) -> String {
        let shown = indices.prefix(limit).map { labels[$0] }
        let rest = total - shown.count
        return shown.joined(separator: ", ") + (rest > 0 ? " and \(rest.grouped) more" : "")
    }

    /// An option's label, escaped.
    func optionLabel(_ question: Question, _ index: Int) -> String {
        Markdown.escape(question.options[index].label)
    }
}

extension Int {
    /// Thousands grouped with a comma: 10,000.
    var grouped: String {
        let digits = String(abs(self))
        var out = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out += "," }
            out.append(character)
        }
        return (self < 0 ? "-" : "") + out
    }
}
