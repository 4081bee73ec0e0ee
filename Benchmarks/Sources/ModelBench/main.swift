// The model's balance and its profile hit rate (Benchmarks/run.sh model):
//   ModelBench [--count N] [--questionnaire FILE] [--profiles MANIFEST]
// prints Markdown tables: each candidate's win share, runner-up share and median fit over N
// seeded uniformly random answer sets (default 20,000), then each profile's expected and
// actual result with the hit rate.
import Foundation
import ParadigmKit

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, in arguments: [String] = arguments) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}
let count = option("--count").flatMap(Int.init) ?? 20_000
let manifest = option("--profiles") ?? "Examples/profiles/profiles.yaml"
do {
    let questionnaire = try option("--questionnaire").map { path in
        let source = SourceFile(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
        return try QuestionnaireLoader.load(source) { (_: String?) throws(Diagnostics) -> ParadigmTexts in
            try Questionnaire.builtIn().texts
        }
    } ?? Questionnaire.builtIn()
    let balance = ModelBalance.measure(questionnaire, count: count, seed: 0x5EED_2026)
    print("Random answer sets: \(balance.count) (seed 0x5EED_2026, every applicable question answered uniformly)")
    print()
    print("| candidate | wins | runner-up | median fit |")
    print("|---|---:|---:|---:|")
    for figure in balance.figures {
        let share = { (value: Double) in String(format: "%.1f%%", value * 100) }
        print("| \(figure.stance.shortName) | \(share(figure.winShare)) | \(share(figure.runnerUpShare)) | \(String(format: "%.1f", figure.medianFit)) |")
    }
    let medians = balance.figures.map(\.medianFit)
    print()
    print("Spread of medians: \(String(format: "%.1f", (medians.max() ?? 0) - (medians.min() ?? 0))) points")
    if FileManager.default.fileExists(atPath: manifest) {
        let url = URL(fileURLWithPath: manifest)
        let set = try ProfileSet.load(SourceFile(name: url.lastPathComponent, text: try String(contentsOf: url, encoding: .utf8)),
                                      folder: url.deletingLastPathComponent())
        let results = try set.results(with: questionnaire)
        print()
        print("| profile | expected | got | margin | as-is expected | got |")
        print("|---|---|---|---:|---|---|")
        for result in results {
            let a = result.assessment
            let got = a.isUndefined ? "undefined" : a.asIs?.shortName ?? "—"
            print("| \(result.profile.file) | \(result.profile.recommendation.shortName) | \(result.recommendationHits ? "" : "**")\(a.recommendation.shortName)\(result.recommendationHits ? "" : "**") | \(String(format: "%.1f", a.confidence.margin)) | \(result.profile.asIs?.shortName ?? "undefined") | \(result.asIsHits ? "" : "**")\(got)\(result.asIsHits ? "" : "**") |")
        }
        let hits = results.filter(\.recommendationHits).count
        let asIsHits = results.filter(\.asIsHits).count
        print()
        print("Recommendation hit rate: \(hits) of \(results.count); as-is hit rate: \(asIsHits) of \(results.count)")
    }
} catch let error as Diagnostics {
    FileHandle.standardError.write(Data((error.rendered + "\n").utf8))
    exit(65)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
