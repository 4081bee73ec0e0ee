/// The three checks of how solid a recommendation is, computed together for a brief.
package struct Sensitivity: Sendable, Equatable {
    /// Answers that would change the recommendation, nearest first.
    package let pivotalAnswers: [PivotalAnswer]
    /// Answers that keep the recommendation but narrow its lead the most (one per question,
    /// smallest remaining lead first), for briefs where no single answer changes it.
    package let closestCalls: [PivotalAnswer]
    /// The recommendation under perturbed question importances.
    package let robustness: WeightRobustness
    /// The score ranges over the answers to the unsure questions.
    package let unsure: UnsureRange

    /// Runs all three analyses on an assessment.
    package init(_ assessment: Assessment, settings: WeightRobustness.Settings = .default) {
        (pivotalAnswers, closestCalls) = PivotalAnalysis.split(assessment)
        robustness = WeightRobustness.analyse(assessment, settings: settings)
        unsure = UnsureRange.analyse(assessment)
    }
}
