import Foundation
import Testing

@testable import ParadigmKit

/// Today against the target and the plan from the gaps, read from the operating-model data.
@Suite struct OperatingModelReviewTests {
    static func assess(_ file: String, _ changes: [String: AnswerValue?] = [:]) throws -> Assessment {
        let questionnaire = try Load.builtIn()
        let url = Paths.examples.appendingPathComponent(file)
        var answers = try AnswersLoader.load(
            SourceFile(name: url.lastPathComponent, text: try Load.text(url)),
            questionnaire: questionnaire
        ).answers
        for (id, value) in changes {
            if let value { answers.set(Answer(questionID: id, value: value)) } else { answers.remove(id) }
        }
        _ = answers.dropInapplicable(in: questionnaire)
        return try Assessor.assess(answers, with: questionnaire)
    }

    static func review(_ assessment: Assessment, _ target: Stance? = nil) throws -> OperatingModelReview {
        try #require(OperatingModelReview(assessment, target: target ?? assessment.recommendation))
    }

    /// Each element's state follows its detection: in place, partly, missing, unknown.
    @Test(arguments: [
        ("lead_definition", AnswerValue.choice("joint_lead"), OperatingModelReview.State.inPlace),
        ("lead_definition", .choice("sales_decides"), .partly),
        ("lead_definition", .choice("none"), .missing),
        ("lead_definition", .unsure, .unknown),
        ("handoff_sla", .choice("two_way_reported"), .inPlace),
        ("handoff_sla", .choice("none"), .missing),
        ("handoff_sla", .unsure, .unknown),
    ])
    func elementStateFollowsTheAnswers(
        _ element: String, _ value: AnswerValue, _ expected: OperatingModelReview.State
    ) throws {
        let question = element == "handoff_sla" ? "sla" : element
        let assessment = try Self.assess("profiles/multi-segment-lab-supplies.yaml", [question: value])
        let review = try Self.review(assessment, .siloed)
        let state = try #require(review.elements.first { $0.element.id == element })
        #expect(state.state == expected, "\(element) = \(value)")
    }

    /// No plan, for any profile and any target model, proposes an element the answers show in place.
    @Test func aPlanNeverProposesWhatIsInPlace() throws {
        for result in ProfileTests.results {
            for stance in Stance.allCases {
                let review = try Self.review(result.assessment, stance)
                let inPlace = Set(review.elements.filter { $0.state == .inPlace }.map(\.element.id))
                for step in review.steps {
                    #expect(!inPlace.contains(step.element.id), "\(result.profile.file), \(stance): \(step.element.id)")
                    #expect(step.state == .missing || step.state == .partly)
                }
            }
        }
    }

    /// Two organisations that differ in one element get plans that differ in exactly that step.
    @Test func plansDifferInExactlyTheElementThatDiffers() throws {
        let base = try Self.assess("profiles/multi-segment-lab-supplies.yaml", ["sla": .choice("none")])
        let other = try Self.assess("profiles/multi-segment-lab-supplies.yaml", ["sla": .choice("two_way_reported")])
        #expect(base.recommendation == other.recommendation)
        let a = Set(try Self.review(base).steps.map(\.element.id))
        let b = Set(try Self.review(other).steps.map(\.element.id))
        #expect(a.symmetricDifference(b) == ["handoff_sla"])
    }

    /// An organisation that already has a revenue leader, one revenue operations team and one
    /// CRM is never told to create them.
    @Test func whatExistsIsNeverProposed() throws {
        let assessment = try Self.assess(
            "profiles/turnaround-subscription.yaml",
            [
                "cro_in_place": .choice("yes"), "reporting_lines": .choice("both_to_revenue_leader"),
                "revops": .choice("unified"), "single_source": .choice("yes"), "sla": .choice("two_way_reported"),
            ])
        let steps = Set(try Self.review(assessment, .assimilated).steps.map(\.element.id))
        for element in ["reporting_lines", "revenue_operations", "shared_data", "handoff_sla"] {
            #expect(!steps.contains(element), "\(element) is in place but the plan proposes it")
        }
    }

    /// A company that sells through partners gets partner registration and the partner
    /// programme, not a marketing-to-sales lead handoff.
    @Test func aChannelCompanysPlanSpeaksOfPartners() throws {
        let assessment = try Self.assess("profiles/dealer-network-machinery.yaml")
        let ids = try Self.review(assessment).elements.map(\.element.id)
        #expect(ids.contains("partner_deal_registration"))
        #expect(ids.contains("partner_programme"))
        #expect(!ids.contains("handoff_sla"))
    }

    /// A company under 50 people gets founder-stage steps, never a two-department programme.
    @Test func aSmallCompanyGetsFounderStageAdvice() throws {
        let assessment = try Self.assess("profiles/founder-led-band-edge.yaml")
        let review = try Self.review(assessment)
        #expect(review.isSmall)
        for step in review.steps where step.element.twoDepartments {
            #expect(step.element.smallCompany != nil, "\(step.element.id) is a two-department step")
            #expect(step.action == step.element.smallCompany)
        }
    }

    /// No brief names a role the answers do not give: no CMO ever (nothing asks about one), and a
    /// chief revenue officer only where the answers say one is in place.
    @Test func noBriefNamesARoleTheOrganisationDoesNotHave() throws {
        for result in ProfileTests.results {
            let brief = BriefRenderer(
                analysis: BriefAnalysis(result.assessment), options: BriefOptions(date: "2026-12-02")
            ).render()
            // The advice addressed to the organisation: from the gap table to the offsite questions.
            let start = brief.range(of: "## Today against the target")?.lowerBound ?? brief.startIndex
            let ends = ["## What the research says", "## Appendix: the method in brief", "## Sources"]
            let end = ends.compactMap { brief.range(of: $0)?.lowerBound }.min() ?? brief.endIndex
            // The respondent's own words, quoted in the offsite questions, are theirs to use.
            let parts = String(brief[start..<max(start, end)]).components(separatedBy: "“")
            let plan =
                ([parts.first ?? ""] + parts.dropFirst().map { $0.components(separatedBy: "”").dropFirst().joined() })
                .joined()
            #expect(!plan.contains("CMO"), "\(result.profile.file) names a CMO")
            let hasCRO = result.assessment.answers["cro_in_place"]?.value == .choice("yes")
            if !hasCRO {
                #expect(
                    !plan.contains("chief revenue officer"),
                    "\(result.profile.file) names a chief revenue officer it does not have")
            }
        }
    }
}
