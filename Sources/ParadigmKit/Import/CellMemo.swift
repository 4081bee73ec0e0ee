/// What the cells of each column have read as, for the texts that repeat: a survey's answers
/// are mostly the same few labels or ids, and reading one (lowering, splitting, matching it
/// against the options) cost more than the rest of its row.
///
/// A reference, so that ``SurveyRows/evaluate(_:)`` can stay non-mutating and be handed to a
/// worker; every ``SurveyRows`` makes its own, and each worker of a team brief reads with its
/// own ``SurveyRows`` (one context per worker in ``Parallel``), so one memo is never used by
/// two threads at once.
final class CellMemo: @unchecked Sendable {
    /// Distinct texts remembered per column: enough for every option and common combination,
    /// few enough that a free-text or numeric column cannot make the memo grow with the file.
    static let limit = 256

    private var columns: [Int: [String: Result<AnswerValue, AnswerProblem>]] = [:]

    /// What `text` in `column` reads as: remembered, or `read()` and remembered.
    func value(
        column: Int, text: String, read: () -> Result<AnswerValue, AnswerProblem>
    ) -> Result<AnswerValue, AnswerProblem> {
        if let known = columns[column]?[text] { return known }
        let value = read()
        if columns[column, default: [:]].count < Self.limit { columns[column, default: [:]][text] = value }
        return value
    }
}
