import Foundation
import Testing

@testable import ParadigmKit

/// The quicker way through plain answers files (`PlainAnswersReader`) gives exactly what the
/// general way gives, whenever it takes a file, and it takes the files people and the tool write.
@Suite struct PlainAnswersReaderTests {
    /// What the general way makes of a file: its answers when it reads without a diagnostic.
    static func general(_ text: String, _ questionnaire: Questionnaire) -> Answers? {
        guard
            let loaded = try? AnswersLoader.loadInGeneral(
                SourceFile(name: "a.yaml", text: text), questionnaire: questionnaire),
            loaded.warnings.isEmpty
        else { return nil }
        return loaded.answers
    }

    static func plain(_ text: String, _ questionnaire: Questionnaire) -> Answers? {
        PlainAnswersReader.read(SourceFile(name: "a.yaml", text: text), questionnaire: questionnaire)
    }

    /// Every answers file of the package: the examples (with `|` blocks), the team and the
    /// comparison examples, and the answers files among the bad-input fixtures.
    static func packageAnswersFiles() throws -> [(name: String, text: String)] {
        let folders =
            ["Examples", "Examples/team", "Examples/compare"].map { Paths.package.appendingPathComponent($0) }
            + [Paths.fixtures.appendingPathComponent("BadInput")]
        var files: [(String, String)] = []
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where name.hasSuffix(".yaml") {
                // Read leniently: some bad-input fixtures are not UTF-8 on purpose.
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                    continue
                }
                let text = String(decoding: data, as: UTF8.self)
                if text.contains("answers:") { files.append((name, text)) }
            }
        }
        return files
    }

    @Test("takes the examples and what the tool writes, and reads them as the general way does")
    func takesPlainFiles() throws {
        let questionnaire = try Load.builtIn()
        let examples = try Self.packageAnswersFiles().filter { Self.general($0.text, questionnaire) != nil }
        #expect(examples.count >= 8, "the examples read without a diagnostic")
        for (name, text) in examples {
            let plain = Self.plain(text, questionnaire)
            #expect(plain != nil, "\(name) is taken")
            #expect(plain == Self.general(text, questionnaire), "\(name)")
            // The same answers as the tool writes them, and as a team folder holds them.
            if let answers = plain {
                let written = AnswersWriter.render(answers, questionnaire: questionnaire, header: ["written by a test"])
                #expect(Self.plain(written, questionnaire) != nil, "\(name), rewritten, is taken")
                #expect(
                    Self.plain(written, questionnaire) == Self.general(written, questionnaire), "\(name), rewritten")
            }
        }
    }

    @Test("takes empty `|` blocks, blank answers and a template's empty respondent, as written by hand")
    func takesHandWrittenShapes() throws {
        let questionnaire = try Load.builtIn()
        let text = """
            # filled in by hand
            questionnaire: paradigm-advisor
            respondent:
              name:
              role: cro   # their role
              organisation: Zoë & Co, "quoted"
            answers:

              # a comment between answers
              company_size: 200_to_999
              abm:
              discovery_channels:
                - search_content
                - events   # a note
              biggest_friction: |
              notes: |
                Two lines
                of notes.
              first_year_deal_value: "36k"
              has_trial: 'no'

            """
        let plain = Self.plain(text, questionnaire)
        #expect(plain != nil)
        #expect(plain == Self.general(text, questionnaire))
        #expect(plain?.respondent == Respondent(name: nil, role: "cro", organisation: "Zoë & Co, \"quoted\""))
    }

    @Test("gives way on anything the general way reports or warns about")
    func givesWay() throws {
        let questionnaire = try Load.builtIn()
        let head = "questionnaire: paradigm-advisor\nanswers:\n"
        let texts = [
            head + "  company_size: huge\n",  // not an option
            head + "  company_size: 200_to_999\n  company_size: 50_to_199\n",  // duplicate key
            head + "  no_such_question: 1\n",  // unknown question
            head + "  company_size:\n    - 200_to_999\n",  // a list for one choice
            head + "  discovery_channels:\n    - unsure\n    - events\n",  // unsure among options
            head + "  company_size: 200_to_999\n    more\n",  // continued text that no longer reads
            "questionnaire: other\nanswers:\n  company_size: 200_to_999\n",  // wrong questionnaire
            "questionnaire: paradigm-advisor\n",  // no answers
            "questionnaire: paradigm-advisor\nrespondent:\n  role: chief\nanswers:\n",  // unknown role
            "questionnaire: paradigm-advisor\nextra: 1\nanswers:\n",  // unknown key
            "---\nquestionnaire: paradigm-advisor\nanswers:\n",  // a document marker
            head + "\tcompany_size: 200_to_999\n",  // a tab
            head + "  company_size: 200_to_999\n   abm: pilot\n",  // inconsistent indentation
            head + "  has_trial: no\n  pql_use: unsure\n",  // a question that does not apply
        ]
        for text in texts {
            #expect(Self.plain(text, questionnaire) == nil, "\(text.debugDescription)")
        }
    }

    @Test("whenever it takes a file, it reads what the general way reads: the package's files and their mutants")
    func agreesOnMutants() throws {
        let questionnaire = try Load.builtIn()
        var originals = try Self.packageAnswersFiles().map { DifferentialCorpus.Entry(origin: $0.name, text: $0.text) }
        originals += originals.compactMap { entry in
            Self.general(entry.text, questionnaire).map {
                DifferentialCorpus.Entry(
                    origin: entry.origin + ", rewritten", text: AnswersWriter.render($0, questionnaire: questionnaire))
            }
        }
        var corpus = DifferentialCorpus(seed: 11)
        var taken = 0
        for entry in originals + corpus.mutants(of: originals, perDocument: 40) {
            guard let plain = Self.plain(entry.text, questionnaire) else { continue }
            taken += 1
            #expect(plain == Self.general(entry.text, questionnaire), "\(entry.origin):\n\(entry.text)")
        }
        #expect(taken > originals.count, "some mutants are taken, so that the comparison tests something")
    }
}
