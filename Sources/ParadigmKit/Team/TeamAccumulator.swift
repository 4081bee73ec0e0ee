/// Builds a ``TeamAssessment`` one respondent at a time: each assessment is reduced to a
/// ``TeamMember`` and its answers are tallied, so memory grows by a few numbers per respondent
/// and every step is linear in the number of respondents.
package struct TeamAccumulator: Sendable {
    /// The questionnaire every respondent answered.
    package let questionnaire: Questionnaire
    private(set) var members: [TeamMember] = []
    private(set) var group = GroupScores()
    private(set) var roleGroups: [GroupScores]
    private(set) var agreement = KendallW(itemCount: Stance.allCases.count)
    private(set) var tallies: [QuestionTally]
    private(set) var themes: [ThemeTally]
    /// For each theme, the position of its question in ``Entry/texts``.
    private let themeTextOf: [Int]
    /// For each free-text question some theme groups, the answers on none of its themes:
    /// "Other themes", so that every answer is counted somewhere.
    private(set) var others: [ThemeTally]
    /// The tally of each question, by position (`nil` for free text, which is not tallied).
    private let tallyOfQuestion: [Int?]
    /// Whose answers are already counted: copies count once, conflicts are found.
    private(set) var submissions = TeamSubmissions()
    /// Where answers come from that are not to be counted: earlier answers of a respondent whose
    /// latest answers count (`--latest`), each with the latest's location.
    var setAside: [String: String] = [:]
    /// The answers left out because of ``setAside``, in the order they came.
    private(set) var leftOut: [TeamSubmissions.Copy] = []
    /// How many respondents answered questions their role is not asked (left out of the team).
    private(set) var answeredBeyondRole = 0

    /// An empty team for a questionnaire.
    package init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        let groupCount = questionnaire.roles.count + 1
        roleGroups = Array(repeating: GroupScores(), count: groupCount)
        let tallied = questionnaire.questions.indices.filter { questionnaire.questions[$0].kind != .text }
        tallies = tallied.map { QuestionTally(question: questionnaire.questions[$0], groupCount: groupCount) }
        var tallyOfQuestion = [Int?](repeating: nil, count: questionnaire.questions.count)
        for (tally, position) in tallied.enumerated() { tallyOfQuestion[position] = tally }
        self.tallyOfQuestion = tallyOfQuestion
        themes = questionnaire.themes.map { ThemeTally(theme: $0, groupCount: groupCount) }
        let textIDs = questionnaire.themeQuestionIDs
        themeTextOf = questionnaire.themes.map { theme in textIDs.firstIndex(of: theme.questionID) ?? 0 }
        others = textIDs.map { id in ThemeTally(theme: Theme.other(questionID: id), groupCount: groupCount) }
    }

    /// The number of respondents added.
    package var count: Int { members.count }

    /// The role group of a role id: its place among the questionnaire's roles, or the last
    /// group for a respondent who gave no role.
    func groupIndex(_ roleID: String?) -> Int { Self.groupIndex(roleID, roles: questionnaire.roles) }

    static func groupIndex(_ roleID: String?, roles: [Role]) -> Int {
        roleID.flatMap { id in roles.firstIndex { $0.id == id } } ?? roles.count
    }

    /// Adds one respondent's assessment (made with the same questionnaire), scored as the
    /// caller scored it: `add(Answers)` scores only the questions the respondent's role is
    /// asked, this takes every answer the assessment counted.
    package mutating func add(_ assessment: Assessment) {
        add(Entry(assessment))
    }

    /// Adds what was kept of one respondent's assessment.
    mutating func add(_ entry: Entry) {
        if let latest = setAside[entry.sourceName] {
            leftOut.append(TeamSubmissions.Copy(source: entry.sourceName, original: latest))
            return
        }
        guard
            submissions.register(
                name: entry.name, fingerprint: entry.fingerprint, wroteText: entry.wroteText, source: entry.sourceName)
        else { return }
        if entry.notAsked > 0 { answeredBeyondRole += 1 }
        let member = TeamMember(
            index: members.count, name: entry.name, roleID: entry.roleID, organisation: entry.organisation,
            sourceName: entry.sourceName, scores: entry.scores, ranking: entry.ranking)
        let groupIndex = groupIndex(member.roleID)
        members.append(member)
        group.add(member)
        roleGroups[groupIndex].add(member)
        if let scores = member.scores { agreement.add(scores: Stance.allCases.map { scores[$0] }) }
        for (text, written) in entry.texts.enumerated() {
            guard let written, text < others.count else { continue }
            let words = ThemeWords(written)
            var onATheme = false
            for (theme, of) in themeTextOf.enumerated() where of == text {
                onATheme = themes[theme].add(written, words: words, group: groupIndex, member: member.index) || onATheme
            }
            others[text].add(written, onTheme: !onATheme, group: groupIndex, member: member.index)
        }
        entry.marks.forEachMark { position, mark in
            guard position < tallyOfQuestion.count, let tally = tallyOfQuestion[position] else { return }
            switch mark {
            case .unsure: tallies[tally].addUnsure(group: groupIndex)
            case .options(let indices): tallies[tally].add(options: indices, group: groupIndex, member: member.index)
            }
        }
    }

    /// What a team keeps of one assessment: who answered, the fit scores and ranking, and a
    /// tally mark per question. Made apart from the team, so that many respondents can be
    /// reduced on several cores and added in order; the assessment itself is then dropped.
    struct Entry: Sendable {
        let name: String?
        let roleID: String?
        let organisation: String?
        let sourceName: String
        let scores: ScoreVector?
        let ranking: [Stance]
        /// The answers to tally, by question position.
        let marks: TallyMarks
        /// The free-text answers some theme groups, in ``Questionnaire/themeQuestionIDs`` order.
        let texts: [String?]
        /// A digest of who answered and every answer, to tell a copy from another respondent.
        var fingerprint: AnswersFingerprint
        /// How many answers were left out because the respondent's role is not asked them.
        var notAsked = 0
        /// Whether any free-text answer is written.
        let wroteText: Bool

        init(_ assessment: Assessment) {
            self.init(assessment, marks: Self.marks(assessment.counted, assessment.questionnaire.questions))
        }

        /// Scores `answers` and keeps what the team needs, tallying the answers the model
        /// counted. Someone whose role answers only for their own work and who said nothing
        /// about fit is kept without scores: the organisation's facts come from the others.
        ///
        /// Only the answers to the questions the respondent's role is asked count (see
        /// ``Answers/routed(in:)``): a team member's guesses at the market move nothing.
        static func scoring(_ given: Answers, with questionnaire: Questionnaire) throws(Diagnostics) -> Entry {
            let (answers, leftOut) = given.routed(in: questionnaire)
            var entry: Entry
            do {
                entry = Entry(try Assessor.assess(answers, with: questionnaire))
            } catch {
                guard questionnaire.answersOwnWorkOnly(answers.respondent.role) else { throw error }
                let marks = Self.marks(Assessor.counted(answers, in: questionnaire), questionnaire.questions)
                entry = Entry(answers, questionnaire: questionnaire, assessment: nil, marks: marks)
            }
            // A copy is a copy of what was given, not only of what counts.
            if leftOut > 0 { entry.fingerprint = AnswersFingerprint(given, questionnaire: questionnaire) }
            entry.notAsked = leftOut
            return entry
        }

        /// A tally mark for each answer that counts (by question position).
        private static func marks(_ counted: [AnswerValue?], _ questions: [Question]) -> TallyMarks {
            var marks = TallyMarks()
            marks.reserveCapacity(counted.count * 3)
            for (index, value) in counted.enumerated() {
                if let value { marks.add(value, of: questions[index], at: index) }
            }
            return marks
        }

        private init(_ assessment: Assessment, marks: TallyMarks) {
            self.init(assessment.answers, questionnaire: assessment.questionnaire, assessment: assessment, marks: marks)
        }

        private init(_ answers: Answers, questionnaire: Questionnaire, assessment: Assessment?, marks: TallyMarks) {
            (name, roleID, organisation) = (
                answers.respondent.name, answers.respondent.role, answers.respondent.organisation
            )
            sourceName = answers.sourceName
            scores = assessment.map { ScoreVector($0.fit) }
            ranking = assessment?.ranking ?? []
            self.marks = marks
            fingerprint = AnswersFingerprint(answers, questionnaire: questionnaire)
            wroteText = answers.values.values.contains { answer in
                if case .text(let text) = answer.value { return !text.trimmingWhitespace().isEmpty }
                return false
            }
            texts = questionnaire.themeQuestionIDs.map { id in
                if case .text(let text)? = answers[id]?.value { return text }
                return nil
            }
        }
    }

    /// The tallied answers of one respondent in one flat array (position, count, option
    /// positions…; a count of -1 for unsure): one allocation a respondent, not one a question,
    /// since entries are made on one core and freed on another.
    struct TallyMarks: Sendable {
        private var storage: [Int] = []

        /// What a question's answer adds.
        enum Mark {
            case unsure
            case options(ArraySlice<Int>)
        }

        mutating func reserveCapacity(_ count: Int) { storage.reserveCapacity(count) }

        /// What an answer that counts adds: nothing for free text, which is not tallied.
        mutating func add(_ value: AnswerValue, of question: Question, at position: Int) {
            switch value {
            case .text: break
            case .unsure: appendUnsure(position: position)
            default: append(position: position, value, of: question)
            }
        }

        private mutating func appendUnsure(position: Int) {
            storage.append(position)
            storage.append(-1)
        }

        /// The options `value` chose of `question`, the question at `position`.
        private mutating func append(position: Int, _ value: AnswerValue, of question: Question) {
            storage.append(position)
            let count = storage.count
            storage.append(0)
            QuestionTally.forEachOptionIndex(value, of: question) { option in
                storage.append(option)
                storage[count] += 1
            }
        }

        /// Each marked question's position and mark, in questionnaire order.
        func forEachMark(_ body: (Int, Mark) -> Void) {
            var cursor = 0
            while cursor + 1 < storage.count {
                let (position, count) = (storage[cursor], storage[cursor + 1])
                cursor += 2
                if count < 0 {
                    body(position, .unsure)
                } else {
                    body(position, .options(storage[cursor..<(cursor + count)]))
                    cursor += count
                }
            }
        }
    }

    /// Scores and adds one respondent's answers.
    package mutating func add(_ answers: Answers) throws(Diagnostics) {
        add(try Entry.scoring(answers, with: questionnaire))
    }

    /// The problem with a team in which everyone answered about their own work only: nobody
    /// gave the organisation's facts, so there is no fit to score. `nil` otherwise.
    package var factsMissing: Diagnostic? {
        guard !members.isEmpty, group.count == 0 else { return nil }
        return Diagnostic(
            .error,
            "every respondent answered about their own work only, so nobody gave the organisation's facts and there "
                + "is nothing to recommend",
            file: members[0].sourceName,
            help:
                "add the answers of at least one leader or revenue-operations respondent (paradigm interview --role "
                + "ceo, cmo, cro or revops)"
        )
    }

    /// The errors for respondents who gave different answers under one name, each with every
    /// location: a team counts each respondent once.
    package var conflicts: Diagnostics { Diagnostics(submissions.conflicts.map(\.diagnostic)) }

    /// The team's result.
    package func finish() -> TeamAssessment {
        // Each question's themes, then its other themes when any answer is on none.
        let themed = questionnaire.themeQuestionIDs.enumerated().flatMap { text, id in
            themes.filter { $0.theme.questionID == id } + (others[text].total > 0 ? [others[text]] : [])
        }
        var team = TeamAssessment(
            questionnaire: questionnaire, members: members, group: group, roleGroups: roleGroups,
            agreement: agreement, tallies: tallies, themes: themed)
        team.copies = submissions.copies
        team.earlierAnswers = leftOut
        team.answeredBeyondRole = answeredBeyondRole
        return team
    }
}
