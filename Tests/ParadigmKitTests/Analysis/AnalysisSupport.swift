import Foundation

@testable import ParadigmKit

/// Helpers shared by the analysis tests.
enum AnalysisFixture {
    /// The tiny questionnaire and an assessment of answers written as YAML lines.
    static func assess(_ lines: String, questionnaire: Questionnaire? = nil) throws -> Assessment {
        let questionnaire = try questionnaire ?? Load.tiny()
        let text =
            "questionnaire: \(questionnaire.id)\nanswers:\n"
            + lines.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
        do {
            return try Assessor.assess(try Load.answers(text, questionnaire), with: questionnaire)
        } catch {
            throw Failure(error.rendered)
        }
    }

    /// The tiny questionnaire's text with one question's importance replaced.
    static func tinyText(weight: Double, of questionID: String) throws -> String {
        var lines = try Load.text(Paths.fixture("Model/tiny-questionnaire.yaml")).components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "      - id: \(questionID)") else {
            throw Failure("no question \(questionID)")
        }
        let end =
            lines[(start + 1)...].firstIndex { $0.hasPrefix("      - id:") || !$0.hasPrefix("   ") } ?? lines.endIndex
        if let existing = lines[start..<end].firstIndex(where: { $0.hasPrefix("        weight:") }) {
            lines.remove(at: existing)
        }
        lines.insert("        weight: \(weight)", at: start + 1)
        return lines.joined(separator: "\n")
    }

    /// Every combination of answers to the given questions (each option, and unsure).
    static func combinations(_ questions: [Question]) -> [[String: AnswerValue]] {
        var result: [[String: AnswerValue]] = [[:]]
        for question in questions {
            var values: [AnswerValue] = [.unsure]
            switch question.kind {
            case .multiple:
                let ids = question.options.map(\.id)
                for mask in 1..<(1 << ids.count) {
                    values.append(.choices(ids.indices.filter { mask & (1 << $0) != 0 }.map { ids[$0] }))
                }
            case .number(let low, _, _):
                for (index, band) in question.options.enumerated() {
                    values.append(.number(index == 0 ? low : question.options[index - 1].below ?? low, band: band.id))
                }
            default:
                values += question.options.map { .choice($0.id) }
            }
            result = result.flatMap { partial in values.map { partial.merging([question.id: $0]) { $1 } } }
        }
        return result
    }
}
