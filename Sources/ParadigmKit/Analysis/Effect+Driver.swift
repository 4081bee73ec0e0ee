/// The driver rule, written once: which answers' effects count as reasons for or against a
/// stance in the brief, the comparison and the linter's explanations.
extension Effect {
    /// The smallest effect, in score points, that counts: below it an answer moves a score by
    /// less than the one decimal the brief shows.
    package static let driverThreshold = 0.05

    /// Whether the effect pushes the stance up enough to be named as a reason.
    package var pushes: Bool { points > Self.driverThreshold }

    /// Whether the effect holds the stance back enough to be named as a reason.
    package var holdsBack: Bool { points < -Self.driverThreshold }
}
