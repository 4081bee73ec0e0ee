/// How far the recommendation stands ahead of the runner-up, in fit points, with a plain label.
package struct Confidence: Sendable, Equatable {
    /// The verdict word: the band of the margin, which ``ConfidenceStatement`` may weaken. One
    /// set of words for every output: the interview, the brief, the page, JSON and the team brief.
    package enum Label: String, Sendable {
        /// A margin of 15 points or more.
        case clear
        /// 8 to under 15 points.
        case moderate
        /// Under 8 points.
        case close

        /// The word as a sentence says it: "clear", "moderate", "a close call".
        package var words: String {
            switch self {
            case .clear: "clear"
            case .moderate: "moderate"
            case .close: "a close call"
            }
        }
    }

    /// Fit score of the recommendation minus that of the runner-up (0 to 100).
    package let margin: Double

    /// The band the margin falls into.
    package var label: Label {
        switch margin {
        case 15...: .clear
        case 8..<15: .moderate
        default: .close
        }
    }
}
