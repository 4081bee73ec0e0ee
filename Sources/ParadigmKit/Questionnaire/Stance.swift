/// What the model scores: the four paradigms, with subservient split by direction.
public enum Stance: String, CaseIterable, Sendable, Hashable {
    /// See ``Paradigm/siloed``.
    case siloed
    /// See ``Paradigm/assimilated``.
    case assimilated
    /// Subservient, marketing in service of sales.
    case subservientSalesLed = "subservient_sales_led"
    /// Subservient, sales in service of a marketing- or product-led engine.
    case subservientProductLed = "subservient_product_led"
    /// See ``Paradigm/proportionate``.
    case proportionate

    /// The paradigm this stance belongs to.
    public var paradigm: Paradigm {
        switch self {
        case .siloed: .siloed
        case .assimilated: .assimilated
        case .subservientSalesLed, .subservientProductLed: .subservient
        case .proportionate: .proportionate
        }
    }

    /// The tie-break order: the candidate that asks less structural change comes first.
    var tieBreakRank: Int {
        switch self {
        case .siloed: 0
        case .subservientSalesLed: 1
        case .subservientProductLed: 2
        case .assimilated: 3
        case .proportionate: 4
        }
    }

    /// A short name for table headers and listings: "siloed", "subservient (product-led)".
    public var shortName: String {
        switch self {
        case .siloed: "siloed"
        case .assimilated: "assimilated"
        case .subservientSalesLed: "subservient (sales-led)"
        case .subservientProductLed: "subservient (product-led)"
        case .proportionate: "proportionate"
        }
    }

    /// The subservient direction, for the two subservient stances.
    public var direction: SubservientDirection? {
        switch self {
        case .subservientSalesLed: .salesLed
        case .subservientProductLed: .productLed
        default: nil
        }
    }

    /// The stance's position in ``allCases``, without building the array (`allCases` allocates
    /// a new one on every call, which the analyses' inner loops cannot afford).
    var position: Int {
        switch self {
        case .siloed: 0
        case .assimilated: 1
        case .subservientSalesLed: 2
        case .subservientProductLed: 3
        case .proportionate: 4
        }
    }

    /// The stances a weight key stands for: a stance id, or `subservient` for both directions.
    static func stances(forKey key: String) -> [Stance]? {
        if key == Paradigm.subservient.rawValue { return [.subservientSalesLed, .subservientProductLed] }
        return Stance(rawValue: key).map { [$0] }
    }

    /// Every key a weight mapping may use.
    static let weightKeys = allCases.map(\.rawValue) + [Paradigm.subservient.rawValue]
}

/// A weight for each stance; a stance without a weight has 0.
public struct StanceWeights: Sendable, Equatable {
    // Five stored numbers rather than an array: scoring reads these millions of times in the
    // analyses, and an array would cost a heap allocation per value.
    private var siloed = 0.0
    private var assimilated = 0.0
    private var subservientSalesLed = 0.0
    private var subservientProductLed = 0.0
    private var proportionate = 0.0

    /// All zero.
    public init() {}

    /// A weight for each stance.
    init(
        siloed: Double, assimilated: Double, subservientSalesLed: Double, subservientProductLed: Double,
        proportionate: Double
    ) {
        (self.siloed, self.assimilated, self.proportionate) = (siloed, assimilated, proportionate)
        (self.subservientSalesLed, self.subservientProductLed) = (subservientSalesLed, subservientProductLed)
    }

    /// The weight for a stance.
    public subscript(_ stance: Stance) -> Double {
        get {
            switch stance {
            case .siloed: siloed
            case .assimilated: assimilated
            case .subservientSalesLed: subservientSalesLed
            case .subservientProductLed: subservientProductLed
            case .proportionate: proportionate
            }
        }
        set {
            switch stance {
            case .siloed: siloed = newValue
            case .assimilated: assimilated = newValue
            case .subservientSalesLed: subservientSalesLed = newValue
            case .subservientProductLed: subservientProductLed = newValue
            case .proportionate: proportionate = newValue
            }
        }
    }

    /// Whether every weight is zero.
    public var isZero: Bool { Stance.allCases.allSatisfy { self[$0] == 0 } }

    /// Weights interpolated between `low` (t = 0) and `high` (t = 1).
    static func interpolate(_ low: StanceWeights, _ high: StanceWeights, _ t: Double) -> StanceWeights {
        var result = StanceWeights()
        for stance in Stance.allCases { result[stance] = low[stance] + (high[stance] - low[stance]) * t }
        return result
    }
}
