/// The five stance scores of one respondent, or their sum or mean over a group: a fixed-size
/// vector, so that a team's aggregation is a few additions per respondent.
package struct ScoreVector: Sendable, Equatable {
    private var values: [Double]

    /// All zero.
    package init() { values = Array(repeating: 0, count: Stance.allCases.count) }

    /// The fit scores of one assessment.
    package init(_ scores: ScoreSet) {
        self.init()
        for stance in Stance.allCases { self[stance] = scores.score(stance) }
    }

    /// The value for a stance.
    package subscript(_ stance: Stance) -> Double {
        get { values[Self.index(stance)] }
        set { values[Self.index(stance)] = newValue }
    }

    private static func index(_ stance: Stance) -> Int {
        switch stance {
        case .siloed: 0
        case .assimilated: 1
        case .subservientSalesLed: 2
        case .subservientProductLed: 3
        case .proportionate: 4
        }
    }

    static func + (lhs: ScoreVector, rhs: ScoreVector) -> ScoreVector {
        var result = lhs
        for index in result.values.indices { result.values[index] += rhs.values[index] }
        return result
    }

    static func - (lhs: ScoreVector, rhs: ScoreVector) -> ScoreVector {
        var result = lhs
        for index in result.values.indices { result.values[index] -= rhs.values[index] }
        return result
    }

    static func / (lhs: ScoreVector, rhs: Double) -> ScoreVector {
        var result = lhs
        for index in result.values.indices { result.values[index] /= rhs }
        return result
    }
}
