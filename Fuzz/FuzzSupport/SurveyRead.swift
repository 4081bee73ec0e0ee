import Foundation
import ParadigmKit

/// What a survey row gave, to compare the two ways of reading a survey: import and the
/// streaming reader of team briefs.
struct SurveyRead: Equatable, Sendable {
    let row: Int
    let respondent: Respondent
    let values: [String: AnswerValue]

    init(_ respondent: ImportedRespondent) {
        row = respondent.row
        self.respondent = respondent.answers.respondent
        values = respondent.answers.values.mapValues(\.value)
    }

    /// The survey read the way a team brief reads it, row by row (``SurveyImporter/stream``),
    /// with its notes.
    static func streamed(
        _ input: Data, _ questionnaire: Questionnaire
    ) -> Result<(reads: [SurveyRead], notes: [String]), Diagnostics> {
        var rows: [SurveyRead] = []
        do throws(Diagnostics) {
            let notes = try SurveyImporter.stream(
                Array(input), name: "fuzz.csv", questionnaires: [questionnaire],
                score: { respondent, _ in SurveyRead(respondent) },
                each: { rows.append($0) })
            return .success((rows, notes))
        } catch {
            return .failure(error)
        }
    }
}
