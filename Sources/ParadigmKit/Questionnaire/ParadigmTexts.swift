/// A phase of the first 90 days.
package struct RoadmapPhase: Sendable, Equatable {
    /// "Days 1–30" and so on.
    package let phase: String
    /// What to do in it.
    package let actions: [String]
}

/// What the brief says about one paradigm.
package struct ParadigmText: Sendable, Equatable {
    /// Texts specific to one subservient direction.
    package struct DirectionText: Sendable, Equatable {
        /// "Marketing in service of sales" and so on.
        package let name: String
        /// One sentence.
        package let summary: String
        /// Direction-specific advantages.
        package let pros: [String]
        /// Direction-specific drawbacks.
        package let cons: [String]
        /// Direction-specific risks.
        package let risks: [String]
    }

    /// Which paradigm.
    package let paradigm: Paradigm
    /// Display name.
    package let name: String
    /// One sentence.
    package let summary: String
    /// A paragraph.
    package let definition: String
    /// When it fits.
    package let fitsWhen: [String]
    /// Advantages.
    package let pros: [String]
    /// Drawbacks.
    package let cons: [String]
    /// Concrete failure modes.
    package let risks: [String]
    /// Leading indicators to track.
    package let indicators: [Indicator]
    /// The first 90 days.
    package let firstNinetyDays: [RoadmapPhase]
    /// How to move here from each other paradigm.
    package let movingFrom: [Paradigm: String]
    /// Questions for the offsite.
    package let offsiteQuestions: [String]
    /// Subservient only: texts per direction.
    package let directions: [SubservientDirection: DirectionText]
}

/// A statistic a brief may quote, with its source.
package struct Statistic: Sendable, Equatable {
    /// Stable id.
    package let id: String
    /// The figure in a sentence.
    package let text: String
    /// Who said it, where, when.
    package let source: String
    /// Where to read it.
    package let url: String
    /// A caveat, e.g. "vendor study; correlation, not causation".
    package let note: String?
}

/// The paradigm texts, statistics and method caveat a questionnaire's briefs quote.
package struct ParadigmTexts: Sendable, Equatable {
    /// Version text.
    package let version: String
    /// The plain statement that the definitions are the tool's interpretation.
    package let interpretation: String
    /// One text per paradigm.
    package let paradigms: [Paradigm: ParadigmText]
    /// Quotable statistics.
    package let statistics: [Statistic]
    /// How to read the result.
    package let methodCaveat: String

    /// The text for a paradigm. Loading guarantees all four exist.
    package subscript(_ paradigm: Paradigm) -> ParadigmText {
        guard let text = paradigms[paradigm] else { preconditionFailure("paradigm texts were validated on load") }
        return text
    }

    /// A candidate model's name: the paradigm's, with the direction for subservient, e.g.
    /// "Subservient (sales in service of a product-led engine)".
    package func name(of stance: Stance) -> String {
        let paradigm = self[stance.paradigm]
        guard let direction = stance.direction else { return paradigm.name }
        let phrase = paradigm.directions[direction]?.name ?? direction.rawValue
        return "\(paradigm.name) (\(phrase.lowercasedFirst))"
    }

    /// The statistic with an id.
    package func statistic(_ id: String) -> Statistic? { statistics.first { $0.id == id } }
}

/// A leading indicator of a paradigm: its definition, the operating model's role that owns it
/// and the questions whose answers show today's value.
package struct Indicator: Sendable, Equatable {
    /// The definition, in a sentence; a `{name}` is an operating-model phrase.
    package let text: String
    /// The role id that owns it; `nil` when the data names none.
    package let owner: String?
    /// The questions whose answers show today's value.
    package let today: [String]
}
