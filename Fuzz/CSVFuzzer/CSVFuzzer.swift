import Foundation
import FuzzSupport
import ParadigmKit

/// The built-in questionnaire, loaded once.
let questionnaire = FuzzCheck.builtIn()

/// What a survey row gave, to compare the two ways of reading a survey.
struct Read: Equatable, Sendable {
    let row: Int
    let respondent: Respondent
    let values: [String: AnswerValue]

    init(_ respondent: ImportedRespondent) {
        row = respondent.row
        self.respondent = respondent.answers.respondent
        values = respondent.answers.values.mapValues(\.value)
    }
}

/// The survey read the way a team brief reads it, row by row (``SurveyImporter/stream``), with
/// its notes.
func streamedRows(_ input: Data) -> Result<([Read], [String]), Diagnostics> {
    var rows: [Read] = []
    do throws(Diagnostics) {
        let notes = try SurveyImporter.stream(
            Array(input), name: "fuzz.csv", questionnaires: [questionnaire], score: { respondent, _ in Read(respondent) },
            each: { rows.append($0) })
        return .success((rows, notes))
    } catch {
        return .failure(error)
    }
}

/// libFuzzer entry point for the CSV importer: bytes are read as a survey export; a file that
/// reads is written back with ``CSVWriter`` and must read back to the same records; a survey
/// that imports gives answers that ``AnswersWriter`` writes and ``AnswersLoader`` reads back
/// identically; the streaming reader of team briefs must find the same respondents, or the same
/// problems.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Data(bytes: start, count: count)
    guard let document = FuzzCheck.csvRoundTrip(input) else { return 0 }
    let survey: SurveyImport
    do {
        survey = try SurveyImporter.read(document, questionnaire: questionnaire)
    } catch {
        FuzzCheck.check(error, input: input, file: "fuzz.csv")
        let streamed = streamedRows(input)
        guard case .failure(let problems) = streamed, problems == error else {
            FuzzCheck.fail("the streaming reader disagrees with import:\n\(error.rendered)\n--- streamed ---\n\(streamed)", input: input)
        }
        return 0
    }
    let imported = survey.respondents.map(Read.init)
    guard case .success(let streamed) = streamedRows(input), streamed.0 == imported, streamed.1 == survey.notes else {
        FuzzCheck.fail("the streaming reader disagrees with import:\n\(imported)\n--- streamed ---\n\(streamedRows(input))", input: input)
    }
    for respondent in survey.respondents {
        let rendered = AnswersWriter.render(respondent.answers, questionnaire: questionnaire)
        do {
            let again = try AnswersLoader.load(SourceFile(name: "fuzz.yaml", text: rendered), questionnaire: questionnaire).answers
            guard again.respondent == respondent.answers.respondent,
                  again.values.mapValues(\.value) == respondent.answers.values.mapValues(\.value)
            else {
                FuzzCheck.fail("imported answers written and read back differ:\n\(rendered)", input: input)
            }
        } catch {
            FuzzCheck.fail("imported answers, written, do not load:\n\(rendered)\n\(error.rendered)", input: input)
        }
    }
    return 0
}
