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

    var countsForFit: Bool { self != .today }
    var countsForToday: Bool { self != .fit }
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
public struct Question: Sendable, Equatable {
    /// The stable id answers files use.
    public let id: String
    /// The section it belongs to.
    public let sectionID: String
    /// The question as a busy executive reads it.
    public let prompt: String
    /// Why it matters.
    public let help: String
    /// The answer's shape.
    public let kind: QuestionKind
    /// Which result it counts towards.
    public let informs: Informs
    /// Importance multiplier for all of its weights.
    public let weight: Double
    /// Whether `unsure` is an allowed answer.
    public let unsureAllowed: Bool
    /// For text questions: whether it may stay empty.
    public let optional: Bool
    /// When it is asked; `nil` for always.
    public let condition: Condition?
    /// Allowed answers (scale points and number bands included).
    public let options: [Option]
    /// Where the question is defined.
    public let location: SourceLocation
    /// What it is for in a team brief; `nil` for an ordinary scored question.
    public var purpose: QuestionPurpose? = nil

    /// The option with an id.
    public func option(_ id: String) -> Option? { options.first { $0.id == id } }

    /// The band a number falls into.
    public func band(for value: Double) -> Option? {
        options.first { $0.below.map { value < $0 } ?? true }
    }

    /// Whether it carries any weight at all.
    var isWeighted: Bool { options.contains { !$0.weights.isZero || !$0.today.isZero } }
}
