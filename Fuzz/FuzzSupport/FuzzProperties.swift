import Foundation
import ParadigmKit

/// The properties each fuzz target checks, one function a target: the fuzz targets in Fuzz/ run
/// them on every input libFuzzer makes, and `FuzzRegressionTests` replays them on every saved
/// failing input and seed, so both check exactly the same. Each throws the first property the
/// input breaks.
public enum FuzzProperties {
    /// The document parser: bytes are decoded and parsed as the command line does; parsed again
    /// without the shortcut for simple lines, and partially (as the loaders read), each must give
    /// the same tree or the same errors; a document that parses is rendered with
    /// ``DocumentWriter`` and must parse back to the same tree, and rendering that must give the
    /// same text.
    public static func document(_ input: Data) throws(FuzzFailure) {
        guard let source = try FuzzCheck.decode(input) else { return }
        let general = Result { () throws(Diagnostics) in try DocumentParser.parse(source, shortcuts: false).root }
        let partial = DocumentParser.parsePartially(source)
        let document: Document
        do {
            document = try DocumentParser.parse(source)
        } catch {
            guard general == .failure(error) else {
                throw FuzzFailure("the shortcut for simple lines reports differently:\n\(error.rendered)")
            }
            guard partial.diagnostics == error else {
                throw FuzzFailure(
                    "the partial parse reports differently:\n\(error.rendered)\n--- partial "
                        + "---\n\(partial.diagnostics.rendered)"
                )
            }
            try FuzzCheck.check(error, input: input)
            return
        }
        guard general == .success(document.root) else {
            throw FuzzFailure("the shortcut for simple lines reads the document differently")
        }
        guard partial.diagnostics.isEmpty, partial.damage.isEmpty, partial.document.root == document.root else {
            throw FuzzFailure("the partial parse reads a whole document differently")
        }
        guard let root = document.root else { return }
        let rendered = DocumentWriter.render(root)
        let again: Document
        do {
            again = try DocumentParser.parse(text: rendered, name: "fuzz.yaml")
        } catch {
            throw FuzzFailure("the rendered document does not parse:\n\(rendered)\n\(error.rendered)")
        }
        guard let reread = again.root, Shape(reread) == Shape(root) else {
            throw FuzzFailure("the rendered document reads back differently:\n\(rendered)")
        }
        guard DocumentWriter.render(reread) == rendered else {
            throw FuzzFailure("rendering is not stable:\n\(rendered)")
        }
    }

    /// The answers loader: bytes are loaded as an answers file against `questionnaire`; when the
    /// quicker way through plain files takes them, the general way must read the same answers
    /// with no diagnostic. Answers that load are assessed, written with ``AnswersWriter`` and
    /// must load back to the same answers and respondent.
    public static func answers(_ input: Data, _ questionnaire: Questionnaire) throws(FuzzFailure) {
        guard let source = try FuzzCheck.decode(input) else { return }
        if let plain = PlainAnswersReader.read(source, questionnaire: questionnaire) {
            let general = try? AnswersLoader.loadInGeneral(source, questionnaire: questionnaire)
            guard let general, general.warnings.isEmpty, general.answers == plain else {
                throw FuzzFailure("the plain answers reader reads differently from the general way")
            }
        }
        let answers: Answers
        do {
            answers = try AnswersLoader.load(source, questionnaire: questionnaire).answers
        } catch {
            try FuzzCheck.check(error, input: input)
            return
        }
        do {
            _ = try Assessor.assess(answers, with: questionnaire)
        } catch {
            try FuzzCheck.check(error, input: input)
        }
        try FuzzCheck.answersRoundTrip(answers, questionnaire)
    }

    /// The CSV reader alone: a file that reads is written back with ``CSVWriter`` and must read
    /// back to the same records; a refusal must be located inside the input.
    public static func csvReader(_ input: Data) throws(FuzzFailure) {
        _ = try FuzzCheck.csvRoundTrip(input)
    }

    /// The survey importer: the CSV reader's property; then a survey that imports gives answers
    /// that ``AnswersWriter`` writes and ``AnswersLoader`` reads back identically, and the
    /// streaming reader of team briefs must find the same respondents and notes, or the same
    /// problems.
    public static func csv(_ input: Data, _ questionnaire: Questionnaire) throws(FuzzFailure) {
        guard let document = try FuzzCheck.csvRoundTrip(input) else { return }
        let survey: SurveyImport
        do {
            survey = try SurveyImporter.read(document, questionnaire: questionnaire)
        } catch {
            try FuzzCheck.check(error, input: input, file: "fuzz.csv")
            let streamed = SurveyRead.streamed(input, questionnaire)
            guard case .failure(let problems) = streamed, problems == error else {
                throw FuzzFailure(
                    "the streaming reader disagrees with import:\n\(error.rendered)\n--- streamed ---\n\(streamed)")
            }
            return
        }
        let imported = survey.respondents.map(SurveyRead.init)
        let streamed = SurveyRead.streamed(input, questionnaire)
        guard case .success(let rows) = streamed, rows.reads == imported, rows.notes == survey.notes else {
            throw FuzzFailure("the streaming reader disagrees with import:\n\(imported)\n--- streamed ---\n\(streamed)")
        }
        for respondent in survey.respondents {
            try FuzzCheck.answersRoundTrip(respondent.answers, questionnaire, what: "imported answers, written,")
        }
    }

    /// The questionnaire loader: bytes are loaded as a questionnaire whose `texts:` resolves to
    /// `texts`; one that loads must produce a template that loads back as an (empty) answers file.
    package static func questionnaire(_ input: Data, texts: ParadigmTexts) throws(FuzzFailure) {
        guard let source = try FuzzCheck.decode(input) else { return }
        let questionnaire: Questionnaire
        do {
            questionnaire = try QuestionnaireLoader.load(source) { _ in texts }
        } catch {
            // The built-in questionnaire, a seed, names an operating model, which is not read.
            try FuzzCheck.check(error, input: input, otherFiles: true)
            return
        }
        let template = AnswersTemplate.render(questionnaire)
        do {
            _ = try AnswersLoader.load(SourceFile(name: "fuzz.yaml", text: template), questionnaire: questionnaire)
        } catch {
            throw FuzzFailure("the template of a valid questionnaire does not load:\n\(template)\n\(error.rendered)")
        }
    }
}
