import Foundation
@testable import ParadigmKit

/// The properties the fuzz targets in Fuzz/ check, as the unit tests replay them: an input is
/// either refused with located errors, or read, written back and read again to the same values.
/// Returns what went wrong, or `nil` when the property holds.
enum FuzzProperty: String, CaseIterable, Sendable {
    case document = "Document"
    case answers = "Answers"
    case csv = "CSV"
    case questionnaire = "Questionnaire"

    /// The saved failing inputs of this target (Fixtures/FuzzRegressions/KIND).
    var regressions: [URL] { Self.files(in: Paths.fixture("FuzzRegressions/\(rawValue)")) }

    /// The seed files the fuzz script starts this target from.
    var seeds: [URL] {
        switch self {
        case .document:
            Paths.exampleAnswers + Self.files(in: Paths.questionnaires) + Self.files(in: Paths.fixtures, extension: "yaml")
        case .answers: Paths.exampleAnswers
        case .csv: Self.files(in: Paths.examples, extension: "csv") + Self.files(in: Paths.fixtures, extension: "csv")
        case .questionnaire:
            [Paths.questionnaires.appendingPathComponent("paradigm-advisor.yaml"), Paths.fixture("Model/tiny-questionnaire.yaml")]
        }
    }

    func check(_ data: Data, builtIn: Questionnaire) -> String? {
        switch self {
        case .document: Self.document(data)
        case .answers: Self.answers(data, builtIn)
        case .csv: Self.csv(data, builtIn)
        case .questionnaire: Self.questionnaire(data, builtIn)
        }
    }

    private static func document(_ data: Data) -> String? {
        let document: Document
        do {
            document = try DocumentParser.parse(DocumentParser.decode(data, name: "fuzz.yaml"))
        } catch {
            return located(error)
        }
        guard let root = document.root else { return nil }
        let rendered = DocumentWriter.render(root)
        guard case .success(let again?) = DocumentTesting.values(rendered) else { return "the rendered document does not parse:\n\(rendered)" }
        guard again == PlainTree(root) else { return "the rendered document reads back differently:\n\(rendered)" }
        guard let reparsed = try? DocumentParser.parse(text: rendered).root, DocumentWriter.render(reparsed) == rendered else {
            return "rendering is not stable:\n\(rendered)"
        }
        return nil
    }

    private static func answers(_ data: Data, _ questionnaire: Questionnaire) -> String? {
        let answers: Answers
        do {
            answers = try AnswersLoader.load(DocumentParser.decode(data, name: "fuzz.yaml"), questionnaire: questionnaire).answers
        } catch {
            return located(error)
        }
        return roundTrip(answers, questionnaire)
    }

    private static func roundTrip(_ answers: Answers, _ questionnaire: Questionnaire) -> String? {
        let rendered = AnswersWriter.render(answers, questionnaire: questionnaire)
        do {
            let again = try AnswersLoader.load(SourceFile(name: "fuzz.yaml", text: rendered), questionnaire: questionnaire).answers
            guard again.respondent == answers.respondent, again.values.mapValues(\.value) == answers.values.mapValues(\.value) else {
                return "written answers load back differently:\n\(rendered)"
            }
            return nil
        } catch {
            return "written answers do not load:\n\(rendered)\n\(error.rendered)"
        }
    }

    private static func csv(_ data: Data, _ questionnaire: Questionnaire) -> String? {
        let document: CSVDocument
        do {
            document = try CSVReader.read(data, name: "fuzz.csv")
        } catch {
            return located(error)
        }
        func texts(_ record: CSVRecord) -> [String] { record.texts == [""] ? [] : record.texts }
        let written = document.records.map { CSVWriter.record($0.texts, delimiter: document.delimiter) }.joined()
        guard let again = try? CSVReader.read(Data(written.utf8), name: "fuzz.csv", delimiter: document.delimiter),
              again.records.map(texts) == document.records.map(texts)
        else { return "written CSV reads back differently:\n\(written)" }
        let survey: SurveyImport
        do {
            survey = try SurveyImporter.read(document, questionnaire: questionnaire)
        } catch {
            return located(error) ?? streamDisagrees(data, questionnaire, expected: .failure(error))
        }
        return streamDisagrees(data, questionnaire, expected: .success(survey.respondents.map(describe) + survey.notes))
            ?? survey.respondents.lazy.compactMap { roundTrip($0.answers, questionnaire) }.first
    }

    @Sendable private static func describe(_ respondent: ImportedRespondent) -> String {
        "row \(respondent.row) \(respondent.answers.respondent): "
            + respondent.answers.values.keys.sorted().map { "\($0)=\(String(describing: respondent.answers[$0]?.value))" }.joined(separator: " ")
    }

    /// The streaming reader of team briefs must find what import finds: the same respondents and
    /// notes, or the same problems.
    private static func streamDisagrees(_ data: Data, _ questionnaire: Questionnaire, expected: Result<[String], Diagnostics>) -> String? {
        var rows: [String] = []
        let streamed: Result<[String], Diagnostics>
        do throws(Diagnostics) {
            let notes = try SurveyImporter.stream(
                Array(data), name: "fuzz.csv", questionnaires: [questionnaire], score: { respondent, _ in describe(respondent) },
                each: { rows.append($0) })
            streamed = .success(rows + notes)
        } catch {
            streamed = .failure(error)
        }
        switch (expected, streamed) {
        case (.success(let a), .success(let b)) where a == b: return nil
        case (.failure(let a), .failure(let b)) where a.rendered == b.rendered: return nil
        default: return "the streaming reader disagrees with import:\n\(expected)\n--- streamed ---\n\(streamed)"
        }
    }

    private static func questionnaire(_ data: Data, _ builtIn: Questionnaire) -> String? {
        let questionnaire: Questionnaire
        do {
            questionnaire = try QuestionnaireLoader.load(DocumentParser.decode(data, name: "fuzz.yaml")) { _ in builtIn.texts }
        } catch {
            return located(error)
        }
        let template = AnswersTemplate.render(questionnaire)
        do {
            _ = try AnswersLoader.load(SourceFile(name: "fuzz.yaml", text: template), questionnaire: questionnaire)
            return nil
        } catch {
            return "the template of a valid questionnaire does not load:\n\(error.rendered)"
        }
    }

    /// A refusal must hold an error, and every location must be 1-based.
    private static func located(_ diagnostics: Diagnostics) -> String? {
        guard diagnostics.hasErrors else { return "refused without an error:\n\(diagnostics.rendered)" }
        for item in diagnostics.items {
            if let location = item.location, location.line < 1 || location.column < 1 { return "bad location:\n\(item.rendered)" }
        }
        return nil
    }

    private static func files(in folder: URL, extension wanted: String? = nil) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var result: [URL] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            if url.lastPathComponent.hasPrefix(".") || url.lastPathComponent == "README.md" { continue }
            if let wanted, url.pathExtension != wanted { continue }
            result.append(url)
        }
        return result.sorted { $0.path < $1.path }
    }
}
