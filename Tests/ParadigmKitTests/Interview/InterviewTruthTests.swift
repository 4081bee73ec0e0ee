import Foundation
import Testing

@testable import ParadigmKit

/// The interview does what it says, with the unsure answers real respondents give: it says
/// "settled on X" before its end for most organisations and never claims it falsely, its
/// `[n/N]` count never rises, and no screen shows a raw question id.
@Suite struct InterviewTruthTests {
    struct Run {
        var screens: [String] = []
        var totals: [Int] = []
        /// The model and verdict word of the first "Settled on" line, and how many questions
        /// had been answered then.
        var settled: (line: String, after: Int)?
        var interview: Interview
    }

    /// Plays an adaptive interview answering as `full` does, rendering every screen, until the
    /// final review.
    static func play(_ full: Answers, _ questionnaire: Questionnaire) -> Run {
        let interview = Interview(
            questionnaire: questionnaire, answers: Answers(questionnaireID: questionnaire.id, sourceName: "a.yaml"),
            adaptive: true)
        var run = Run(interview: interview)
        var renderer = InterviewRenderer(style: Style(colour: false), path: "a.yaml")
        var answered = 0
        for _ in 0..<200 {
            guard case .asking(let step) = run.interview.screen else { break }
            let screen = renderer.screen(run.interview)
            run.screens.append(screen)
            if case .question(let id) = step {
                if let total = run.interview.progress(id)?.total { run.totals.append(total) }
                if run.settled == nil,
                    let line = screen.split(separator: "\n").first(where: { $0.hasPrefix("Settled") })
                {
                    run.settled = (String(line), answered)
                }
                answered += 1
            }
            let reply: String
            switch step {
            case .name: reply = "Dana"
            case .role: reply = "1"
            case .organisation: reply = "Northwind"
            case .question:
                let id = run.interview.questionOnScreen ?? ""
                reply = full[id].map { AdaptiveOrderTests.reply($0.value) } ?? "skip"
            }
            let response = run.interview.respond(reply)
            run.screens.append(renderer.notices(response.notices, run.interview))
        }
        return run
    }

    @Test func settledIsNamedAndTrueCountsNeverRiseAndNoIdIsShown() throws {
        let questionnaire = try Load.builtIn()
        let ids = Set(questionnaire.questions.map(\.id))
        var settledBeforeTheEnd = 0
        var unsureCounts: [Int] = []
        // Every fourth profile: each interview renders every screen and re-checks the settled
        // proof and the verdict on each, which is slow in a debug build.
        let profiles = ProfileTests.results.enumerated().filter { $0.offset % 4 == 0 }.map(\.element)
        #expect(profiles.count >= 8)
        for result in profiles {
            let full = result.assessment.answers.withRealisticUnsure(questionnaire)
            unsureCounts.append(questionnaire.questions.filter { full[$0.id]?.value == .unsure }.count)
            let run = Self.play(full, questionnaire)
            let file = result.profile.file
            #expect(run.interview.screen == .review(final: true), "\(file) did not reach the review")
            // The count of questions planned never rises.
            for (before, after) in zip(run.totals, run.totals.dropFirst()) {
                #expect(after <= before, "\(file): [n/\(before)] then [n/\(after)]")
            }
            // No question id on any screen, in backticks or bare as a word of its own.
            for screen in run.screens {
                for id in ids where id.contains("_") {
                    #expect(!screen.contains("`\(id)`") && !screen.contains(" \(id) "), "\(file) shows \(id)")
                }
            }
            // "Settled on X (word)" is what the answers at the end give.
            let final = try Assessor.assess(run.interview.answers, with: questionnaire)
            let analysis = BriefAnalysis(final)
            if let settled = run.settled {
                let name = final.displayName(final.recommendation)
                #expect(settled.line.hasPrefix("Settled on \(name) ("), "\(file): \(settled.line) but ends on \(name)")
                if settled.after < run.totals.count { settledBeforeTheEnd += 1 }
            }
            // The final three lines and the brief say the same verdict word.
            #expect(InterviewCommand.summary(analysis)[1].contains(analysis.statement.call.words))
        }
        #expect(unsureCounts.allSatisfy { (5...16).contains($0) }, "\(unsureCounts)")
        // Most organisations hear "settled" before the interview ends.
        #expect(
            settledBeforeTheEnd * 4 >= profiles.count * 3,
            "settled before the end in \(settledBeforeTheEnd) of \(profiles.count)")
    }
}
