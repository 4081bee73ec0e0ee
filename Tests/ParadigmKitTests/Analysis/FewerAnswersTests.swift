import Foundation
import Testing

@testable import ParadigmKit

/// A brief from fewer answers (an interview finished as soon as the recommendation settled, or
/// an answers file half filled in) says what those answers show and leaves the rest open: it
/// never says something the brief from every answer contradicts.
@Suite struct FewerAnswersTests {
    /// Each profile's answers as far as the adaptive interview had them when the
    /// recommendation settled.
    static func atSettled(_ result: ProfileSet.Result, _ questionnaire: Questionnaire) throws -> Assessment {
        let full = result.assessment.answers
        let replay = AdaptiveOrder.replay(full, questionnaire: questionnaire)
        let count = try #require(replay.toSettled, "\(result.profile.file)")
        var answers = Answers(questionnaireID: full.questionnaireID, sourceName: full.sourceName)
        for id in replay.asked.prefix(count) { if let answer = full[id] { answers.set(answer) } }
        return try Assessor.assess(answers, with: questionnaire)
    }

    @Test func theSettledBriefNeverContradictsTheFullOne() throws {
        let questionnaire = try Load.builtIn()
        #expect(ProfileTests.results.count >= 30)
        var unknownElements = 0
        for result in ProfileTests.results {
            let file = result.profile.file
            let partial = try Self.atSettled(result, questionnaire)
            let full = result.assessment
            #expect(partial.recommendation == full.recommendation, "\(file)")
            if let asIs = partial.asIs { #expect(asIs == full.asIs, "\(file): today's model guessed") }
            let fewer = try #require(OperatingModelReview(partial, target: partial.recommendation))
            let every = try #require(OperatingModelReview(full, target: full.recommendation))
            let fullStates = Dictionary(uniqueKeysWithValues: every.elements.map { ($0.element.id, $0.state) })
            // Every element of the full brief is listed, and a state is given only where it is
            // the full brief's.
            for element in every.elements {
                #expect(
                    fewer.elements.contains { $0.element.id == element.element.id }, "\(file): \(element.element.id)")
            }
            for element in fewer.elements {
                if element.state == .unknown {
                    unknownElements += 1
                } else {
                    #expect(fullStates[element.element.id] == element.state, "\(file): \(element.element.id)")
                }
            }
            // A name is the full brief's, or a choice that includes it.
            for (row, fullRow) in zip(fewer.journey, every.journey) {
                let (name, named) = (row.accountable, fullRow.accountable)
                let includes =
                    name == named || name.hasPrefix(named + " or ") || name.hasSuffix(" or " + named)
                    || name.contains(" or \(named) or ")
                #expect(includes, "\(file): \(name) / \(named)")
            }
            // No gate holds it back on these answers, but one does on every answer: the brief
            // must name the open questions instead of saying none does.
            if partial.gates(holding: partial.recommendation).isEmpty
                && !full.gates(holding: full.recommendation).isEmpty
            {
                #expect(!BriefAnalysis(partial).openReadiness.isEmpty, "\(file): a gate left unmentioned")
            }
        }
        #expect(unknownElements > 0, "the settled answers should leave elements open")
    }

    /// Words a partial brief must not use about what it does not know.
    @Test func theSettledBriefSaysWhatIsOpenInItsOwnWords() throws {
        let questionnaire = try Load.builtIn()
        let result = try #require(ProfileTests.results.first { $0.profile.file == "subscription-cro-assimilated.yaml" })
        let analysis = BriefAnalysis(try Self.atSettled(result, questionnaire))
        let brief = BriefRenderer(analysis: analysis, options: BriefOptions(date: "2026-12-03")).render()
        #expect(!brief.contains("Every element the answers show is already in place"))
        #expect(brief.contains("**Check first**"))
        if !analysis.openReadiness.isEmpty {
            #expect(brief.contains("questions not answered could still show"))
        }
        // The CRO question is not asked before the recommendation settles: the journey map
        // names both (the full brief names the chief revenue officer).
        #expect(brief.contains("the chief revenue officer or the head of sales"), "\(brief.suffix(3000))")
    }
}
