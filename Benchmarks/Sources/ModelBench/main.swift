// The model's balance and its profile hit rate (Benchmarks/run.sh model):
//   ModelBench [--count N] [--questionnaire FILE] [--profiles MANIFEST]
// prints Markdown tables: each candidate's win share, runner-up share and median fit over N
// seeded uniformly random answer sets (default 20,000), then each profile's expected and
// actual result with the hit rate. With --interview (Benchmarks/run.sh interview) it prints
// only the interview's steps to a finished brief with realistic unsure answers.
import Foundation
import ParadigmKit

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in arguments: [String] = arguments) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let count = option("--count").flatMap(Int.init) ?? 20_000
let manifest = option("--profiles") ?? "Examples/profiles/profiles.yaml"
func median(_ values: [Int]) -> String {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return "—" }
    let middle = sorted.count / 2
    guard sorted.count % 2 == 0 else { return "\(sorted[middle])" }
    let sum = sorted[middle - 1] + sorted[middle]
    return sum % 2 == 0 ? "\(sum / 2)" : String(format: "%.1f", Double(sum) / 2)
}
do {
    let questionnaire =
        try option("--questionnaire").map { path in
            let source = SourceFile(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
            return try QuestionnaireLoader.load(source) { (_: String?) throws(Diagnostics) -> ParadigmTexts in
                try Questionnaire.builtIn().texts
            }
        } ?? Questionnaire.builtIn()
    if arguments.contains("--interview") {
        try InterviewSteps.print(questionnaire, manifest: manifest, asked: arguments.contains("--asked"))
        exit(0)
    }
    let balance = ModelBalance.measure(questionnaire, count: count, seed: 0x5EED_2026)
    print("Random answer sets: \(balance.count) (seed 0x5EED_2026, every applicable question answered uniformly)")
    print()
    print("| candidate | wins | runner-up | median fit |")
    print("|---|---:|---:|---:|")
    for figure in balance.figures {
        let share = { (value: Double) in String(format: "%.1f%%", value * 100) }
        print(
            "| \(figure.stance.shortName) | \(share(figure.winShare)) | \(share(figure.runnerUpShare)) | "
                + "\(String(format: "%.1f", figure.medianFit)) |"
        )
    }
    let medians = balance.figures.map(\.medianFit)
    print()
    print("Spread of medians: \(String(format: "%.1f", (medians.max() ?? 0) - (medians.min() ?? 0))) points")
    if FileManager.default.fileExists(atPath: manifest) {
        let url = URL(fileURLWithPath: manifest)
        let set = try ProfileSet.load(
            SourceFile(name: url.lastPathComponent, text: try String(contentsOf: url, encoding: .utf8)),
            folder: url.deletingLastPathComponent())
        let results = try set.results(with: questionnaire)
        print()
        print("| profile | expected | got | margin | as-is expected | got |")
        print("|---|---|---|---:|---|---|")
        for result in results {
            let a = result.assessment
            let got = a.isUndefined ? "undefined" : a.asIs?.shortName ?? "—"
            let (mark, asIsMark) = (result.recommendationHits ? "" : "**", result.asIsHits ? "" : "**")
            let margin = String(format: "%.1f", a.confidence.margin)
            print(
                "| \(result.profile.file) | \(result.profile.recommendation.shortName) | "
                    + "\(mark)\(a.recommendation.shortName)\(mark) | \(margin) | "
                    + "\(result.profile.asIs?.shortName ?? "undefined") | \(asIsMark)\(got)\(asIsMark) |"
            )
        }
        let hits = results.filter(\.recommendationHits).count
        let asIsHits = results.filter(\.asIsHits).count
        print()
        print("Recommendation hit rate: \(hits) of \(results.count); as-is hit rate: \(asIsHits) of \(results.count)")
        // The adaptive interview, replayed with each profile's answers (issue 15).
        print()
        print("| profile | to settled | to finished | same recommendation | same practice, plan and gates |")
        print("|---|---:|---:|---|---|")
        var settled: [Int] = []
        var finished: [Int] = []
        var same = 0
        var sameStatements = 0
        for result in results {
            let replay = AdaptiveOrder.replay(result.assessment.answers, questionnaire: questionnaire)
            if let count = replay.toSettled { settled.append(count) }
            finished.append(replay.toFinished)
            let agrees = replay.recommendation == replay.fullRecommendation
            let saysTheSame = replay.statements != nil && replay.statements == replay.fullStatements
            if saysTheSame { sameStatements += 1 }
            if agrees { same += 1 }
            let open = replay.toSettled == nil ? " (open: \(replay.keptOpen.joined(separator: ", ")))" : ""
            print(
                "| \(result.profile.file) | \(replay.toSettled.map(String.init) ?? "never")\(open) | "
                    + "\(replay.toFinished) | \(agrees ? "yes" : "**no**") | \(saysTheSame ? "yes" : "**no**") |"
            )
        }
        // Finishing early (`finish` in the interview): what the brief then knows, and whether it
        // says anything the brief from every answer contradicts.
        print()
        print(
            "| finished after | questions, median | elements shown, median | steps, median | steps as in the full plan | contradicted |"
        )
        print("|---|---:|---:|---:|---:|---:|")
        for cut in [0, 20, 25, 30, 35] {
            var asked: [Int] = []
            var shown: [Int] = []
            var total: [Int] = []
            var steps: [Int] = []
            var asInFull = 0
            var stepCount = 0
            var contradicted = 0
            for result in results {
                let replay = AdaptiveOrder.replay(result.assessment.answers, questionnaire: questionnaire)
                let count = min(max(cut, replay.toSettled ?? replay.toFinished), replay.toFinished)
                let fewer = try Assessor.assess(
                    AdaptiveOrder.answers(result.assessment.answers, after: count, of: replay), with: questionnaire)
                let check = FewerAnswersCheck(fewer, full: result.assessment)
                asked.append(count)
                shown.append(check.elementsShown)
                total.append(check.elements)
                steps.append(check.steps)
                asInFull += check.stepsAsInFull
                stepCount += check.steps
                if !check.contradictions.isEmpty { contradicted += 1 }
            }
            print(
                "| \(cut == 0 ? "settled" : "\(cut) questions (or settled, if later)") | \(median(asked)) | "
                    + "\(median(shown)) of \(median(total)) | \(median(steps)) | \(asInFull) of \(stepCount) | "
                    + "\(contradicted) of \(results.count) |"
            )
        }
        print()
        print(
            "Settled in \(settled.count) of \(results.count); questions to settled: median \(median(settled)), "
                + "maximum \(settled.max() ?? 0); to a finished brief: median \(median(finished)), maximum "
                + "\(finished.max() ?? 0); same recommendation as from every answer: \(same) of \(results.count); "
                + "same practice, plan and gates: \(sameStatements) of \(results.count)"
        )
    }
} catch let error as Diagnostics {
    FileHandle.standardError.write(Data((error.rendered + "\n").utf8))
    exit(65)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
