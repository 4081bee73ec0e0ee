import Foundation
import Testing

@testable import ParadigmKit

/// The plan is composed from the organisation: its wording follows the revenue model and the
/// motion, a firm of several units pilots a move onto one system in one unit, and two profiles
/// with different answers never share a plan.
@Suite struct PlanCompositionTests {
    /// Every text the review of the recommended model gives a reader: the elements' titles,
    /// targets and starters, the steps and the journey's stage names.
    static func texts(_ assessment: Assessment) throws -> [String] {
        let review = try #require(OperatingModelReview(assessment, target: assessment.recommendation))
        return review.elements.flatMap { [$0.element.title, $0.design.target, $0.element.starter ?? ""] }
            + review.steps.flatMap { [$0.action, $0.result ?? ""] } + review.journey.map(\.title)
    }

    static func chosen(_ assessment: Assessment, _ id: String) -> [String] {
        assessment.answers[id]?.value.optionIDs ?? []
    }

    /// No subscription or self-serve words where the answers rule them out: a firm that sells
    /// one-off or by the project, with no trial, reads of orders, quotes and repeat business.
    @Test func aFirmThatDoesNotRenewReadsNoSubscriptionWords() throws {
        let words = ["recurring revenue", "net revenue retention", "trial", "demo", "renewal", "logistics firm"]
        var checked = 0
        for result in ProfileTests.results {
            let assessment = result.assessment
            guard !Set(Self.chosen(assessment, "revenue_model")).isDisjoint(with: ["one_off", "projects"]),
                Self.chosen(assessment, "has_trial") != ["yes"]
            else { continue }
            checked += 1
            let text = try Self.texts(assessment).joined(separator: "\n").lowercased()
            for word in words {
                #expect(!text.contains(word), "\(result.profile.file): the plan says “\(word)”")
            }
            if Set(Self.chosen(assessment, "cs_placement")).isSubset(of: ["none"]) {
                #expect(!text.contains("customer success"), "\(result.profile.file): no customer success team")
            }
        }
        #expect(checked >= 8)
    }

    /// A subscription firm's scorecard starter keeps its recurring-revenue measures.
    @Test func aSubscriptionFirmKeepsItsRecurringMeasures() throws {
        let result = try #require(ProfileTests.results.first { $0.profile.file == "subscription-no-cro.yaml" })
        let text = try Self.texts(result.assessment).joined(separator: "\n")
        #expect(text.contains("annual recurring revenue"))
    }

    /// A firm run by business units, or of 5,000 people or more, pilots a move onto one system
    /// in one unit first: never a company-wide move in the first month.
    @Test func aFirmOfSeveralUnitsPilotsInOne() throws {
        var checked = 0
        for result in ProfileTests.results {
            let assessment = result.assessment
            let multi =
                Self.chosen(assessment, "reporting_lines").contains("by_business_unit")
                || Self.chosen(assessment, "company_stage").contains("mature_multi")
                || Self.chosen(assessment, "company_size").contains("5000_plus")
            let review = try #require(OperatingModelReview(assessment, target: assessment.recommendation))
            guard multi, let step = review.steps.first(where: { $0.element.id == "shared_data" }) else { continue }
            checked += 1
            #expect(step.action.contains("pilot"), "\(result.profile.file): \(step.action)")
        }
        #expect(checked >= 1)
    }

    /// Two profiles whose answers differ never share the same 90-day plan, word for word.
    @Test func plansDifferWhereTheAnswersDiffer() throws {
        var seen: [String: String] = [:]
        for result in ProfileTests.results {
            let brief = BriefRenderer(
                analysis: BriefAnalysis(result.assessment), options: BriefOptions(date: "2026-12-02")
            ).render()
            guard let start = brief.range(of: "\n## First 90 days") else { continue }
            let rest = brief[start.upperBound...]
            let plan = String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
            if let other = seen[plan] {
                Issue.record("\(result.profile.file) and \(other) share a plan")
            }
            seen[plan] = result.profile.file
        }
        #expect(seen.count >= 24)
    }
}
