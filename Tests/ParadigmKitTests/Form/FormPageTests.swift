import Foundation
import Testing

@testable import ParadigmKit

/// `paradigm template --format html`: one self-contained page, the same bytes every time, every
/// question in it, and validation rules that say what the answers reader says.
@Suite struct FormPageTests {
    @Test func thePageIsTheSameEveryTimeAndNamesEveryQuestion() throws {
        let questionnaire = try Load.builtIn()
        let page = FormPage.render(questionnaire, organisation: "Northwind")
        #expect(page == FormPage.render(questionnaire, organisation: "Northwind"))
        #expect(page != FormPage.render(questionnaire))
        for question in questionnaire.questions {
            #expect(page.contains("\"id\":\"\(question.id)\""), "\(question.id)")
        }
        for role in questionnaire.roles { #expect(page.contains("\"id\":\"\(role.id)\"")) }
        #expect(page.contains("\"organisation\":\"Northwind\""))
    }

    @Test(arguments: ["http:", "https:", "src=", "href=\"", "@import", "url(", "<link", "<iframe"])
    func thePageLoadsNothing(_ reference: String) throws {
        let page = FormPage.render(try Load.builtIn())
        #expect(!page.contains(reference), "the page contains \(reference)")
    }

    @Test func textFromTheQuestionnaireCannotEndAScriptOrOpenATag() throws {
        let text =
            TestQuestionnaire.preamble + """
                      - id: q
                        prompt: "</script><script>alert(1)</script>"
                        help: "<b>bold</b> & more"
                        type: text
                """
        let questionnaire = try Load.questionnaire(text)
        let page = FormPage.render(questionnaire, organisation: "</script>")
        #expect(page.components(separatedBy: "</script>").count == 4)  // the three scripts, closed once each
        #expect(!page.contains("<b>bold"))
    }

    @Test func theCommandWritesTheFormAndPrefillsTheOrganisation() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = runCLI(
            ["template", "--format", "html", "--organisation", "Acme", "-o", "form.html"],
            in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        let written = try String(contentsOf: folder.appendingPathComponent("form.html"), encoding: .utf8)
        #expect(written == FormPage.render(try Load.builtIn(), organisation: "Acme"))
        let custom = runCLI([
            "template", "--format", "html", "--questionnaire",
            Paths.fixture("Model/tiny-questionnaire.yaml").path,
        ])
        #expect(custom.code == 0, "\(custom.err)")
        #expect(custom.out == FormPage.render(try Load.tiny()))
        let misplaced = runCLI(["template", "--organisation", "Acme"])
        #expect(misplaced.code == 64)
        #expect(misplaced.err.contains("'--organisation' goes with '--format html'"))
        #expect(runCLI(["template", "--help"]).out.contains("html: a form to fill in in a browser"))
    }
}

/// The form's rules, generated from the questionnaire, agree with ``AnswerReader``: every value a
/// rule accepts the reader reads with no problem (and to the same option or band), and every value
/// it refuses the reader refuses. The page's own JavaScript is held to the same cases in the
/// browser test (``BrowserFormTests``).
@Suite struct FormRuleTests {
    static func questions() throws -> [Question] {
        try Load.builtIn().questions + Load.tiny().questions
            + Load.questionnaire(Load.text(Paths.fixture("Interview/conditional-questionnaire.yaml"))).questions
    }

    /// The band the rule's data puts a number in: what the page computes.
    static func band(_ rule: FormRule, _ value: Double) -> String? {
        rule.bands.first { $0.below.map { value < $0 } ?? true }?.id
    }

    @Test func choicesTheRuleOffersAreReadAsThoseOptions() throws {
        for question in try Self.questions() {
            let rule = FormRule(question)
            #expect(rule.kind == question.kind.name)
            for id in rule.options {
                let read = AnswerReader.read(id, for: question)
                let want: AnswerValue = question.kind == .multiple ? .choices([id]) : .choice(id)
                #expect(read == .success(want), "\(question.id): \(id)")
            }
            if question.kind == .multiple {
                let all = AnswerReader.read(rule.options, for: question)
                #expect(all == .success(.choices(question.options.map(\.id))))
                #expect(AnswerReader.read([String](), for: question).isFailure, "\(question.id): no option")
            }
            if !rule.options.isEmpty {
                #expect(AnswerReader.read("not-one-of-them", for: question).isFailure, "\(question.id)")
            }
        }
    }

    @Test func unsureIsOfferedExactlyWhereTheReaderTakesIt() throws {
        for question in try Self.questions() {
            let rule = FormRule(question)
            let read = AnswerReader.read("unsure", for: question)
            #expect(rule.unsure ? read == .success(.unsure) : read.isFailure, "\(question.id)")
            #expect(rule.required == (question.kind == .text ? !question.optional : !question.unsureAllowed))
        }
    }

    @Test func numbersInsideTheBoundsAreReadIntoTheSameBandAndOthersAreRefused() throws {
        for question in try Self.questions() {
            let rule = FormRule(question)
            guard let low = rule.min, let high = rule.max else {
                #expect(rule.bands.isEmpty)
                continue
            }
            var inside = [low, high, (low + high) / 2]
            for band in rule.bands { if let below = band.below { inside += [below, below - 0.5] } }
            for value in inside where value >= low && value <= high {
                let read = AnswerReader.read(value.plain, for: question)
                let band = try #require(Self.band(rule, value), "\(question.id): \(value)")
                #expect(read == .success(.number(value, band: band)), "\(question.id): \(value)")
            }
            for value in [low - 1, high + 1, low - 0.001, high + 0.001] {
                #expect(AnswerReader.read(value.plain, for: question).isFailure, "\(question.id): \(value)")
            }
        }
    }

    /// An answer choosing `optionID` (a band's id for numbers: the band's lowest value).
    static func value(choosing optionID: String, of question: Question) -> AnswerValue? {
        guard let index = question.optionIndex(optionID) else { return nil }
        switch question.kind {
        case .number(let low, _, _):
            let value = index == 0 ? low : question.options[index - 1].below ?? low
            return .number(value, band: optionID)
        case .multiple: return .choices([optionID])
        case .single, .scale, .yesNo: return .choice(optionID)
        case .text: return nil
        }
    }

    /// Answers under which `question` applies: each clause of its condition (and of theirs)
    /// answered with the clause's first option.
    static func context(for question: Question, in questionnaire: Questionnaire, into answers: inout Answers) {
        for clause in question.condition?.clauses ?? [] {
            guard let earlier = questionnaire.question(clause.questionID), let first = clause.optionIDs.first,
                let value = value(choosing: first, of: earlier)
            else { continue }
            context(for: earlier, in: questionnaire, into: &answers)
            answers.set(Answer(questionID: earlier.id, value: value))
        }
    }

    /// What the form writes for a value it accepts, `paradigm brief` reads back with no diagnostic
    /// at all, to the same value: every option, unsure, both bounds, a text that needs quotes.
    @Test func everyValueTheRulesAcceptWritesAFileThatReadsWithoutADiagnostic() throws {
        let questionnaire = try Load.builtIn()
        for question in questionnaire.questions {
            let rule = FormRule(question)
            var values = rule.options.compactMap { Self.value(choosing: $0, of: question) }
            if rule.unsure { values.append(.unsure) }
            for bound in [rule.min, rule.max].compactMap({ $0 }) {
                if let band = Self.band(rule, bound) { values.append(.number(bound, band: band)) }
            }
            if question.kind == .text { values += [.text("Leads: \"late\" # often"), .text("two\nlines")] }
            #expect(!values.isEmpty, "\(question.id)")
            for value in values {
                var answers = Answers(questionnaireID: questionnaire.id, sourceName: "a.yaml")
                Self.context(for: question, in: questionnaire, into: &answers)
                answers.set(Answer(questionID: question.id, value: value))
                let text = AnswersWriter.render(answers, questionnaire: questionnaire)
                let source = SourceFile(name: "a.yaml", text: text)
                let loaded = try AnswersLoader.load(source, questionnaire: questionnaire)
                #expect(loaded.warnings.isEmpty, "\(question.id): \(loaded.warnings.rendered)")
                #expect(loaded.answers[question.id]?.value == value, "\(question.id)")
            }
        }
    }

    @Test func anyTextIsReadForATextQuestion() throws {
        for question in try Self.questions() where question.kind == .text {
            for text in ["Leads: \"late\" # often", "two\nlines", "- a dash", "no"] {
                #expect(AnswerReader.read(text, for: question) == .success(.text(text)), "\(question.id)")
            }
        }
    }
}

extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}
