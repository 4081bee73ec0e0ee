import Testing

@testable import ParadigmKit

/// What the writer writes reads back to the same answers.
@Suite struct AnswersWriterTests {
    @Test(arguments: Paths.exampleAnswers.map(\.lastPathComponent))
    func examplesRoundTrip(_ file: String) throws {
        let questionnaire = try Load.builtIn()
        let original = try Load.answers(try Load.text(Paths.examples.appendingPathComponent(file)), questionnaire)
        let written = AnswersWriter.render(original, questionnaire: questionnaire, header: ["Written by a test."])
        let reread = try Load.answers(written, questionnaire)
        #expect(reread.respondent == original.respondent)
        #expect(reread.values.mapValues(\.value) == original.values.mapValues(\.value))
        #expect(written.hasPrefix("# Written by a test.\nquestionnaire: paradigm-advisor\n"))
    }

    @Test func awkwardTextSurvives() throws {
        let questionnaire = try Load.builtIn()
        var answers = Answers(questionnaireID: questionnaire.id, sourceName: "x")
        answers.respondent = Respondent(name: "O'Brien: \"the\" #1", role: "cmo", organisation: "- Acme: Ltd #1")
        let note = try #require(questionnaire.questions.first { $0.kind == .text })
        let texts = ["no", "0777", "a: b", "line one\nline two\n", "  indented", "trailing  ", "é € 🚀", "unsure?"]
        for text in texts {
            answers.set(Answer(questionID: note.id, value: .text(text)))
            let reread = try Load.answers(AnswersWriter.render(answers, questionnaire: questionnaire), questionnaire)
            #expect(reread[note.id]?.value == .text(text), "\(text)")
            #expect(reread.respondent == answers.respondent)
        }
    }

    @Test func noAnswersIsStillAValidFile() throws {
        let questionnaire = try Load.builtIn()
        let answers = Answers(questionnaireID: questionnaire.id, sourceName: "x")
        let reread = try Load.answers(AnswersWriter.render(answers, questionnaire: questionnaire), questionnaire)
        #expect(reread.values.isEmpty)
    }
}
