/// What a question's answer looks like.
public enum QuestionKind: Sendable, Equatable {
    /// One option.
    case single
    /// One or more options; the contribution is the mean of the chosen options' weights.
    case multiple
    /// 1 to 5, with weights interpolated between the two ends.
    case scale
    /// A bounded number that falls into one of the question's bands.
    case number(min: Double, max: Double, unit: String?)
    /// Yes or no.
    case yesNo
    /// Free text, without weights.
    case text

    /// The word used in questionnaire files and listings.
    public var name: String {
        switch self {
        case .single: "single"
        case .multiple: "multiple"
        case .scale: "scale"
        case .number: "number"
        case .yesNo: "yes_no"
        case .text: "text"
        }
    }
}

/// Which result a question's answer counts towards.
public enum Informs: String, Sendable {
    /// The fit (to-be): which paradigm the facts call for.
    case fit
    /// The practice (as-is): which paradigm the organisation operates in now.
    case today
    /// Both.
    case both
    /// Neither score: capability or intent, read only by readiness gates.
    case readiness

    var countsForFit: Bool { self == .fit || self == .both }
    var countsForToday: Bool { self == .today || self == .both }
}

/// What a question is for in a team brief, beyond scoring (`purpose:` in the questionnaire).
public enum QuestionPurpose: String, Sendable, CaseIterable {
    /// How a respondent perceives the relationship (alignment, trust, blame). Asked of every
    /// role, carries no weights, and is compared between executives and practitioners and
    /// between marketing and sales.
    case perception
    /// A fact about the organisation (size, motion, structure) that every respondent should
    /// answer alike; a team brief flags disagreement as a fact to settle, not an opinion.
    case fact
}

/// One allowed answer of a question with its weights. For scales the five points, and for
/// numbers the bands, are options too, so that scoring treats every question alike.
public struct Option: Sendable, Equatable {
    /// The stable id answers files use.
    public let id: String
    /// What a person reads.
    public let label: String
    /// Fit weights.
    public let weights: StanceWeights
    /// As-is weights, for questions about current practice.
    public let today: StanceWeights
    /// One line on why this answer leans where it leans.
    public let why: String
    /// For number bands: the band holds values below this (`nil` for the last band).
    public let below: Double?
    /// Where the option is defined.
    public let location: SourceLocation
}

/// Which of an option's two weight sets scoring reads.
/// The lowest and highest weight a question's options give each stance, in one weight set.
struct WeightBounds: Sendable {
    var lowest: StanceWeights
    var highest: StanceWeights

    /// The bounds over `options`; `nil` when there are none.
    init?(_ options: [Option], _ set: WeightSet) {
        guard let first = options.first else { return nil }
        lowest = first.weights(set)
        highest = lowest
        for option in options.dropFirst() {
            let values = option.weights(set)
            for stance in Stance.allCases {
                lowest[stance] = Swift.min(lowest[stance], values[stance])
                highest[stance] = Swift.max(highest[stance], values[stance])
            }
        }
    }
}

enum WeightSet: Sendable {
    /// Fit (to-be) weights, `weights:` in the questionnaire.
    case fit
    /// As-is weights, `today:` in the questionnaire.
    case today
}

extension Option {
    /// The option's fit or as-is weights.
    func weights(_ set: WeightSet) -> StanceWeights {
        switch set {
        case .fit: weights
        case .today: today
        }
    }
}

/// One question of the questionnaire.
///
/// Its fields live in one shared, immutable object, so that copying a question costs one
/// reference count rather than one per string and array: scoring a team of 100,000 copies
/// each question several times per respondent.
public struct Question: Sendable, Equatable {
    private final class Storage: Sendable {
        let id: String, sectionID: String, prompt: String, help: String
        let kind: QuestionKind, informs: Informs, weight: Double
        let unsureAllowed: Bool, optional: Bool
        let condition: Condition?
        let options: [Option]
        let location: SourceLocation
        let purpose: QuestionPurpose?
        let askedOfEveryone: Bool
        /// The lowest and highest weight the options give each stance, fit and as-is, worked
        /// out once: scoring needs them for every answer of every respondent.
        let fitBounds: WeightBounds?, todayBounds: WeightBounds?
        /// The UTF-8 length of each option's id, to rule out most options of a lookup at once.
        let optionIDLengths: [Int]

        init(
            id: String, sectionID: String, prompt: String, help: String, kind: QuestionKind, informs: Informs,
            weight: Double, unsureAllowed: Bool, optional: Bool, condition: Condition?, options: [Option],
            location: SourceLocation, purpose: QuestionPurpose?, askedOfEveryone: Bool
        ) {
            (self.id, self.sectionID, self.prompt, self.help) = (id, sectionID, prompt, help)
            self.askedOfEveryone = askedOfEveryone
            (self.kind, self.informs, self.weight) = (kind, informs, weight)
            (self.unsureAllowed, self.optional, self.condition) = (unsureAllowed, optional, condition)
            (self.options, self.location, self.purpose) = (options, location, purpose)
            (fitBounds, todayBounds) = (WeightBounds(options, .fit), WeightBounds(options, .today))
            optionIDLengths = options.map(\.id.utf8.count)
        }
    }

    private var storage: Storage

    init(
        id: String, sectionID: String, prompt: String, help: String, kind: QuestionKind, informs: Informs,
        weight: Double, unsureAllowed: Bool, optional: Bool, condition: Condition?, options: [Option],
        location: SourceLocation, purpose: QuestionPurpose? = nil, askedOfEveryone: Bool = false
    ) {
        storage = Storage(
            id: id, sectionID: sectionID, prompt: prompt, help: help, kind: kind, informs: informs,
            weight: weight, unsureAllowed: unsureAllowed, optional: optional, condition: condition,
            options: options, location: location, purpose: purpose,
            askedOfEveryone: askedOfEveryone || purpose == .perception)
    }

    /// The stable id answers files use.
    public var id: String { storage.id }
    /// The section it belongs to.
    public var sectionID: String { storage.sectionID }
    /// The question as a busy executive reads it.
    public var prompt: String { storage.prompt }
    /// Why it matters.
    public var help: String { storage.help }
    /// The answer's shape.
    public var kind: QuestionKind { storage.kind }
    /// Which result it counts towards.
    public var informs: Informs { storage.informs }
    /// Importance multiplier for all of its weights.
    public var weight: Double { storage.weight }
    /// Whether `unsure` is an allowed answer.
    public var unsureAllowed: Bool { storage.unsureAllowed }
    /// For text questions: whether it may stay empty.
    public var optional: Bool { storage.optional }
    /// When it is asked; `nil` for always.
    package var condition: Condition? { storage.condition }
    /// Allowed answers (scale points and number bands included).
    public var options: [Option] { storage.options }
    /// Where the question is defined.
    public var location: SourceLocation { storage.location }
    /// What it is for in a team brief; `nil` for an ordinary scored question.
    public var purpose: QuestionPurpose? { storage.purpose }
    /// Whether every respondent is asked it, whatever their role (`asked_of: everyone`, and
    /// every perception question); otherwise only the roles that answer for the organisation
    /// are (see ``Role/Scope``).
    public var askedOfEveryone: Bool { storage.askedOfEveryone }

    /// Two questions are equal when they say the same: the same id, section, texts and options.
    public static func == (lhs: Question, rhs: Question) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.id == rhs.id && lhs.sectionID == rhs.sectionID && lhs.prompt == rhs.prompt && lhs.help == rhs.help
            && lhs.kind == rhs.kind && lhs.informs == rhs.informs && lhs.weight == rhs.weight
            && lhs.unsureAllowed == rhs.unsureAllowed && lhs.optional == rhs.optional && lhs.condition == rhs.condition
            && lhs.options == rhs.options && lhs.location == rhs.location && lhs.purpose == rhs.purpose
            && lhs.askedOfEveryone == rhs.askedOfEveryone
    }

    /// The option with an id.
    public func option(_ id: String) -> Option? {
        optionIndex(id).map { options[$0] }
    }

    /// The position of the option with an id.
    func optionIndex(_ id: String) -> Int? {
        // Nearly every lookup is an id written exactly, and most ids differ in length: compare
        // lengths first, and as strings (canonical equivalence) only when no id of the same
        // length matches. Option ids are unique as strings, so both ways find the same one.
        // By index, so that no `Option` is copied (which retains its texts): every answer of
        // every respondent comes through here.
        let options = storage.options
        let lengths = storage.optionIDLengths
        let length = id.utf8.count
        for index in lengths.indices where lengths[index] == length && options[index].id == id { return index }
        for index in options.indices where options[index].id == id { return index }
        return nil
    }

    /// The lowest and highest weight the options give each stance; `nil` without options.
    func bounds(_ set: WeightSet) -> WeightBounds? {
        switch set {
        case .fit: storage.fitBounds
        case .today: storage.todayBounds
        }
    }

    /// The band a number falls into.
    public func band(for value: Double) -> Option? {
        options.first { $0.below.map { value < $0 } ?? true }
    }

    /// Whether it carries any weight at all.
    var isWeighted: Bool { options.contains { !$0.weights.isZero || !$0.today.isZero } }
}
