/// One respondent read from a row of a survey export.
public struct ImportedRespondent: Sendable {
    /// Their validated answers.
    public let answers: Answers
    /// The spreadsheet row they came from (the header is row 1).
    public let row: Int
    /// Where the row starts in the file.
    public let location: SourceLocation
}

/// What a survey export held: a respondent per non-blank row, and notes on what was left out.
public struct SurveyImport: Sendable {
    /// The respondents, in row order.
    public let respondents: [ImportedRespondent]
    /// The rows skipped because they were blank.
    public let blankRows: [Int]
    /// Plain sentences about columns and answers left out on purpose (form-tool columns,
    /// answers to questions that did not apply).
    public let notes: [String]
}
