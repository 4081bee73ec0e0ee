/// A validated answer to one question.
public enum AnswerValue: Sendable, Equatable {
    /// One option of a single-choice, yes/no or scale question.
    case choice(String)
    /// The options of a multiple-choice question, in the questionnaire's order.
    case choices([String])
    /// A number, with the band it falls into.
    case number(Double, band: String)
    /// Free text.
    case text(String)
    /// "I am not sure": neither helps nor hurts any paradigm.
    case unsure

    /// The option ids the answer chose, for scoring and conditions; `nil` for unsure and text.
    public var optionIDs: [String]? {
        switch self {
        case .choice(let id): [id]
        case .choices(let ids): ids
        case .number(_, let band): [band]
        case .text, .unsure: nil
        }
    }

    /// Each id of ``optionIDs``, in order, without making that array.
    func forEachOptionID(_ body: (String) -> Void) {
        switch self {
        case .choice(let id), .number(_, band: let id): body(id)
        case .choices(let ids): for id in ids { body(id) }
        case .text, .unsure: break
        }
    }

    /// Whether ``optionIDs`` holds any of `ids`, found without making that array: conditions
    /// ask this of every answer a team member gives.
    func choosesAny(of ids: [String]) -> Bool {
        var chosen = false
        forEachOptionID { id in chosen = chosen || ids.contains(id) }
        return chosen
    }
}

/// An answer with the place it was given, for diagnostics and the brief's appendix.
public struct Answer: Sendable, Equatable {
    /// The question answered.
    public let questionID: String
    /// The validated value.
    public let value: AnswerValue
    /// Where it was written, when it came from a file.
    public let location: SourceLocation?

    /// Creates an answer.
    public init(questionID: String, value: AnswerValue, location: SourceLocation? = nil) {
        self.questionID = questionID
        self.value = value
        self.location = location
    }
}

/// Who answered.
public struct Respondent: Sendable, Equatable {
    /// Their name, optional.
    public var name: String?
    /// Their role id (see ``Role``), optional.
    public var role: String?
    /// The organisation the answers describe.
    public var organisation: String?

    /// Creates a respondent.
    public init(name: String? = nil, role: String? = nil, organisation: String? = nil) {
        self.name = name
        self.role = role
        self.organisation = organisation
    }
}

/// One respondent's answers to a questionnaire.
public struct Answers: Sendable, Equatable {
    /// The questionnaire id they answer.
    public var questionnaireID: String
    /// Who answered.
    public var respondent: Respondent
    /// The answers by question id.
    public private(set) var values: [String: Answer] = [:]
    /// The name of the file they were read from (or `<interview>`).
    public var sourceName: String

    /// The file's name without its folders: what a document names it by, since a document is
    /// forwarded and a local path says nothing to its readers.
    public var fileName: String {
        sourceName.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? sourceName
    }

    /// Creates an empty set of answers.
    public init(questionnaireID: String, respondent: Respondent = Respondent(), sourceName: String) {
        self.questionnaireID = questionnaireID
        self.respondent = respondent
        self.sourceName = sourceName
    }

    /// The answer to a question, if one was given.
    public subscript(_ questionID: String) -> Answer? { values[questionID] }

    /// Sets or replaces an answer.
    public mutating func set(_ answer: Answer) { values[answer.questionID] = answer }

    /// Makes room for `count` answers at once, for a reader that knows how many may come.
    mutating func reserveCapacity(_ count: Int) { values.reserveCapacity(count) }

    /// Removes an answer.
    public mutating func remove(_ questionID: String) { values[questionID] = nil }

    /// Whether a question applies, given the answers to the questions its condition reads.
    public func applies(_ question: Question) -> Bool {
        question.condition?.holds(answers: { self.values[$0]?.value }) ?? true
    }

    /// Drops answers to questions whose conditions no longer hold, in questionnaire order (so
    /// that a dropped answer also drops the questions that depended on it). Returns their ids.
    @discardableResult
    public mutating func dropInapplicable(in questionnaire: Questionnaire) -> [String] {
        var dropped: [String] = []
        let questions = questionnaire.questions
        // By index, so that no `Question` is copied: the pivotal analysis calls this hundreds of times.
        for index in questions.indices where questions[index].condition != nil {
            let id = questions[index].id
            guard values[id] != nil, !applies(questions[index]) else { continue }
            values[id] = nil
            dropped.append(id)
        }
        return dropped
    }
}

extension Answers {
    /// Whether the respondent is asked a question: its `when:` holds, and their role is asked
    /// it (``Questionnaire/asks(_:roleID:)``).
    public func isAsked(_ question: Question, in questionnaire: Questionnaire) -> Bool {
        questionnaire.asks(question, roleID: respondent.role) && applies(question)
    }
}
