/// Builds a ``TeamAssessment`` one respondent at a time: each assessment is reduced to a
/// ``TeamMember`` and its answers are tallied, so memory grows by a few numbers per respondent
/// and every step is linear in the number of respondents.
public struct TeamAccumulator: Sendable {
    /// The questionnaire every respondent answered.
    public let questionnaire: Questionnaire
    private(set) var members: [TeamMember] = []
    private(set) var group = GroupScores()
    private(set) var roleGroups: [GroupScores]
    private(set) var agreement = KendallW(itemCount: Paradigm.allCases.count)
    private(set) var tallies: [QuestionTally]

    /// An empty team for a questionnaire.
    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        let groupCount = questionnaire.roles.count + 1
        roleGroups = Array(repeating: GroupScores(), count: groupCount)
        tallies = questionnaire.questions.filter { $0.kind != .text }
            .map { QuestionTally(question: $0, groupCount: groupCount) }
    }

    /// The number of respondents added.
    public var count: Int { members.count }

    /// The role group of a role id: its place among the questionnaire's roles, or the last
    /// group for a respondent who gave no role.
    func groupIndex(_ roleID: String?) -> Int { Self.groupIndex(roleID, roles: questionnaire.roles) }

    static func groupIndex(_ roleID: String?, roles: [Role]) -> Int {
        roleID.flatMap { id in roles.firstIndex { $0.id == id } } ?? roles.count
    }

    /// Adds one respondent's assessment (made with the same questionnaire).
    public mutating func add(_ assessment: Assessment) {
        let answers = assessment.answers
        let member = TeamMember(
            index: members.count, name: answers.respondent.name, roleID: answers.respondent.role,
            organisation: answers.respondent.organisation, sourceName: answers.sourceName,
            scores: ScoreVector(assessment.fit), ranking: assessment.ranking)
        let groupIndex = groupIndex(member.roleID)
        members.append(member)
        group.add(member)
        roleGroups[groupIndex].add(member)
        agreement.add(scores: Paradigm.allCases.map { member.scores.score(for: $0) })
        for index in tallies.indices {
            let question = tallies[index].question
            guard answers.applies(question) else { continue }
            tallies[index].add(answers[question.id]?.value, group: groupIndex, member: member.index)
        }
    }

    /// Scores and adds one respondent's answers.
    public mutating func add(_ answers: Answers) throws(Diagnostics) {
        add(try Assessor.assess(answers, with: questionnaire))
    }

    /// The team's result.
    public func finish() -> TeamAssessment {
        TeamAssessment(questionnaire: questionnaire, members: members, group: group, roleGroups: roleGroups,
                       agreement: agreement, tallies: tallies)
    }
}
