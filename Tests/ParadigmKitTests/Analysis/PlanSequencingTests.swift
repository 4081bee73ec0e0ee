import Foundation
import Testing

@testable import ParadigmKit

/// Rules before structure, and people: no reporting-line change in days 1–30 where the answers
/// show no written rules (unless the change is decided), and a brief that moves authority says
/// who gains and who loses it and what to watch.
@Suite struct PlanSequencingTests {
    static func brief(_ assessment: Assessment) -> String {
        BriefRenderer(analysis: BriefAnalysis(assessment), options: BriefOptions(date: "2026-12-02")).render()
    }

    @Test func noReportingLineChangeInTheFirstMonthWithoutWrittenRules() throws {
        let model = try #require(try Load.builtIn().operatingModel)
        let rules = try #require(model.rulesFirst)
        var checked = 0
        for result in ProfileTests.results {
            let answers = result.assessment.answers
            guard rules.applies(answers: { answers[$0]?.value }) else { continue }
            let review = try #require(
                OperatingModelReview(result.assessment, target: result.assessment.recommendation))
            for step in review.steps where rules.elements.contains(step.element.id) {
                checked += 1
                #expect(step.phase >= 2, "\(result.profile.file): \(step.element.id) in days 1–30")
            }
        }
        #expect(checked >= 3)
    }

    /// The same organisation with its rules written may change its reporting lines at once.
    @Test func writtenRulesLetTheStructureMoveFirst() throws {
        let none = try OperatingModelReviewTests.assess(
            "profiles/no-model-managed-it.yaml", ["cro_planned": .choice("no")])
        let written = try OperatingModelReviewTests.assess(
            "profiles/no-model-managed-it.yaml",
            [
                "cro_planned": .choice("no"), "lead_definition": .choice("joint_lead"),
                "decision_rights": .choice("agreed_rules"), "sla": .choice("two_way_reported"),
            ])
        let waiting = try OperatingModelReviewTests.review(none)
        let ready = try OperatingModelReviewTests.review(written)
        let structural = { (review: OperatingModelReview) in
            review.steps.first { $0.element.id == "reporting_lines" }?.phase
        }
        #expect(waiting.rulesFirst != nil)
        #expect(structural(waiting).map { $0 >= 2 } ?? true)
        #expect(ready.rulesFirst == nil)
    }

    @Test func aBriefThatMovesAuthorityNamesWhoGainsAndWhatToWatch() throws {
        var moved = 0
        for result in ProfileTests.results {
            let assessment = result.assessment
            let review = try #require(OperatingModelReview(assessment, target: assessment.recommendation))
            let brief = Self.brief(assessment)
            if review.steps.contains(where: { $0.element.id == "reporting_lines" && $0.result != nil }) {
                moved += 1
                #expect(brief.contains("Who gains and who loses authority"), "\(result.profile.file)")
            }
            let analysis = BriefAnalysis(assessment)
            if let asIs = analysis.provenAsIs, asIs.paradigm != assessment.recommendation.paradigm {
                #expect(brief.contains("What to watch on the way from"), "\(result.profile.file)")
            }
        }
        #expect(moved >= 5)
    }
}
