import Foundation
import Testing

@testable import ParadigmKit

/// `paradigm import` and `paradigm template --format csv` from the command line, in-process:
/// a folder of answers files that load and brief, nothing written on error, the folder written
/// as a whole.
@Suite struct ImportCommandTests {
    static var googleForms: String { Paths.fixture("Import/google-forms-export.csv").path }
    static var broken: String { Paths.fixture("Import/broken-export.csv").path }

    static func contents(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func importWritesAFolderOfAnswersFilesThatBrief() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = runCLI(["import", Self.googleForms, "-o", "answers"], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.isEmpty)
        #expect(result.err.hasSuffix("Imported 5 respondents into answers (1 blank row skipped).\n"))
        #expect(result.err.contains("note: Left out columns A (Timestamp) and B (Email Address)"))
        let answers = folder.appendingPathComponent("answers")
        #expect(
            Self.contents(answers) == [
                "002-helen-okafor.yaml", "003-marcus-lindqvist.yaml", "005-priya-raman.yaml", "006-revops.yaml",
                "007-tom-becker.yaml",
            ])
        #expect(Self.contents(folder) == ["answers"], "no temporary folder is left behind")

        let questionnaire = try Load.builtIn()
        let imported = try SurveyImporterTests.imported(SurveyImporterTests.fixture("google-forms-export.csv"))
        for (name, respondent) in zip(Self.contents(answers), imported.respondents) {
            let text = try Load.text(answers.appendingPathComponent(name))
            let loaded = try AnswersLoader.load(SourceFile(name: name, text: text), questionnaire: questionnaire)
            #expect(loaded.warnings.isEmpty, "\(loaded.warnings.rendered)")
            #expect(loaded.answers.respondent == respondent.answers.respondent)
            for question in questionnaire.questions {
                #expect(
                    loaded.answers[question.id]?.value == respondent.answers[question.id]?.value,
                    "\(name): \(question.id)")
            }
            #expect(
                text.hasPrefix("# Imported by `paradigm import` from \(Self.googleForms), row \(respondent.row) (line ")
            )
        }
        let brief = runCLI(["brief", "answers/003-marcus-lindqvist.yaml", "--date", "2026-03-10"], in: folder.path)
        #expect(brief.code == 0, "\(brief.err)")
        #expect(brief.out.hasPrefix("---\ntitle: "))
    }

    @Test func theExampleExportImportsAndFeedsATeamBrief() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = Paths.examples.appendingPathComponent("import/responses.csv").path
        let result = runCLI(["import", example, "-o", "harbourline"], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        #expect(result.err.hasSuffix("Imported 8 respondents into harbourline.\n"))
        let names = Self.contents(folder.appendingPathComponent("harbourline"))
        #expect(names.count == 8)
        let questionnaire = try Load.builtIn()
        var roles: [String] = []
        for name in names {
            let text = try Load.text(folder.appendingPathComponent("harbourline/\(name)"))
            let answers = try Load.answers(text, questionnaire)
            roles.append(answers.respondent.role ?? "")
            #expect(answers.respondent.organisation == "Harbourline Logistics Software")
        }
        #expect(
            roles == ["ceo", "cmo", "cro", "revops", "marketing_team", "marketing_team", "sales_team", "sales_team"])
        let team = runCLI(["brief", "harbourline", "--date", "2026-04-10"], in: folder.path)
        #expect(team.code == 0, "\(team.err)")
        #expect(team.out.contains("Harbourline Logistics Software"))
    }

    @Test func nothingIsWrittenWhenAnyCellIsWrong() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = runCLI(["import", Self.broken, "-o", "answers"], in: folder.path)
        #expect(result.code == 65)
        #expect(result.out.isEmpty)
        #expect(result.err.hasSuffix("7 errors found.\n"))
        #expect(result.err.contains("\(Self.broken):3:62: error: row 3, column D (company_size): "))
        #expect(Self.contents(folder).isEmpty, "no folder, no temporary folder")
    }

    @Test func anExistingFolderIsKeptUnlessForced() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("answers")
        try FileManager.default.createDirectory(at: answers, withIntermediateDirectories: true)
        try "old".write(to: answers.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)

        let refused = runCLI(["import", Self.googleForms, "-o", "answers"], in: folder.path)
        #expect(refused.code == 73)
        #expect(
            refused.err
                == "Error: 'answers' already holds 1 file; pass --force to replace the folder, or choose a new one\n")
        #expect(Self.contents(answers) == ["old.yaml"])

        let forced = runCLI(["import", Self.googleForms, "-o", "answers", "--force"], in: folder.path)
        #expect(forced.code == 0, "\(forced.err)")
        #expect(Self.contents(answers).count == 5)
        #expect(!Self.contents(answers).contains("old.yaml"), "the folder is replaced as a whole")
        #expect(Self.contents(folder) == ["answers"], "the old folder and the temporary one are gone")
    }

    @Test func forceNeverReplacesAFolderOfOtherFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("answers")
        try FileManager.default.createDirectory(at: answers, withIntermediateDirectories: true)
        try "keep".write(to: answers.appendingPathComponent("offsite-notes.docx"), atomically: true, encoding: .utf8)
        let result = runCLI(["import", Self.googleForms, "-o", "answers", "--force"], in: folder.path)
        #expect(result.code == 73)
        #expect(result.err.contains("holds 'offsite-notes.docx', which is not an answers file"))
        #expect(Self.contents(answers) == ["offsite-notes.docx"])
    }

    @Test func anEmptyFolderIsFilled() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("answers"), withIntermediateDirectories: true)
        let result = runCLI(["import", Self.googleForms, "-o", "answers"], in: folder.path)
        #expect(result.code == 0, "\(result.err)")
        #expect(Self.contents(folder.appendingPathComponent("answers")).count == 5)
    }

    struct CommandCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let code: Int32
        let firstLine: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let commandCases: [CommandCase] = [
        CommandCase(
            arguments: ["import", "responses.csv"], code: 64, firstLine: "Error: Missing expected option '-o <folder>'."
        ),
        CommandCase(
            arguments: ["import", "-o", "out"], code: 64, firstLine: "Error: Missing expected argument '<responses>'."),
        CommandCase(
            arguments: ["import", "x.csv", "-o", "out", "--delimiter", "pipe"], code: 64,
            firstLine:
                "Error: The value 'pipe' is invalid for '--delimiter <delimiter>'; use one of: auto, comma, "
                + "semicolon, tab."
        ),
        CommandCase(
            arguments: ["import", "missing.csv", "-o", "out"], code: 66,
            firstLine: "Error: cannot read 'missing.csv': no such file"),
        CommandCase(
            arguments: ["import", ".", "-o", "out"], code: 66,
            firstLine: "Error: cannot read '.': it is a folder, not a file"),
        CommandCase(
            arguments: ["import", googleForms, "-o", "no-such-folder/answers"], code: 73,
            firstLine: "Error: cannot write 'no-such-folder/answers': the folder"),
    ]

    @Test(arguments: commandCases)
    func commandLineRefusals(_ testCase: CommandCase) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = runCLI(testCase.arguments, in: folder.path)
        #expect(result.code == testCase.code)
        #expect(result.err.hasPrefix(testCase.firstLine), "\(result.err)")
        #expect(Self.contents(folder).isEmpty)
    }

    @Test func standardInputAndSemicolons() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try SurveyImporterTests.fixture("semicolon-excel-export.csv")
        let result = runCLI(["import", "-", "-o", "answers"], in: folder.path, input: text)
        #expect(result.code == 0, "\(result.err)")
        #expect(
            result.err == """
                note: read <stdin> as semicolon-separated (detected from the header row; --delimiter chooses).
                Imported 2 respondents into answers.

                """)
        let chosen = runCLI(["import", "-", "-o", "other", "--delimiter", "comma"], in: folder.path, input: text)
        #expect(chosen.code == 65, "read with commas, the header is one unknown column")
    }

    @Test func theCSVTemplateIsAHeaderThatImports() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let questionnaire = try Load.builtIn()
        let template = runCLI(["template", "--format", "csv"])
        #expect(template.code == 0)
        #expect(template.out == CSVWriter.record(["name", "role", "organisation"] + questionnaire.questions.map(\.id)))
        #expect(template.err.contains("paradigm import responses.csv -o answers/"))
        #expect(runCLI(["template"]).out.hasPrefix("# Paradigm Advisor answers"), "yaml stays the default")

        // A row answering every question with its first option's label (numbers with their low end).
        var row = ["Ana Costa", "CMO or marketing leader", "Northwind"]
        for question in questionnaire.questions {
            switch question.kind {
            case .number(let low, _, _): row.append(low.plain)
            case .text: row.append("Fewer meetings, more \"shared\" numbers,\nplease.")
            case .multiple: row.append(question.options.prefix(2).map(\.label).joined(separator: ", "))
            default: row.append(question.options.first?.label ?? "")
            }
        }
        let csv = template.out + CSVWriter.record(row)
        let result = runCLI(["import", "-", "-o", "answers"], in: folder.path, input: csv)
        #expect(result.code == 0, "\(result.err)")
        let written = Self.contents(folder.appendingPathComponent("answers"))
        #expect(written == ["002-ana-costa.yaml"])
        let text = try Load.text(folder.appendingPathComponent("answers/002-ana-costa.yaml"))
        let answers = try Load.answers(text, questionnaire)
        #expect(answers.respondent.role == "cmo")
        #expect(answers.values.count > questionnaire.questions.count / 2)
    }

    @Test(
        .enabled(if: Subprocess.binary != nil, "needs the built paradigm binary"),
        arguments: [SIGTERM, SIGINT, SIGHUP])
    func anInterruptedImportRemovesItsStagingFolder(_ signal: Int32) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = try Data(contentsOf: Paths.examples.appendingPathComponent("import/responses.csv"))
        let headerEnd = try #require(example.firstIndex(of: 0x0A))
        var big = example.prefix(through: headerEnd)
        for _ in 0..<600 { big.append(example.suffix(from: headerEnd + 1)) }
        try big.write(to: folder.appendingPathComponent("big.csv"))
        var sawStaging = false
        let importing = try #require(Subprocess.paradigm(["import", "big.csv", "-o", "out"], in: folder))
        let outcome = try importing.run(timeout: 120) { process in
            for _ in 0..<12_000 where process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if names.contains(where: { $0.hasPrefix(".out.import-") }) {
                    sawStaging = true
                    kill(process.processIdentifier, signal)
                    return
                }
                usleep(2_000)
            }
        }
        try #require(sawStaging, "the import ended before its staging folder was seen: \(outcome.err)")
        #expect(outcome.status == 128 + signal, "\(outcome.err)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasPrefix(".out-") && !$0.hasPrefix(".err-") }
        #expect(left == ["big.csv"], "no staging folder and no half folder")
    }

    @Test func aRowWithAStrayCommaNamesTheColumnThatHoldsIt() {
        let result = runCLI(["import", Paths.fixture("Import/stray-comma.csv").path, "-o", "/nonexistent/out"])
        #expect(result.code == 65)
        #expect(
            result.err.contains("stray-comma.csv:3:15: error: row 3 has 5 fields, but the header row has 4"),
            "\(result.err)")
        #expect(result.err.contains("column C's value probably holds it"), "\(result.err)")
    }
}
