/// What a recommendation amounts to: the paradigm, and for subservient its direction. Two
/// outcomes differ when either differs, so a flip of direction counts as a change.
package struct Outcome: Sendable, Hashable, Comparable {
    /// The recommended paradigm.
    package let paradigm: Paradigm
    /// The direction, for subservient only.
    package let direction: SubservientDirection?

    /// Creates an outcome; the direction is kept only for subservient.
    package init(_ paradigm: Paradigm, direction: SubservientDirection? = nil) {
        self.paradigm = paradigm
        self.direction = paradigm == .subservient ? (direction ?? .salesLed) : nil
    }

    /// The outcome a stance stands for.
    package init(_ stance: Stance) {
        self.init(stance.paradigm, direction: stance.direction)
    }

    /// The recommendation of an assessment.
    package init(_ assessment: Assessment) {
        self.init(assessment.recommendation)
    }

    /// The stance that stands for it.
    package var stance: Stance {
        switch paradigm {
        case .siloed: .siloed
        case .assimilated: .assimilated
        case .proportionate: .proportionate
        case .subservient: direction == .productLed ? .subservientProductLed : .subservientSalesLed
        }
    }

    /// Its name in a sentence, e.g. "subservient (sales in service of a product-led engine)".
    package func name(in texts: ParadigmTexts) -> String {
        let base = texts[paradigm].name.lowercased()
        guard let direction else { return base }
        let phrase = texts[paradigm].directions[direction]?.name ?? direction.rawValue
        return "\(base) (\(phrase.lowercasedFirst))"
    }

    /// The id used in JSON: the stance id, e.g. `subservient_product_led`.
    package var id: String { stance.rawValue }

    /// Orders outcomes by their candidate model's fixed order (siloed, assimilated, the two subservient
    /// directions, proportionate), not by score.
    package static func < (lhs: Outcome, rhs: Outcome) -> Bool {
        lhs.stance.position < rhs.stance.position
    }
}
