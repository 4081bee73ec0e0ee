import Foundation
import Testing

@testable import ParadigmKit

/// A brief from fewer answers (an interview finished early, or an answers file half filled in)
/// says what those answers show and leaves the rest open: it never says something the brief
/// from every answer contradicts (``FewerAnswersCheck``).
@Suite struct FewerAnswersTests {
    /// Each profile, finished at the point the recommendation settled and after 20, 25, 30 and
    /// 35 questions: nothing the full brief contradicts.
    @Test func aBriefFinishedEarlyNeverContradictsTheFullOne() throws {
        let questionnaire = try Load.builtIn()
        #expect(ProfileTests.results.count >= 30)
        var open = 0
        for result in ProfileTests.results {
            let full = result.assessment
            let replay = AdaptiveOrder.replay(full.answers, questionnaire: questionnaire)
            let settled = try #require(replay.toSettled, "\(result.profile.file)")
            for count in Set([settled, 20, 25, 30, 35]).sorted() where count >= settled {
                let fewer = try Assessor.assess(
                    AdaptiveOrder.answers(full.answers, after: count, of: replay), with: questionnaire)
                let check = FewerAnswersCheck(fewer, full: full)
                #expect(check.contradictions.isEmpty, "\(result.profile.file) after \(count): \(check.contradictions)")
                open += check.elements - check.elementsShown
            }
        }
        #expect(open > 0, "finishing early should leave elements open")
    }

    /// The check itself finds what a guessing brief would say: a profile's brief compared with
    /// another profile's full brief is contradicted.
    @Test func theCheckFindsContradictions() throws {
        let results = ProfileTests.results
        let a = try #require(results.first { $0.profile.file == "subscription-cro-assimilated.yaml" })
        let b = try #require(results.first { $0.profile.file == "subscription-no-cro.yaml" })
        let check = FewerAnswersCheck(a.assessment, full: b.assessment)
        #expect(check.contradictions.contains("today's model"), "\(check.contradictions)")
        #expect(check.contradictions.contains { $0.hasPrefix("element ") }, "\(check.contradictions)")
    }

    /// The brief of an interview finished at settled, in words: what is open is said so.
    @Test func theSettledBriefSaysWhatIsOpenInItsOwnWords() throws {
        let questionnaire = try Load.builtIn()
        let result = try #require(ProfileTests.results.first { $0.profile.file == "subscription-cro-assimilated.yaml" })
        let replay = AdaptiveOrder.replay(result.assessment.answers, questionnaire: questionnaire)
        let settled = try #require(replay.toSettled)
        let fewer = try Assessor.assess(
            AdaptiveOrder.answers(result.assessment.answers, after: settled, of: replay), with: questionnaire)
        let analysis = BriefAnalysis(fewer)
        let brief = BriefRenderer(analysis: analysis, options: BriefOptions(date: "2026-12-03")).render()
        #expect(!brief.contains("Every element the answers show is already in place"))
        #expect(brief.contains("**Check first**"))
        #expect(brief.contains("**Today's practice:** the answers show none of the"))
        if !analysis.openReadiness.isEmpty {
            #expect(brief.contains("questions not answered could still show"))
        }
        // The CRO question is not asked before the recommendation settles: the journey map names
        // no revenue leader the answers do not show (the full brief names the chief revenue
        // officer), but the CEO who holds the role's duties until it is known.
        #expect(brief.contains("the CEO (the answers do not show a single revenue leader)"), "\(brief.suffix(3000))")
        #expect(!brief.contains("the head of sales or"))
    }

    /// Finished halfway through the practice questions, the brief gives today's nearest model
    /// only as a reading of the answers given, with the count of questions that could change it.
    @Test func anUnprovenTodaysModelIsSaidToBeOpen() throws {
        let questionnaire = try Load.builtIn()
        var found = false
        for result in ProfileTests.results where !found {
            let replay = AdaptiveOrder.replay(result.assessment.answers, questionnaire: questionnaire)
            for count in 20...35 where !found {
                let fewer = try Assessor.assess(
                    AdaptiveOrder.answers(result.assessment.answers, after: count, of: replay), with: questionnaire)
                let analysis = BriefAnalysis(fewer)
                guard fewer.asIs != nil, !analysis.asIsOpen.isEmpty else { continue }
                found = true
                let brief = BriefRenderer(analysis: analysis, options: BriefOptions(date: "2026-12-03")).render()
                #expect(brief.contains("on the practice answers given, today's structure and practice are closest to"))
                #expect(brief.contains("\(analysis.asIsOpen.count) practice question"))
                #expect(fewer.provenAsIs == nil)
                #expect(brief.contains(" (closest so far) |") && !brief.contains(" (today) |"))
                #expect(!brief.contains("today's owners are those"))
                // The interview's three lines at the end say it too.
                #expect(InterviewCommand.summary(analysis)[2].contains("so far (\(analysis.asIsOpen.count) practice"))
            }
        }
        #expect(found, "no profile finished early with an unproven today's model")
    }
}
