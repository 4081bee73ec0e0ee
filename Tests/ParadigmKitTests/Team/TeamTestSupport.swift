import Foundation

@testable import ParadigmKit

/// The four respondents of Examples/team, and synthetic teams.
enum TeamFixture {
    static let folder = Paths.examples.appendingPathComponent("team")
    static let names = ["Priya Nandakumar", "Ellis Marsh", "Rafael Ortiz", "Jonas Lindqvist"]

    /// The five respondents of Fixtures/Team/offsite: issue 16's case, where the sales rep and
    /// the CMO contradict each other on marketing's share of pipeline.
    static let offsiteFolder = Paths.fixtures.appendingPathComponent("Team/offsite")
    static let offsiteNames = ["Priya Nandakumar", "Ellis Marsh", "Rafael Ortiz", "Mara Quinn", "Jonas Lindqvist"]

    /// The example respondents' answers, in file-name order.
    static func exampleAnswers() throws -> [Answers] { try answers(in: folder, named: "Examples/team") }

    /// The five-person offsite team.
    static func offsiteTeam() throws -> TeamAssessment {
        let answers = try answers(in: offsiteFolder, named: "offsite")
        let questionnaire = try Load.builtIn()
        do { return try TeamAssessment.assess(answers, with: questionnaire) } catch { throw Failure(error.rendered) }
    }

    /// The answers files of a folder, in file-name order.
    static func answers(in folder: URL, named prefix: String) throws -> [Answers] {
        let questionnaire = try Load.builtIn()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
            .sorted()
        return try files.map { file in
            let source = SourceFile(name: "\(prefix)/\(file)", text: try Load.text(folder.appendingPathComponent(file)))
            do { return try AnswersLoader.load(source, questionnaire: questionnaire).answers } catch let error
                as Diagnostics
            {
                throw Failure(error.rendered)
            }
        }
    }

    /// An answers file's text with its respondent's name numbered ("name: Ellis Marsh 7"), so
    /// that copies of one file are different respondents, not copies counted once.
    static func renamed(_ text: String, _ number: Int) -> String {
        guard let range = text.range(of: "\n  name: ") else { return text }
        let end = text[range.upperBound...].firstIndex(of: "\n") ?? text.endIndex
        return text.replacingCharacters(in: end..<end, with: " \(number)")
    }

    static func exampleTeam() throws -> TeamAssessment {
        let answers = try exampleAnswers()
        let questionnaire = try Load.builtIn()
        do { return try TeamAssessment.assess(answers, with: questionnaire) } catch { throw Failure(error.rendered) }
    }

    /// A member with made-up scores (siloed, assimilated, sales-led, product-led, proportionate).
    static func member(_ index: Int, _ values: [Double], role: String? = nil) -> TeamMember {
        var scores = ScoreVector()
        for (stance, value) in zip(Stance.allCases, values) { scores[stance] = value }
        let ranking = Stance.allCases.sorted { lhs, rhs in
            let (a, b) = (scores[lhs], scores[rhs])
            return a != b ? a > b : lhs.tieBreakRank < rhs.tieBreakRank
        }
        return TeamMember(
            index: index, name: "Person \(index)", roleID: role, organisation: nil,
            sourceName: "p\(index).yaml", scores: scores, ranking: ranking)
    }
}
