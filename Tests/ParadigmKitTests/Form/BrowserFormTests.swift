import Foundation
import Testing

@testable import ParadigmKit

/// The form in a real browser: headless Chromium, driven by Selenium from
/// Fixtures/Form/fill_form.py, fills in `paradigm template --format html` as a respondent would
/// (see the script for what it checks on the way), and the downloaded answers file must give the
/// same brief as the same replies piped through `paradigm interview`. The page's reading and
/// writing rules are checked there against ``AnswerReader`` and ``DocumentWriter`` case by case.
/// Skipped, saying so, when Chromium, chromedriver or Selenium is missing; `.ci/run` installs them.
@Suite(.serialized) struct BrowserFormTests {
    static let date = "2026-03-31"

    /// The profile answered: an example, with one-line free texts that need quoting.
    static func profile(_ questionnaire: Questionnaire) throws -> Answers {
        let url = Paths.examples.appendingPathComponent("subservient-product-led.yaml")
        var answers = try Load.answers(Load.text(url), questionnaire)
        answers.set(Answer(questionID: "biggest_friction", value: .text("Leads: \"late\" # often, and 50% are 'cold'")))
        answers.set(Answer(questionID: "notes", value: .text("- starts with a dash, ends with a colon:")))
        return answers
    }

    /// The answers that count, in questionnaire order, with the text a person types for each.
    static func replies(_ answers: Answers, _ questionnaire: Questionnaire) -> [(question: Question, typed: String?)] {
        questionnaire.questions.compactMap { question in
            guard answers.applies(question) else { return nil }
            guard let value = answers[question.id]?.value else { return (question, nil) }
            let typed =
                switch value {
                case .choice(let id): id
                case .choices(let ids): ids.joined(separator: ",")
                case .number(let number, _): number.readable
                case .text(let text): text
                case .unsure: "unsure"
                }
            return (question, typed)
        }
    }

    /// What the reader makes of a typed answer, as the script compares it with the page.
    static func readCase(_ question: Question, _ text: String?, list: [String]? = nil) -> [String: Any] {
        let result = list.map { AnswerReader.read($0, for: question) } ?? AnswerReader.read(text ?? "", for: question)
        var entry: [String: Any] = ["question": question.id, "text": text ?? ""]
        if let list { entry["list"] = list }
        switch result {
        case .failure(let problem):
            entry["accepted"] = false
            entry["message"] = problem.message
        case .success(let value):
            entry["accepted"] = true
            entry["value"] =
                switch value {
                case .choice(let id): id
                case .choices(let ids): ids.joined(separator: ",")
                case .number(let number, let band): number.plain + "|" + band
                case .text(let text): text
                case .unsure: "unsure"
                }
        }
        return entry
    }

    /// Typed answers for every question: ids, other case, labels, unsure, nonsense, and for numbers
    /// the bounds, just outside them, and every way of writing a number the reader knows or refuses.
    static func readCases(_ questionnaire: Questionnaire) -> [[String: Any]] {
        var cases: [[String: Any]] = []
        for question in questionnaire.questions {
            var texts = ["unsure", "Not Sure", "dont know", "", "  ", "zzz", "yes", "No", "y"]
            for option in question.options {
                texts += [option.id, option.id.uppercased(), option.label, " \(option.id) "]
            }
            if question.kind == .multiple {
                let ids = question.options.map(\.id)
                texts += [
                    ids.prefix(2).joined(separator: ","), ids.suffix(2).joined(separator: ", "), "\(ids[0]), zzz",
                ]
                cases.append(readCase(question, nil, list: Array(ids.prefix(3))))
                cases.append(readCase(question, nil, list: ["unsure"]))
                cases.append(readCase(question, nil, list: []))
            }
            if case .number(let low, let high, let unit) = question.kind {
                for value in [low, high, low - 1, high + 1, (low + high) / 2, low + 0.5, high - 0.25] {
                    texts += [value.plain, value.readable]
                }
                texts += [
                    "12k", "1.5m", "$12k", "45%", "12,000", "12_000", "1e3", "abc", "-5", "+7", ".5", "5.",
                    "0x10", "1..2", "--1", "12 k", "١٢", "99.999", "100.0001", "1,5", "$", "%", "k",
                    "9-14 months", "2 weeks", "1 year", "10k to 20k", "20–30%", "30-20", "5 - 7", "-5-3", "3 months",
                    "48.000", "48,5k", "50-60k", "12.345.678", "12.000,50", "1,5 months",
                ]
                if let unit { texts += ["30 \(unit)", "\(unit) 30", "30\(unit.uppercased())", "1 day", "2 \(unit)s"] }
            }
            if question.kind == .scale { texts += ["0", "6", "3.5", "03"] }
            for text in texts { cases.append(readCase(question, text)) }
        }
        return cases
    }

    /// Texts whose writing needs care, with what ``DocumentWriter`` writes for each.
    static let scalarTexts = [
        "plain", "", " lead", "trail ", "a: b", "a:b", "ends:", "x #y", "x#y", "#x", "- x", "-x", "-", "? x", ":x",
        "---", "...", "--x", "no", "yes", "12", "'q'", "\"q\"", "a\tb", "é €  😀", "[x]", "{x}", "&a", "*a", "!a",
        "|a",
        ">a", "%a", "@a", "`a`", ",a", "two\nlines", "two\nlines\n", "ends\n\n\n", "\n", "\nfirst empty", " \nspace",
        "tab\n\tline", "cr\r\nlf", "bell\u{7}", "del\u{7F}", "nel\u{85}", "ls\u{2028}", "bom\u{FEFF}", "c1\u{9B}",
        "nul\u{0}", "esc\u{1B}", "back\\slash", "line\nwith: colon\n# hash",
    ]

    static func scalarCases() -> [[String: Any]] {
        scalarTexts.map { text in
            [
                "text": text, "scalar": DocumentWriter.scalar(text),
                "block": DocumentWriter.literalBlock(text, contentIndent: 4) as Any? ?? NSNull(),
            ]
        }
    }

    static var available: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let found = { (name: String) in
            path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
        return found("python3") && (found("chromium") || found("chromium-browser")) && found("chromedriver")
    }

    @Test func aRespondentFillsInTheFormInChromiumAndGetsTheInterviewsBrief() throws {
        guard Self.available else { return try Self.skip("Chromium, chromedriver or python3 is missing") }
        let questionnaire = try Load.builtIn()
        let answers = try Self.profile(questionnaire)
        let folder = try temporaryFolder()
        let artefacts = FileManager.default.temporaryDirectory
            .appendingPathComponent("paradigm-browser-form-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // The replies, through the interview.
        let replies = Self.replies(answers, questionnaire)
        let who = answers.respondent
        var lines = [who.name ?? "", who.role ?? "", who.organisation ?? ""]
        lines += replies.map { $0.typed ?? ($0.question.kind == .text ? "" : "skip") } + [""]
        let capture = Capture()
        let terminal = ScriptedTerminal(lines.map(InputLine.line))
        var io = capture.io(in: folder.path)
        io.readInputLine = { terminal.read() }
        let interview = CLI.run(
            ["interview", "--all", "-o", "interview.yaml", "--brief", "interview.md", "--date", Self.date], io: io)
        #expect(interview == 0, "\(capture.err)")

        // The same replies, through the page.
        let form = artefacts.appendingPathComponent("form.html")
        try FormPage.render(questionnaire, organisation: who.organisation)
            .write(to: form, atomically: true, encoding: .utf8)
        let given = replies.compactMap { reply -> [String: Any]? in
            guard let typed = reply.typed else { return nil }
            let listed = reply.question.kind == .multiple && typed != "unsure"
            let value: Any = listed ? typed.components(separatedBy: ",") : typed
            return ["id": reply.question.id, "value": value]
        }
        let deal = try #require(questionnaire.question("first_year_deal_value"))
        guard case .number(_, let high, _) = deal.kind else { throw Failure("first_year_deal_value is a number") }
        guard case .failure(let refusal) = AnswerReader.read((high + 1).plain, for: deal) else {
            throw Failure("first_year_deal_value should refuse \(high + 1)")
        }
        let plan: [String: Any] = [
            "form": form.path, "out": artefacts.path, "answers": given, "refusal": refusal.message,
            "respondent": ["name": who.name ?? "", "role": who.role ?? "", "organisation": who.organisation ?? ""],
            "reads": Self.readCases(questionnaire), "scalars": Self.scalarCases(),
            "routing": Self.routing("sales_team", questionnaire),
        ]
        let planFile = artefacts.appendingPathComponent("plan.json")
        try JSONSerialization.data(withJSONObject: plan, options: [.sortedKeys]).write(to: planFile)
        let (status, output) = try Self.python([Paths.fixture("Form/fill_form.py").path, planFile.path])
        print(output)
        if status == 77 { return try Self.skip(output.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(status == 0, "\(output)")
        guard status == 0 else { return }

        try Self.checkLoneSurrogates(in: artefacts, questionnaire)
        let downloadedPath = try String(contentsOf: artefacts.appendingPathComponent("downloaded.txt"), encoding: .utf8)
        #expect(downloadedPath.hasSuffix("/loopline-automation-priya-natarajan.yaml"))
        let downloaded = try String(contentsOf: URL(fileURLWithPath: downloadedPath), encoding: .utf8)
        let interviewed = try Load.answers(Load.text(folder.appendingPathComponent("interview.yaml")), questionnaire)
        #expect(downloaded == AnswersWriter.render(interviewed, questionnaire: questionnaire))
        #expect(downloaded == AnswersWriter.render(answers, questionnaire: questionnaire))

        // The brief names its answers file: read the download under the interview's file name.
        let other = folder.appendingPathComponent("downloaded")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try downloaded.write(to: other.appendingPathComponent("interview.yaml"), atomically: true, encoding: .utf8)
        let brief = runCLI(["brief", "interview.yaml", "--date", Self.date], in: other.path)
        #expect(brief.code == 0, "\(brief.err)")
        #expect(brief.err.isEmpty, "the downloaded file reads with diagnostics: \(brief.err)")
        let interviewBrief = try String(contentsOf: folder.appendingPathComponent("interview.md"), encoding: .utf8)
        #expect(brief.out == interviewBrief)
        print("BrowserFormTests: artefacts (screenshots, the form, the download) in \(artefacts.path)")
    }

    /// The answers file the page wrote for a name and a text answer holding half an emoji
    /// (`fill_form.py` makes it): the tool reads it, with U+FFFD for each half and the whole
    /// emoji kept.
    static func checkLoneSurrogates(in artefacts: URL, _ questionnaire: Questionnaire) throws {
        let json = try Data(contentsOf: artefacts.appendingPathComponent("lone-surrogates.json"))
        let written = try #require(try JSONSerialization.jsonObject(with: json) as? [String: String])
        let question = try #require(written["question"])
        let answers = try Load.answers(try #require(written["text"]), questionnaire)
        #expect(answers.respondent.name == "Half \u{FFFD}")
        #expect(answers.values[question]?.value == .text("a\u{FFFD}b 😀 end\u{FFFD}"))
    }

    /// What the page must show a role: the questions the interview asks it, and the titles of
    /// the sections that hold any of them.
    static func routing(_ role: String, _ questionnaire: Questionnaire) -> [String: Any] {
        let asked = questionnaire.questions.filter { questionnaire.asks($0, roleID: role) && $0.condition == nil }
        let sections = questionnaire.sections.filter { section in section.questions.contains { asked.contains($0) } }
        return ["role": role, "count": asked.count, "questions": asked.map(\.id), "sections": sections.map(\.title)]
    }

    /// Says the test skipped; under CI (`CI=true`, where `.ci/run` installs the browser) that fails it.
    static func skip(_ reason: String) throws {
        print("BrowserFormTests: skipped: \(reason) (.ci/run installs Chromium, chromedriver and Selenium)")
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            throw Failure("the browser test cannot run in CI: \(reason)")
        }
    }

    /// Runs python3 with arguments; returns its exit status and everything it printed.
    static func python(_ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
