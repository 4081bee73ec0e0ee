import Foundation
import ParadigmKit

/// The interview's steps to a finished brief (`ModelBench --interview`): each profile's
/// answers with a realistic share of them unsure (``Answers/withRealisticUnsure(_:)``, the
/// answers the interview tests play), replayed through the adaptive order as the interview
/// asks them, the practice checklist counted as one step.
enum InterviewSteps {
    /// With `asked`, each profile's questions in the order asked follow its row.
    static func print(_ questionnaire: Questionnaire, manifest: String, asked: Bool = false) throws {
        let url = URL(fileURLWithPath: manifest)
        let set = try ProfileSet.load(
            SourceFile(name: url.lastPathComponent, text: try String(contentsOf: url, encoding: .utf8)),
            folder: url.deletingLastPathComponent())
        let results = try set.results(with: questionnaire)
        Swift.print(
            "| profile | unsure | steps to finished | questions | on the checklist | to settled | same recommendation |"
        )
        Swift.print("|---|---:|---:|---:|---:|---:|---|")
        var steps: [Int] = []
        var questions: [Int] = []
        var unsure: [Int] = []
        var settled: [Int] = []
        var same = 0
        for result in results {
            let full = result.assessment.answers.withRealisticUnsure(questionnaire)
            let replay = AdaptiveOrder.replay(full, questionnaire: questionnaire)
            let unsureCount = questionnaire.questions.filter { full[$0.id]?.value == .unsure }.count
            let agrees = replay.recommendation == replay.fullRecommendation
            if agrees { same += 1 }
            steps.append(replay.steps)
            questions.append(replay.toFinished)
            unsure.append(unsureCount)
            if let count = replay.toSettled { settled.append(count) }
            Swift.print(
                "| \(result.profile.file) | \(unsureCount) | \(replay.steps) | \(replay.toFinished) | "
                    + "\(replay.onChecklist) | \(replay.toSettled.map(String.init) ?? "never") | "
                    + "\(agrees ? "yes" : "**no**") |")
            if asked { Swift.print("  " + replay.asked.joined(separator: " ")) }
        }
        Swift.print()
        Swift.print(
            "Profiles: \(results.count); unsure answers \(unsure.min() ?? 0)–\(unsure.max() ?? 0); steps to a finished "
                + "brief: median \(median(steps)), range \(steps.min() ?? 0)–\(steps.max() ?? 0); questions: median "
                + "\(median(questions)), range \(questions.min() ?? 0)–\(questions.max() ?? 0); settled in "
                + "\(settled.count) (median \(median(settled)) questions); same recommendation as from every answer: "
                + "\(same) of \(results.count)")
    }
}
