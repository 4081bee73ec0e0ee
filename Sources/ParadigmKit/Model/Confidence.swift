/// How far the recommendation stands ahead of the runner-up, in fit points, with a plain label.
public struct Confidence: Sendable, Equatable {
    /// The plain-language band of the margin.
    public enum Label: String, Sendable {
        /// A margin of 15 points or more.
        case clear
        /// 8 to under 15 points.
        case moderate
        /// 3 to under 8 points.
        case narrow
        /// Under 3 points: the two are effectively tied.
        case tooCloseToCall = "too close to call"
    }

    /// Fit score of the recommendation minus that of the runner-up (0 to 100).
    public let margin: Double

    /// The band the margin falls into.
    public var label: Label {
        switch margin {
        case 15...: .clear
        case 8..<15: .moderate
        case 3..<8: .narrow
        default: .tooCloseToCall
        }
    }
}
