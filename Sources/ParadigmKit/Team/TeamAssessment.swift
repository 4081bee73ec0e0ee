/// Several respondents' answers to one questionnaire, scored together: the group result, each
/// role group's, agreement across respondents, and the tallies the perception gap, the facts
/// to settle and the offsite agenda are read from. Build one with ``assess(_:with:)`` or,
/// for answers that arrive one at a time, with a ``TeamAccumulator``.
public struct TeamAssessment: Sendable {
    /// How the group result is formed, as the team brief states it.
    public static let aggregationRule = """
        The group's score for each candidate model (the four paradigms, subservient in each of its \
        two directions) is the mean of the respondents' individual fit scores, so every respondent \
        counts once whatever their role. When two models have the same mean score, the one more \
        respondents recommend ranks higher; then the one that asks less structural change, in the \
        order siloed, subservient (marketing in service of sales), subservient (sales in service \
        of a product-led engine), assimilated, proportionate.
        """

    /// The questionnaire everyone answered.
    public let questionnaire: Questionnaire
    /// The respondents, in the order their answers were given.
    public let members: [TeamMember]
    /// Everyone together.
    package let group: GroupScores
    /// One group per role of the questionnaire, in its order, then one for "role not given".
    package let roleGroups: [GroupScores]
    /// Kendall's W over the respondents' rankings of the five candidate models.
    package let agreement: KendallW
    /// Every question but free text, tallied by role group, in questionnaire order.
    package let tallies: [QuestionTally]
    /// The free-text answers grouped into the questionnaire's themes, counted by role group.
    package let themes: [ThemeTally]
    /// Answers counted once because they repeat answers already counted (a copied file, a form
    /// row submitted twice): each copy's location and the original's.
    package internal(set) var copies: [TeamSubmissions.Copy] = []
    /// Earlier answers of respondents who answered more than once, left out for their latest
    /// (`--latest`): each left-out location and the latest's.
    package internal(set) var earlierAnswers: [TeamSubmissions.Copy] = []
    /// How many respondents answered questions their role is not asked (a team member who filled
    /// in the whole template); those answers are left out, as the interview would not ask them.
    public internal(set) var answeredBeyondRole = 0

    /// Scores every respondent's answers and brings them together. Throws the diagnostics of
    /// every respondent whose answers say nothing about fit (unless their role answers about
    /// their own work only), all at once, and when nobody answered for the organisation.
    public static func assess(
        _ answers: [Answers], with questionnaire: Questionnaire
    ) throws(Diagnostics) -> TeamAssessment {
        var accumulator = TeamAccumulator(questionnaire: questionnaire)
        var problems = Diagnostics()
        for item in answers {
            do { try accumulator.add(item) } catch { problems.append(contentsOf: error) }
        }
        problems.append(contentsOf: accumulator.conflicts)
        if let missing = accumulator.factsMissing { problems.append(missing) }
        if problems.hasErrors { throw problems }
        return accumulator.finish()
    }

    /// The group's recommendation.
    public var recommendation: Stance { group.recommendation }

    /// A candidate model's name with subservient's direction.
    public func displayName(_ stance: Stance) -> String { questionnaire.texts.name(of: stance) }

    /// The role of a group index; `nil` for the "role not given" group.
    package func role(ofGroup index: Int) -> Role? {
        index < questionnaire.roles.count ? questionnaire.roles[index] : nil
    }

    /// The indices of the role groups whose roles satisfy a test.
    package func groups(where test: (Role) -> Bool) -> [Int] {
        questionnaire.roles.indices.filter { test(questionnaire.roles[$0]) }
    }

    /// The role groups that have members, in questionnaire order.
    public var populatedGroups: [Int] { roleGroups.indices.filter { roleGroups[$0].members > 0 } }

    /// The organisation named with `--organisation`, which the brief shows whatever the answers
    /// say; `nil` to use the names the answers give.
    public var namedOrganisation: String?

    /// The distinct organisation names given, in order of first appearance, spellings of one
    /// organisation counted once (see ``OrganisationName``); only ``namedOrganisation`` when set.
    public var organisations: [String] {
        if let namedOrganisation { return [namedOrganisation] }
        var seen: Set<String> = []
        var names: [String] = []
        for member in members {
            guard let name = member.organisation?.trimmingWhitespace(), !name.isEmpty else { continue }
            if seen.insert(Self.organisationKey(name)).inserted { names.append(name) }
        }
        return names
    }

    static func organisationKey(_ name: String) -> String { OrganisationName.key(name) }

    /// The tally of a question.
    package func tally(_ questionID: String) -> QuestionTally? { tallies.first { $0.question.id == questionID } }
}
