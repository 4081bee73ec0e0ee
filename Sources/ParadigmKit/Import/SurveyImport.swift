/// One respondent read from a row of a survey export.
package struct ImportedRespondent: Sendable {
    /// Their validated answers.
    package let answers: Answers
    /// The spreadsheet row they came from (the header is row 1).
    package let row: Int
    /// Where the row starts in the file.
    package let location: SourceLocation
}

/// What a survey export held: a respondent per non-blank row, and notes on what was left out.
package struct SurveyImport: Sendable {
    /// The respondents, in row order.
    package let respondents: [ImportedRespondent]
    /// The rows skipped because they were blank.
    package let blankRows: [Int]
    /// Plain sentences about columns and answers left out on purpose (form-tool columns,
    /// answers to questions that did not apply).
    package let notes: [String]
}
