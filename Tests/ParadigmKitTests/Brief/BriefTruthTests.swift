import Foundation
import Testing

@testable import ParadigmKit

/// Nothing untrue in the brief: over every profile and example, every statement about the
/// organisation rests on answers (or says it is the tool's interpretation), no role is named
/// as an owner or contributor unless the answers show it, and the verdict word is the same in
/// the interview's last lines, the Markdown, the HTML page and JSON.
@Suite struct BriefTruthTests {
    /// The sections whose every list item and table row speaks about the organisation.
    static let aboutTheOrganisation = [
        "Executive summary", "Today against the target", "First 90 days", "Questions for the leadership offsite",
        "Appendix A: today against the target", "Appendix B: who owns each buying stage", "Why ",
    ]

    @Test func everyStatementAboutTheOrganisationHasGrounds() throws {
        #expect(ProfileTests.results.count >= 24)
        for result in ProfileTests.results {
            let analysis = BriefAnalysis(result.assessment)
            for detail in [BriefOptions.Detail.concise, .full] {
                var options = BriefOptions(date: "2026-12-07")
                options.detail = detail
                let document = BriefRenderer(analysis: analysis, options: options).document()
                var section = ""
                var counted = 0
                for block in document.blocks {
                    if case .heading(_, let text, _) = block { section = text }
                    guard Self.aboutTheOrganisation.contains(where: { section.hasPrefix($0) }) else { continue }
                    switch block {
                    case .bullets, .numbered, .table:
                        for (text, grounds) in block.statements {
                            counted += 1
                            #expect(grounds != .none, "\(result.profile.file), \(section): no grounds for “\(text)”")
                            if case .answers(let answers) = grounds {
                                // The grounds are the answers as given: a value where one was given.
                                for ground in answers {
                                    #expect(ground.value == result.assessment.answers[ground.questionID]?.value)
                                }
                            }
                        }
                    default: break
                    }
                }
                #expect(counted > 10, "\(result.profile.file): only \(counted) statements found")
            }
        }
    }

    /// Each profile with the operating model and the review of its recommendation.
    static func reviews() -> [(ProfileSet.Result, OperatingModel, OperatingModelReview)] {
        ProfileTests.results.compactMap { result in
            let assessment = result.assessment
            guard let model = assessment.questionnaire.operatingModel,
                let review = OperatingModelReview(assessment, target: assessment.recommendation)
            else { return nil }
            return (result, model, review)
        }
    }

    /// A role the answers do not show is never named as an owner or a contributor in its own
    /// name: its stand-in holds it, with the reason, or someone is to be named.
    @Test func noOwnerIsNamedThatTheAnswersDoNotShow() throws {
        var checked = 0
        for (result, model, review) in Self.reviews() {
            let assessment = result.assessment
            let brief = BriefRenderer(analysis: BriefAnalysis(assessment), options: BriefOptions(date: "2026-12-07"))
                .render()
            for role in model.roles where !role.existsWhen.isEmpty {
                let holder = review.cast.holder(role.id)
                guard holder.presence == .absent || holder.presence == .unknown else { continue }
                checked += 1
                for name in [role.name] + role.names.map(\.name) {
                    #expect(!brief.contains("Owner: \(name),"), "\(result.profile.file) names \(name)")
                    #expect(!brief.contains("Owner: \(name)."), "\(result.profile.file) names \(name)")
                    #expect(!brief.contains("with \(name)"), "\(result.profile.file) lists \(name)")
                }
            }
            // Today's owners come from the answers or are not known, never from a model.
            for row in review.journey where row.today != nil {
                let stage = model.journeyToday.first { $0.stage == row.stage }
                #expect(stage?.readings.contains { $0.name == row.today } == true)
            }
        }
        #expect(checked > 20, "only \(checked) roles not shown were checked")
    }

    /// The plan's own words never name a person the answers do not show: a step or result that
    /// needs the head of sales (or another named role) names whoever holds that role here
    /// (`{role_id}` in the data), or says the role is to be named, never the role as if it
    /// existed.
    @Test func noStepTextNamesAPersonTheAnswersDoNotShow() throws {
        var checked = 0
        for (result, model, review) in Self.reviews() {
            let texts = review.steps.flatMap { [$0.action, $0.result ?? ""] }
            for role in model.roles where role.name.hasPrefix("the ") && role.id != "ceo" {
                let holder = review.cast.holder(role.id)
                guard holder.presence == .absent || holder.presence == .unknown else { continue }
                checked += 1
                // "the head of sales to be named" says the role is still to be filled.
                for text in texts.map({ $0.replacingOccurrences(of: "\(role.name) to be named", with: "") }) {
                    #expect(!text.contains(role.name), "\(result.profile.file): \(text)")
                }
            }
        }
        #expect(checked > 5, "only \(checked) roles not shown were checked")
    }

    /// A company with no revenue leader, one being hired: the steps that belong to that role
    /// wait for the hire, and nobody else is silently made accountable for them.
    @Test func stepsOfARoleBeingHiredWaitForTheHire() throws {
        let questionnaire = try Load.builtIn()
        let result = try #require(ProfileTests.results.first { $0.profile.file == "subscription-no-cro.yaml" })
        var answers = result.assessment.answers
        answers.set(Answer(questionID: "cro_planned", value: .choice("yes")))
        let assessment = try Assessor.assess(answers, with: questionnaire)
        let review = try #require(OperatingModelReview(assessment, target: .assimilated))
        let waiting = review.steps.filter(\.waitsForHire)
        #expect(!waiting.isEmpty)
        #expect(waiting.allSatisfy { $0.owner == "the revenue leader being hired" })
        let brief = BriefRenderer(analysis: BriefAnalysis(assessment), options: BriefOptions(date: "2026-12-07"))
            .render()
        #expect(brief.contains("**Once the revenue leader being hired starts**"))
        // Before the hire, the revenue leader's steps are nobody else's.
        #expect(review.steps.filter { !$0.waitsForHire }.allSatisfy { !$0.owner.contains("revenue leader") })
    }

    @Test func theVerdictWordIsTheSameEverywhere() throws {
        for result in ProfileTests.results {
            let analysis = BriefAnalysis(result.assessment)
            let words = analysis.statement.call.words
            let lines = InterviewCommand.summary(analysis)
            #expect(lines[1].hasPrefix("Confidence:     \(words), "), "\(result.profile.file): \(lines[1])")
            let document = BriefRenderer(analysis: analysis, options: BriefOptions(date: "2026-12-07")).document()
            #expect(document.markdown.contains("**Confidence:** \(words): "), "\(result.profile.file)")
            let page = HTMLPage(document: document, charts: [:]).render()
            #expect(page.contains("<strong>Confidence:</strong> \(words): "), "\(result.profile.file)")
            let json = BriefJSON(analysis: analysis, options: BriefOptions(date: "2026-12-07")).document().rendered
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let confidence = (object["recommendation"] as? [String: Any])?["confidence"] as? [String: Any]
            #expect(confidence?["label"] as? String == analysis.statement.call.rawValue)
            #expect(confidence?["call"] as? String == analysis.statement.call.rawValue)
        }
    }

    /// "Ready now" is never a model a fired gate holds back, unless every model is held back.
    @Test func readyNowIsNeverAGatedModel() throws {
        for result in ProfileTests.results {
            let assessment = result.assessment
            let free = assessment.ranking.filter { assessment.gates(holding: $0).isEmpty }
            if !free.isEmpty {
                #expect(assessment.gates(holding: assessment.bestReadyNow).isEmpty, "\(result.profile.file)")
            }
        }
    }

    /// A firm with no self-serve path and little revenue closing without a rep never gets the
    /// product-led model as runner-up or as the model ready now; its scores mark it ruled out.
    @Test func theProductLedModelIsRuledOutWithoutASelfServePath() throws {
        var found = 0
        for result in ProfileTests.results {
            let assessment = result.assessment
            guard assessment.answers["has_trial"]?.value == .choice("no"),
                let share = assessment.answers["no_rep_revenue_share"]?.value,
                share.choosesAny(of: ["under_10", "10_to_40"])
            else { continue }
            found += 1
            #expect(assessment.runnerUp != .subservientProductLed, "\(result.profile.file)")
            #expect(assessment.bestReadyNow != .subservientProductLed, "\(result.profile.file)")
            #expect(assessment.ranking.last == .subservientProductLed, "\(result.profile.file)")
            let brief = BriefRenderer(analysis: BriefAnalysis(assessment), options: BriefOptions(date: "2026-12-07"))
                .render()
            #expect(brief.contains("(ruled out)") && brief.contains("**Ruled out:**"), "\(result.profile.file)")
        }
        #expect(found >= 5)
    }

    /// A firm that runs marketing under sales without written rules reads as that shape with
    /// an undefined depth of practice, not as "no model at all".
    @Test func shapeAndDepthAreTwoAxes() throws {
        let result = try #require(
            ProfileTests.results.first { $0.profile.file == "subscription-marketing-under-sales.yaml" })
        var answers = result.assessment.answers
        for (id, value) in [
            ("lead_definition", "none"), ("sla", "none"), ("governance_forum", "none"),
            ("blame_when_miss", "other_team_blamed"),
            ("trust_no_blame", "1"), ("trust_common_language", "1"), ("trust_one_funnel", "1"),
        ] {
            answers.set(Answer(questionID: id, value: .choice(value)))
        }
        let assessment = try Assessor.assess(answers, with: try Load.builtIn())
        let analysis = BriefAnalysis(assessment)
        #expect(assessment.closestPractice == .subservientSalesLed)
        #expect(analysis.depth?.stage.id == "undefined")
        let brief = BriefRenderer(analysis: analysis, options: BriefOptions(date: "2026-12-07")).render()
        #expect(brief.contains("Subservient (marketing in service of sales)"))
        #expect(brief.contains("*undefined* stage"))
        #expect(!brief.contains("you are not"))
        #expect(InterviewCommand.summary(analysis)[2].contains("in shape, undefined in depth of practice"))
    }
}
