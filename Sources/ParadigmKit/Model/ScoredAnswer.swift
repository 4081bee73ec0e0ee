/// One question's answer with its contributions worked out once, so that the model's walk
/// (``ScoringWalk``) and the analyses that score many variants of an answer set never read
/// answers or options again. A class, so that handing one to the walk copies a reference, not
/// the sums.
final class ScoredAnswer: Sendable {
    /// The answer.
    let value: AnswerValue
    /// What it adds to the fit scores; `nil` when it does not count for fit.
    let fitTerm: Contribution?
    /// What it adds to the as-is scores; `nil` when it does not count for the as-is reading.
    let todayTerm: Contribution?
    /// ``fitTerm`` as sums.
    let fit: StanceTotals
    /// ``todayTerm`` as sums.
    let today: StanceTotals

    init(question: Question, value: AnswerValue) {
        self.value = value
        fitTerm = Contribution.counted(question: question, answer: value, weights: .fit)
        todayTerm = Contribution.counted(question: question, answer: value, weights: .today)
        fit = Self.sums(fitTerm)
        today = Self.sums(todayTerm)
    }

    private static func sums(_ term: Contribution?) -> StanceTotals {
        var sums = StanceTotals()
        if let term { sums.add(term) }
        return sums
    }
}
