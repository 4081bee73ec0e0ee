/// The team brief as JSON for dashboards and other programs: schema `paradigm-advisor/team/3`,
/// described in `docs/team-brief.md`. Keys come in a fixed order; an anonymous document holds
/// no names and no file names.
public struct TeamJSON: Sendable {
    /// The schema id and version every document carries.
    public static let schema = "paradigm-advisor/team/3"

    let brief: TeamBriefRenderer
    var team: TeamAssessment { brief.team }
    var grouping: TeamGrouping { brief.grouping }

    /// Creates a writer.
    public init(team: TeamAssessment, options: TeamBriefOptions) {
        brief = TeamBriefRenderer(team: team, options: options)
    }

    /// The whole document as text.
    public func render() -> String { document().rendered }

    /// The whole document.
    package func document() -> JSONValue {
        let questionnaire = team.questionnaire
        var entries: [(String, JSONValue)] = [
            ("schema", .string(Self.schema)),
            ("generator", .object([("name", .string("paradigm")), ("version", .string(ProductVersion.current))])),
            ("date", .string(brief.options.date)),
            (
                "questionnaire",
                .object([("id", .string(questionnaire.id)), ("version", .string(questionnaire.version))])
            ),
            ("organisation", .text(team.organisations.first)),
            ("anonymous", .bool(brief.options.anonymous)),
            ("respondent_count", .number(Double(team.members.count))),
        ]
        if grouping.anonymous { entries.append(("anonymity", anonymity())) }
        entries.append(("recommendation", recommendation()))
        entries.append(("scores", Self.scores(team.group.mean)))
        entries.append(("roles", .array(grouping.groups.map(role))))
        entries.append(("respondents", .array(grouping.anonymous ? [] : team.members.map(respondent))))
        entries.append(("agreement", agreement()))
        entries.append(("leave_one_out", leaveOneOut()))
        func comparisons(_ rows: [PerceptionComparison]?) -> JSONValue {
            rows.map { .array($0.map(Self.comparison)) } ?? .null
        }
        entries.append(
            (
                "perception",
                .object([
                    ("executives_vs_practitioners", comparisons(team.executiveGap(in: grouping))),
                    ("marketing_vs_sales", comparisons(team.functionGap(in: grouping))),
                ])
            ))
        entries.append(
            (
                "facts_to_settle",
                .array(
                    team.factsToSettle.map { tally in
                        .object([
                            ("question", .string(tally.question.id)), ("answers", Self.counts(tally, groups: nil)),
                            ("by_role", byRole(tally)),
                        ])
                    })
            ))
        entries.append(("themes", .array(team.themes.map(theme))))
        entries.append(("agenda", .array(team.agenda(limit: brief.options.agendaSize).map(agendaItem))))
        return .object(entries)
    }

    private func recommendation() -> JSONValue {
        let group = team.group
        let rec = group.recommendation
        return .object([
            ("stance", .string(rec.rawValue)),
            ("paradigm", .string(rec.paradigm.rawValue)),
            ("direction", .text(rec.direction?.rawValue)),
            ("name", .string(team.displayName(rec))),
            ("margin", .number(group.confidence.margin)),
            ("confidence", .string(group.confidence.label.rawValue)),
            ("recommended_by", .number(Double(group.recommendedBy(rec)))),
            ("ranking", .array(group.ranking.map { .string($0.rawValue) })),
        ])
    }

    private func role(_ group: TeamGrouping.Group) -> JSONValue {
        let scores = group.scores
        let scored = scores.count > 0 && brief.grouping.showsGroupScores
        return .object([
            ("role", .text(group.id)), ("count", .number(Double(group.count))),
            ("scored", .number(Double(scores.count))),
            ("recommendation", scored ? .string(scores.recommendation.rawValue) : .null),
            ("scores", scored ? Self.scores(scores.mean) : .null),
        ])
    }

    /// How an anonymous document grouped respondents: the smallest group, each group's roles
    /// (role ids, never people), and the line the brief prints.
    private func anonymity() -> JSONValue {
        .object([
            ("minimum_group", .number(Double(TeamGrouping.minimumSize))),
            (
                "groups",
                .array(
                    grouping.groups.map { group in
                        .object([
                            ("id", .text(group.id)), ("label", .string(group.label)),
                            ("roles", .array(group.roleGroups.map { .text(team.role(ofGroup: $0)?.id) })),
                        ])
                    })
            ),
            ("note", .text(grouping.note)),
        ])
    }

    /// Kendall's W on the ranking, with the questions that are split beside it.
    private func agreement() -> JSONValue {
        let split: JSONValue = .array(
            team.splitQuestions(limit: brief.options.agendaSize).map { item in
                .object([("question", .string(item.tally.question.id)), ("divergence", .number(item.divergence))])
            })
        guard let w = team.agreement.value else {
            return .object([("kendall_w", .null), ("band", .null), ("split_questions", split)])
        }
        return .object([
            ("kendall_w", .number(w)), ("band", .string(KendallW.Band(w).rawValue)),
            ("split_questions", split),
        ])
    }

    private func leaveOneOut() -> JSONValue {
        let check = team.leaveOneOut()
        let decisive: [JSONValue] = check.decisive.map { item in
            .object([
                ("respondent", grouping.anonymous ? .null : .string(brief.label(item.member))),
                ("recommendation_without", .string(item.recommendationWithout.rawValue)),
            ])
        }
        let lead: JSONValue = check.checked > 0 ? .number(check.smallestLead) : .null
        return .object([
            ("checked", .number(Double(check.checked))), ("smallest_lead", lead), ("decisive", .array(decisive)),
        ])
    }

    private func agendaItem(_ item: AgendaItem) -> JSONValue {
        .object([
            ("question", .string(item.tally.question.id)), ("divergence", .number(item.divergence)),
            ("by_role", byRole(item.tally)),
        ])
    }

    /// A theme of the free-text answers: counts by role, and quotes only when the brief shows them.
    private func theme(_ tally: ThemeTally) -> JSONValue {
        let groups = grouping.groups.filter { tally.count(groups: $0.roleGroups) > 0 }
        let quotes: [JSONValue] =
            brief.showsQuotes
            ? tally.quotes.map { quote in
                .object([("respondent", .string(brief.label(quote.member))), ("text", .string(quote.text))])
            } : []
        return .object([
            ("id", .string(tally.theme.id)), ("question", .string(tally.theme.questionID)),
            ("count", .number(Double(tally.total))),
            (
                "by_role",
                .array(
                    groups.map { group in
                        .object([
                            ("role", .text(group.id)),
                            ("count", .number(Double(tally.count(groups: group.roleGroups)))),
                        ])
                    })
            ),
            ("quotes", .array(quotes)),
        ])
    }

    /// How each role group that answered a question answered it.
    private func byRole(_ tally: QuestionTally) -> JSONValue {
        let groups = grouping.groups.filter {
            tally.answeredCount(groups: $0.roleGroups) + tally.unsureCount(groups: $0.roleGroups) > 0
        }
        return .array(
            groups.map { group in
                .object([
                    ("role", .text(group.id)),
                    ("answered", .number(Double(tally.answeredCount(groups: group.roleGroups)))),
                    ("unsure", .number(Double(tally.unsureCount(groups: group.roleGroups)))),
                    ("answers", Self.counts(tally, groups: group.roleGroups)),
                ])
            })
    }

    private func respondent(_ member: TeamMember) -> JSONValue {
        .object([
            ("label", .string(brief.label(member.index))),
            ("name", brief.options.anonymous ? .null : .text(member.name)),
            ("role", .text(member.roleID)),
            ("recommendation", member.recommendation.map { .string($0.rawValue) } ?? .null),
            ("scores", member.scores.map(Self.scores) ?? .null),
        ])
    }

    static func scores(_ scores: ScoreVector) -> JSONValue {
        .object(Stance.allCases.map { ($0.rawValue, .number(scores[$0])) })
    }

    static func comparison(_ comparison: PerceptionComparison) -> JSONValue {
        func side(_ side: PerceptionSide?) -> JSONValue {
            side.map {
                .object([
                    ("mean", .number($0.mean)), ("count", .number(Double($0.count))),
                    ("agree_share", .number($0.agreeShare)),
                ])
            } ?? .null
        }
        return .object([
            ("question", .string(comparison.question.id)), ("first", side(comparison.first)),
            ("second", side(comparison.second)), ("gap", comparison.gap.map { .number($0) } ?? .null),
        ])
    }

    static func counts(_ tally: QuestionTally, groups: [Int]?) -> JSONValue {
        let counts = tally.optionCounts(groups: groups)
        return .array(
            counts.indices.filter { counts[$0] > 0 }.map { index in
                .object([
                    ("option", .string(tally.question.options[index].id)), ("count", .number(Double(counts[index]))),
                ])
            })
    }
}
