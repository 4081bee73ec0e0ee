import Foundation
import Testing

@testable import ParadigmKit

/// The form's practice checklist: the questions a plan's design elements read, on one page of
/// compact rows, writing the same answers-file entries, in the same order, as the questions
/// asked one by one.
@Suite struct FormChecklistTests {
    @Test func thePracticeQuestionsAreOnePageOfRows() throws {
        let questionnaire = try Load.builtIn()
        let data = FormData(questionnaire)
        let pages = data.sections.filter(\.checklist)
        #expect(pages.count == 1)
        let page = try #require(pages.first)
        let ids = page.questions.map(\.id)
        for id in ["reporting_lines", "shared_target", "lead_definition", "sla", "single_source", "pql_use"] {
            #expect(ids.contains(id), "\(id)")
        }
        // Each question is on one page only; the one another question's condition reads stays.
        let elsewhere = data.sections.filter { !$0.checklist }.flatMap(\.questions).map(\.id)
        #expect(Set(ids).isDisjoint(with: elsewhere))
        #expect(elsewhere.contains("cro_in_place") && !ids.contains("cro_in_place"))
        #expect(Set(ids + elsewhere) == Set(questionnaire.questions.map(\.id)))
        #expect(page.questions.allSatisfy { $0.element != nil })
        #expect(data.order == questionnaire.questions.map(\.id))
        // The page comes after every question its rows depend on.
        let before = data.sections.prefix { !$0.checklist }.flatMap(\.questions).map(\.id)
        for clause in page.questions.flatMap(\.when) { #expect(before.contains(clause.question), "\(clause.question)") }
    }

    /// The page's own writer, run in Node on an example's answers as the form holds them: the
    /// file reads back to the same answers, its entries in questionnaire order.
    @Test(.enabled(if: FormNumberReaderTests.node != nil, "node runs the form's script"))
    func theChecklistWritesTheSameEntries() throws {
        let questionnaire = try Load.builtIn()
        let url = Paths.examples.appendingPathComponent("assimilated-subscription.yaml")
        let answers = try Load.answers(Load.text(url), questionnaire)
        var raw: [String: Any] = [:]
        for (question, typed) in BrowserFormTests.replies(answers, questionnaire) {
            guard let typed else { continue }
            raw[question.id] =
                question.kind == .multiple && typed != "unsure" ? typed.split(separator: ",").map(String.init) : typed
        }
        let data = try JSONSerialization.jsonObject(with: Data(FormData(questionnaire).json.utf8))
        let program = """
            var values = {};
            input.data.sections.forEach(function (s) {
              s.questions.forEach(function (q) {
                if (input.raw[q.id] === undefined) return;
                var result = R.read(q, input.raw[q.id]);
                if (result.ok) values[q.id] = result.value;
              });
            });
            console.log(JSON.stringify(R.answersFile(input.data, { name: "", role: "revops", organisation: "B" }, values)));
            """
        let text = try #require(try FormNumberReaderTests.run(program, input: ["data": data, "raw": raw]) as? String)
        let written = try Load.answers(text, questionnaire)
        for question in questionnaire.questions where answers[question.id] != nil {
            #expect(written[question.id]?.value == answers[question.id]?.value, "\(question.id)")
        }
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && $0.contains(":") }
            .map { String($0.dropFirst(2).prefix { $0 != ":" }) }
        let order = questionnaire.questions.map(\.id).filter { written[$0] != nil }
        #expect(keys.filter { order.contains($0) } == order)
    }
}
