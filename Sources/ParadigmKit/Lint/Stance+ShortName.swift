extension Stance {
    /// A short name for listings: "siloed", "subservient (product-led)".
    var shortName: String {
        switch self {
        case .siloed: "siloed"
        case .assimilated: "assimilated"
        case .subservientSalesLed: "subservient (sales-led)"
        case .subservientProductLed: "subservient (product-led)"
        case .proportionate: "proportionate"
        }
    }
}
