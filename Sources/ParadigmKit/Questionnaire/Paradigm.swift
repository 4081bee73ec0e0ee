/// One of Forrester's four paradigms for how marketing and sales relate.
public enum Paradigm: String, CaseIterable, Sendable, Comparable {
    /// Two separate functions with rules at the border.
    case siloed
    /// One revenue organisation under one leader.
    case assimilated
    /// One function formally serves the other's agenda (in a ``SubservientDirection``).
    case subservient
    /// Peer functions with authority in proportion to contribution.
    case proportionate

    /// The display name, capitalised.
    public var name: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The tie-break order: the paradigm that asks less structural change comes first.
    var tieBreakRank: Int {
        switch self {
        case .siloed: 0
        case .subservient: 1
        case .assimilated: 2
        case .proportionate: 3
        }
    }

    /// Orders paradigms by the documented tie-break: the one asking less structural change first.
    public static func < (lhs: Paradigm, rhs: Paradigm) -> Bool { lhs.tieBreakRank < rhs.tieBreakRank }
}

/// Which function serves which in the subservient paradigm.
public enum SubservientDirection: String, CaseIterable, Sendable {
    /// Marketing in service of sales (field, enterprise, founder-led selling).
    case salesLed = "sales_led"
    /// Sales in service of a marketing- or product-led engine (self-serve, product-led growth).
    case productLed = "product_led"
}
