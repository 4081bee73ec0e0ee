/// The groups a team brief shows respondents in: one per role, or in an anonymous brief groups
/// of at least ``minimumSize`` people, so that no respondent can be picked out by role.
///
/// Every renderer reads the groups from here and never from the roles directly, so that the
/// role table, the agenda, the themes, the facts to settle, the perception sides, the JSON and
/// the charts all show the same groups. Build one with ``TeamAssessment/grouping(anonymous:)``.
///
/// The anonymous rule, as staff-survey tools apply it:
/// 1. A role held by at least ``minimumSize`` respondents is its own group.
/// 2. The respondents of smaller roles are merged by the role's `level:` in the questionnaire
///    (the wider group): executives (`level: executive`; CEO, CMO, CRO in the built-in one) and
///    practitioners (`level: practitioner`; revenue operations, marketing team, sales team,
///    other). A merged level of at least ``minimumSize`` is a group: "Executives", or "Other
///    executives" when a role of that level is a group of its own.
/// 3. What is still smaller (and respondents who gave no role, unless there are enough of them)
///    is merged across levels into "Other roles" when that reaches ``minimumSize``; otherwise into
///    the smallest group of the same level, else the smallest group. Nobody is left out of a
///    group while others are shown by role, because the whole team's figures less the groups'
///    would then give the left-out people's answers by subtraction.
///    Groups come in questionnaire order, those that mix levels ("Other roles") last.
/// 4. When that leaves a single merged group, the team is shown only as a whole: no group by role.
///
/// The groups always partition the team, so whatever the brief shows by group is the sum of
/// groups of at least ``minimumSize`` people.
package struct TeamGrouping: Sendable, Equatable {
    /// The fewest respondents an anonymous brief shows as a group.
    package static let minimumSize = 3

    /// The anonymous rule, as an anonymous brief's method states it.
    package static let rule = """
        No group of fewer than \(minimumSize) people is shown. A role held by at least \(minimumSize) \
        respondents is its own group; smaller roles are merged by their level in the \
        questionnaire into executives or practitioners, and what is still too small into other \
        roles or the nearest group of its level, so that every group has at least \(minimumSize) \
        people and none can be worked out by subtracting the others from the whole team. When \
        that leaves one group, the team is shown only as a whole. Perception sides are compared \
        only when each side is made of whole groups; respondents are never listed one by one, \
        and facts to settle are counted by group, not by person.
        """

    /// One group of respondents as the brief shows it.
    package struct Group: Sendable, Equatable {
        /// A stable id for programs: the role id for a single role, otherwise `executives`,
        /// `other_executives`, `practitioners`, `other_practitioners` or `other_roles`;
        /// `nil` for the respondents who gave no role.
        package let id: String?
        /// What a reader sees: the role's label, or the merged group's name.
        package let label: String
        /// The role groups it holds: indices into ``TeamAssessment/roleGroups``.
        package let roleGroups: [Int]
        /// Its members' scores together.
        package let scores: GroupScores

        /// How many respondents it holds (with fit scores or not).
        package var count: Int { scores.members }
    }

    /// Whether the groups were made for an anonymous brief.
    package let anonymous: Bool
    /// The groups, in the order of their first role in the questionnaire.
    package let groups: [Group]
    /// The role groups on each side of the executive–practitioner comparison and of the
    /// marketing–sales one, or `nil` when an anonymous brief cannot show a side without
    /// picking someone out (see ``side(_:)``).
    package let executives: [Int]?
    /// See ``executives``.
    package let practitioners: [Int]?
    /// See ``executives``.
    package let marketing: [Int]?
    /// See ``executives``.
    package let sales: [Int]?
    /// In an anonymous brief, one plain line saying which roles were merged into which group,
    /// never who; `nil` when nothing was merged (or the brief is not anonymous).
    package let note: String?

    /// Whether the groups' fit scores may be shown: always in a named brief; in an anonymous
    /// one only when every group's scores come from none or at least ``minimumSize`` people
    /// (someone who answered about their own work only has no scores, so a group of three can
    /// hold the scores of one).
    package var showsGroupScores: Bool {
        !anonymous || groups.allSatisfy { $0.scores.count == 0 || $0.scores.count >= Self.minimumSize }
    }

    /// The four sides the perception gap compares.
    package enum Side: Sendable, CaseIterable {
        /// Roles with `level: executive`.
        case executives
        /// Roles with `level: practitioner`.
        case practitioners
        /// Roles with `function: marketing`, at any level.
        case marketing
        /// Roles with `function: sales`, at any level.
        case sales
    }

    /// The role groups of a side; `nil` when the anonymous groups do not keep that side apart.
    package func side(_ side: Side) -> [Int]? {
        switch side {
        case .executives: executives
        case .practitioners: practitioners
        case .marketing: marketing
        case .sales: sales
        }
    }

    /// Whether any side is withheld because the anonymous groups do not keep it apart.
    package var withholdsSides: Bool { Side.allCases.contains { side($0) == nil } }
}

extension TeamGrouping {
    /// One group per role that has respondents, in questionnaire order, then "Role not given":
    /// the grouping of a brief that is not anonymous.
    init(byRoleOf team: TeamAssessment) {
        anonymous = false
        groups = team.populatedGroups.map { index in
            Group(
                id: team.role(ofGroup: index)?.id, label: team.role(ofGroup: index)?.label ?? "Role not given",
                roleGroups: [index], scores: team.roleGroups[index])
        }
        executives = team.groups { $0.level == .executive }
        practitioners = team.groups { $0.level == .practitioner }
        marketing = team.groups { $0.function == .marketing }
        sales = team.groups { $0.function == .sales }
        note = nil
    }

    /// The anonymous grouping: groups of at least ``minimumSize`` (see the type's rule).
    init(anonymising team: TeamAssessment) {
        anonymous = true
        let minimum = Self.minimumSize
        let counts = team.roleGroups.map(\.members)
        var cells: [Cell] = []
        var small: [Int] = []
        for index in team.populatedGroups {
            if counts[index] >= minimum { cells.append(Cell([index])) } else { small.append(index) }
        }
        var rest: [Int] = []
        for level in Role.Level.allCases {
            let pool = small.filter { team.role(ofGroup: $0)?.level == level }
            if pool.map({ counts[$0] }).reduce(0, +) >= minimum { cells.append(Cell(pool)) } else { rest += pool }
        }
        rest += small.filter { team.role(ofGroup: $0) == nil }
        rest.sort()
        if !rest.isEmpty {
            if rest.map({ counts[$0] }).reduce(0, +) >= minimum || cells.isEmpty {
                cells.append(Cell(rest))
            } else {
                let levels = Set(rest.map { team.role(ofGroup: $0)?.level })
                let size = { (cell: Cell) in cell.roles.map { counts[$0] }.reduce(0, +) }
                let sameLevel = cells.indices.filter {
                    levels.count == 1 && Set(cells[$0].roles.map { team.role(ofGroup: $0)?.level }) == levels
                }
                let candidates = sameLevel.isEmpty ? Array(cells.indices) : sameLevel
                // The smallest candidate; on a tie, the first in questionnaire order.
                let target =
                    candidates.min { (size(cells[$0]), cells[$0].roles[0]) < (size(cells[$1]), cells[$1].roles[0]) }
                    ?? 0
                cells[target].roles = (cells[target].roles + rest).sorted()
            }
        }
        // A single merged group is the whole team under another name: show the team as a whole.
        if cells.count == 1, cells[0].roles.count > 1 { cells = [] }
        if team.members.count < minimum { cells = [] }
        // Groups in questionnaire order, groups that mix levels last.
        groups = cells.map { Self.group($0.roles, in: team) }.sorted { lhs, rhs in
            let (a, b) = (lhs.id == "other_roles", rhs.id == "other_roles")
            return a != b ? b : lhs.roleGroups[0] < rhs.roleGroups[0]
        }
        let shown = groups
        func side(_ test: (Role) -> Bool) -> [Int]? {
            let wanted = team.groups(where: test).filter { counts[$0] > 0 }
            guard !wanted.isEmpty else { return [] }
            let kept = shown.filter {
                $0.roleGroups.allSatisfy { index in team.role(ofGroup: index).map(test) ?? false }
            }
            let roles = kept.flatMap(\.roleGroups).sorted()
            return roles == wanted ? roles : nil
        }
        executives = side { $0.level == .executive }
        practitioners = side { $0.level == .practitioner }
        marketing = side { $0.function == .marketing }
        sales = side { $0.function == .sales }
        note =
            [Self.note(groups, team: team), Self.fewScored(team)].compactMap { $0 }.joined(separator: " ")
            .nilIfEmpty
    }

    /// When fewer than ``minimumSize`` respondents answered for the organisation while the team
    /// is larger, the fit scores, the ranking's agreement and the facts to settle are theirs
    /// alone, and each of them can tell the others' answers apart: the brief says so rather
    /// than hide the result the team met to discuss.
    private static func fewScored(_ team: TeamAssessment) -> String? {
        let scored = team.group.count
        guard scored > 0, scored < minimumSize, team.members.count >= minimumSize else { return nil }
        let whose =
            scored == 1
            ? "the 1 respondent who answered for the organisation, so they are that respondent's own answers"
            : "the \(scored.readable) respondents who answered for the organisation, fewer than \(minimumSize), so "
                + "each of them can tell the other's answers apart there"
        return "Anonymous brief: the fit scores, their agreement and the facts to settle come from \(whose); the "
            + "rest answered about their own work only."
    }

    /// Role groups gathered into one shown group while the grouping is worked out.
    private struct Cell {
        var roles: [Int]
        init(_ roles: [Int]) { self.roles = roles.sorted() }
    }

    private static func group(_ roles: [Int], in team: TeamAssessment) -> Group {
        var scores = GroupScores()
        for index in roles { scores.absorb(team.roleGroups[index]) }
        let populated = Set(team.populatedGroups)
        let (id, label): (String?, String)
        if roles.count == 1 {
            (id, label) = (team.role(ofGroup: roles[0])?.id, team.role(ofGroup: roles[0])?.label ?? "Role not given")
        } else if let level = team.role(ofGroup: roles[0])?.level,
            roles.allSatisfy({ team.role(ofGroup: $0)?.level == level })
        {
            let whole = Set(team.groups { $0.level == level }).intersection(populated) == Set(roles)
            let noun = level == .executive ? "executives" : "practitioners"
            (id, label) = whole ? (noun, noun.upperFirst) : ("other_\(noun)", "Other \(noun)")
        } else {
            (id, label) = ("other_roles", "Other roles")
        }
        return Group(id: id, label: label, roleGroups: roles, scores: scores)
    }

    /// "Anonymous: groups of fewer than 3 are merged: CEO or founder, CMO or marketing leader and
    /// CRO or sales leader into Executives." Roles only, never people.
    private static func note(_ groups: [Group], team: TeamAssessment) -> String? {
        let minimum = minimumSize
        if groups.isEmpty {
            guard team.populatedGroups.count > 1 || team.members.count < minimum else { return nil }
            if team.members.count < minimum {
                return
                    "Anonymous brief: with fewer than \(minimum) respondents, no group by role is shown, and the "
                    + "respondents can still tell each other's answers apart."
            }
            return
                "Anonymous brief: the roles cannot be split into groups of at least \(minimum) people without "
                + "someone's answers showing by subtraction, so the team is shown only as a whole, not by role."
        }
        let merged = groups.filter { $0.roleGroups.count > 1 }
        guard !merged.isEmpty else { return nil }
        let parts = merged.map { group in
            "\(BriefRenderer.inWords(group.roleGroups.map { team.role(ofGroup: $0)?.label ?? "role not given" })) "
                + "into \(group.label)"
        }
        return
            "Anonymous brief: roles held by fewer than \(minimum) people are merged into wider groups: "
            + "\(parts.joined(separator: "; "))."
    }
}

extension TeamAssessment {
    /// The groups a brief shows: one per role, or with `anonymous` groups of at least
    /// ``TeamGrouping/minimumSize`` respondents (see ``TeamGrouping``).
    package func grouping(anonymous: Bool) -> TeamGrouping {
        anonymous ? TeamGrouping(anonymising: self) : TeamGrouping(byRoleOf: self)
    }
}

extension String {
    /// The text with its first letter upper-cased.
    fileprivate var upperFirst: String { prefix(1).uppercased() + dropFirst() }
    /// The text, or `nil` when it is empty.
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
