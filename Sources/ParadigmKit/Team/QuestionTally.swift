/// How a team answered one question, counted per role group: for each option, how many chose
/// it. Built one respondent at a time in constant memory per question; every spread the team
/// brief reports is read from these counts.
package struct QuestionTally: Sendable, Equatable {
    /// How many member indices are kept per option, to name who said what on a fact.
    static let sampleLimit = 6

    /// The question counted.
    package let question: Question
    /// The number of role groups: the questionnaire's roles, then one for "role not given".
    package let groupCount: Int
    /// `counts[group][option]`: respondents in the group who chose the option.
    package private(set) var counts: [[Int]]
    /// Respondents per group who gave an answer other than unsure.
    package private(set) var answered: [Int]
    /// Respondents per group who answered unsure.
    package private(set) var unsure: [Int]
    /// For each option, the first few members (by index) who chose it.
    package private(set) var samples: [[Int]]

    init(question: Question, groupCount: Int) {
        self.question = question
        self.groupCount = groupCount
        counts = Array(repeating: Array(repeating: 0, count: question.options.count), count: groupCount)
        answered = Array(repeating: 0, count: groupCount)
        unsure = Array(repeating: 0, count: groupCount)
        samples = Array(repeating: [], count: question.options.count)
    }

    /// Counts one respondent's answer.
    mutating func add(_ value: AnswerValue?, group: Int, member: Int) {
        guard let value else { return }
        if value == .unsure {
            addUnsure(group: group)
        } else {
            add(options: Self.optionIndices(value, of: question), group: group, member: member)
        }
    }

    /// Counts an unsure answer.
    mutating func addUnsure(group: Int) { unsure[group] += 1 }

    /// Counts an answer by the positions of the options it chose; nothing when there are none.
    mutating func add(options indices: some Collection<Int>, group: Int, member: Int) {
        guard !indices.isEmpty else { return }
        answered[group] += 1
        for index in indices {
            counts[group][index] += 1
            if samples[index].count < Self.sampleLimit { samples[index].append(member) }
        }
    }

    /// The positions of the options an answer chose (ids it names that are no option are skipped).
    static func optionIndices(_ value: AnswerValue, of question: Question) -> [Int] {
        var indices: [Int] = []
        forEachOptionIndex(value, of: question) { indices.append($0) }
        return indices
    }

    /// The position of each option an answer chose, handed to `body` in the answer's order,
    /// without building arrays (a team brief does this for every answer of every respondent).
    static func forEachOptionIndex(_ value: AnswerValue, of question: Question, _ body: (Int) -> Void) {
        value.forEachOptionID { id in if let index = question.optionIndex(id) { body(index) } }
    }

    /// Answers other than unsure, over all groups.
    package var totalAnswered: Int { answered.reduce(0, +) }

    /// Each option's count over the given groups (all groups by default).
    package func optionCounts(groups: [Int]? = nil) -> [Int] {
        var totals = Array(repeating: 0, count: question.options.count)
        for group in groups ?? Array(0..<groupCount) {
            for index in totals.indices { totals[index] += counts[group][index] }
        }
        return totals
    }

    /// Respondents answering unsure in the given groups.
    package func unsureCount(groups: [Int]) -> Int { groups.map { unsure[$0] }.reduce(0, +) }

    /// Respondents answering (not unsure) in the given groups.
    package func answeredCount(groups: [Int]? = nil) -> Int {
        (groups ?? Array(0..<groupCount)).map { answered[$0] }.reduce(0, +)
    }

    /// For a scale question: the mean point (1–5) over the given groups; `nil` if none answered.
    package func scaleMean(groups: [Int]? = nil) -> Double? {
        let totals = optionCounts(groups: groups)
        let n = totals.reduce(0, +)
        guard n > 0 else { return nil }
        return Double(totals.enumerated().map { ($0.offset + 1) * $0.element }.reduce(0, +)) / Double(n)
    }

    /// The share (0–1) of answers at the top two points of a scale (4 or 5) over the given groups.
    package func agreeShare(groups: [Int]? = nil) -> Double? {
        let totals = optionCounts(groups: groups)
        let n = totals.reduce(0, +)
        guard n > 0, totals.count == 5 else { return nil }
        return Double(totals[3] + totals[4]) / Double(n)
    }

    /// How divided the answers are, from 0 (everyone agrees) to 1 (as divided as possible):
    /// for a scale, the standard deviation of the points over its largest possible value (2);
    /// for one choice, the share outside the most common answer over the largest share
    /// possible for that many answers; for several choices, the mean over options of
    /// 4·p·(1 − p), where p is the share who chose it. `nil` with fewer than two answers.
    package var divergence: Double? {
        let totals = optionCounts()
        let n = totalAnswered
        guard n >= 2, !totals.isEmpty else { return nil }
        switch question.kind {
        case .scale:
            guard let mean = scaleMean() else { return nil }
            let variance =
                totals.enumerated()
                .map { Double($0.element) * (Double($0.offset + 1) - mean) * (Double($0.offset + 1) - mean) }
                .reduce(0, +) / Double(n)
            return min(1, variance.squareRoot() / 2)
        case .multiple:
            let terms = totals.map { count in
                let p = Double(count) / Double(n)
                return 4 * p * (1 - p)
            }
            return terms.reduce(0, +) / Double(terms.count)
        case .text:
            return nil
        case .single, .yesNo, .number:
            let modal = totals.max() ?? 0
            let k = totals.count
            let smallestModal = (n + k - 1) / k
            let largest = 1 - Double(smallestModal) / Double(n)
            guard largest > 0 else { return 0 }
            return (1 - Double(modal) / Double(n)) / largest
        }
    }

    /// How many points apart two answers to a scale fact may be before they contradict each
    /// other: neighbouring points are a matter of judgement, two points apart are not.
    package static let scaleFactTolerance = 1

    /// Whether respondents' answers contradict each other, read as a fact about the
    /// organisation: for a number, answers in different bands; for a scale, answers more than
    /// ``scaleFactTolerance`` points apart; for several choices, an option some chose and
    /// others did not; otherwise, different answers. Unsure answers contradict nothing.
    package var isContradicted: Bool {
        let chosen = chosenOptions
        switch question.kind {
        case .text:
            return false
        case .scale:
            guard let lowest = chosen.first, let highest = chosen.last else { return false }
            return highest - lowest > Self.scaleFactTolerance
        case .multiple:
            let n = totalAnswered
            return optionCounts().contains { $0 > 0 && $0 < n }
        case .single, .yesNo, .number:
            return chosen.count > 1
        }
    }

    /// The options chosen by at least one respondent, in questionnaire order.
    package var chosenOptions: [Int] {
        optionCounts().enumerated().filter { $0.element > 0 }.map(\.offset)
    }
}
