/// A phase of the first 90 days.
public struct RoadmapPhase: Sendable, Equatable {
    /// "Days 1–30" and so on.
    public let phase: String
    /// What to do in it.
    public let actions: [String]
}

/// What the brief says about one paradigm.
public struct ParadigmText: Sendable, Equatable {
    /// Texts specific to one subservient direction.
    public struct DirectionText: Sendable, Equatable {
        /// "Marketing in service of sales" and so on.
        public let name: String
        /// One sentence.
        public let summary: String
        /// Direction-specific advantages.
        public let pros: [String]
        /// Direction-specific drawbacks.
        public let cons: [String]
        /// Direction-specific risks.
        public let risks: [String]
    }

    /// Which paradigm.
    public let paradigm: Paradigm
    /// Display name.
    public let name: String
    /// One sentence.
    public let summary: String
    /// A paragraph.
    public let definition: String
    /// When it fits.
    public let fitsWhen: [String]
    /// Advantages.
    public let pros: [String]
    /// Drawbacks.
    public let cons: [String]
    /// Concrete failure modes.
    public let risks: [String]
    /// Leading indicators to track.
    public let indicators: [Indicator]
    /// The first 90 days.
    public let firstNinetyDays: [RoadmapPhase]
    /// How to move here from each other paradigm.
    public let movingFrom: [Paradigm: String]
    /// Questions for the offsite.
    public let offsiteQuestions: [String]
    /// Subservient only: texts per direction.
    public let directions: [SubservientDirection: DirectionText]
}

/// A statistic a brief may quote, with its source.
public struct Statistic: Sendable, Equatable {
    /// Stable id.
    public let id: String
    /// The figure in a sentence.
    public let text: String
    /// Who said it, where, when.
    public let source: String
    /// Where to read it.
    public let url: String
    /// A caveat, e.g. "vendor study; correlation, not causation".
    public let note: String?
}

/// The paradigm texts, statistics and method caveat a questionnaire's briefs quote.
public struct ParadigmTexts: Sendable, Equatable {
    /// Version text.
    public let version: String
    /// The plain statement that the definitions are the tool's interpretation.
    public let interpretation: String
    /// One text per paradigm.
    public let paradigms: [Paradigm: ParadigmText]
    /// Quotable statistics.
    public let statistics: [Statistic]
    /// How to read the result.
    public let methodCaveat: String

    /// The text for a paradigm. Loading guarantees all four exist.
    public subscript(_ paradigm: Paradigm) -> ParadigmText {
        guard let text = paradigms[paradigm] else { preconditionFailure("paradigm texts were validated on load") }
        return text
    }

    /// A candidate model's name: the paradigm's, with the direction for subservient, e.g.
    /// "Subservient (sales in service of a product-led engine)".
    public func name(of stance: Stance) -> String {
        let paradigm = self[stance.paradigm]
        guard let direction = stance.direction else { return paradigm.name }
        let phrase = paradigm.directions[direction]?.name ?? direction.rawValue
        return "\(paradigm.name) (\(phrase.lowercasedFirst))"
    }

    /// The statistic with an id.
    public func statistic(_ id: String) -> Statistic? { statistics.first { $0.id == id } }
}

/// A leading indicator of a paradigm: its definition, the operating model's role that owns it
/// and the questions whose answers show today's value.
public struct Indicator: Sendable, Equatable {
    /// The definition, in a sentence; a `{name}` is an operating-model phrase.
    public let text: String
    /// The role id that owns it; `nil` when the data names none.
    public let owner: String?
    /// The questions whose answers show today's value.
    public let today: [String]
}
