import Foundation
import Testing

@testable import ParadigmKit

/// The operating-model file is checked against the questionnaire: every condition, role,
/// element, stage and dependency, each problem located.
@Suite struct OperatingModelLoaderTests {
    @Test func theBuiltInOperatingModelLoadsWithEveryModelAndStage() throws {
        let model = try #require(try Load.builtIn().operatingModel)
        #expect(Set(model.models.map(\.stance)) == Set(Stance.allCases))
        for candidate in model.models {
            #expect(candidate.designs.count == model.elements.count, "\(candidate.stance)")
            #expect(candidate.journey.map(\.stage) == JourneyStage.allCases, "\(candidate.stance)")
        }
        #expect(!model.revisit.isEmpty)
        #expect(model.smallCompany != nil)
        #expect(!model.phrases.isEmpty)
    }

    /// A phrase is worded by the first variant whose condition holds, phrases within phrases
    /// included; a placeholder no phrase defines stays as written.
    @Test(arguments: [
        ("one_off", "orders booked this quarter"), ("subscription", "new annual recurring revenue"),
        ("projects", "contracts won this quarter"), ("usage", "new committed revenue"),
        ("mixed", "new revenue booked this quarter"),
    ])
    func aPhraseFollowsTheRevenueModel(_ revenueModel: String, _ expected: String) throws {
        let model = try #require(try Load.builtIn().operatingModel)
        let wording = model.wording { id in id == "revenue_model" ? .choice(revenueModel) : nil }
        #expect(wording("Example: {revenue_measure}.").contains(expected), "\(revenueModel)")
        #expect(wording("{not_a_phrase}") == "{not_a_phrase}")
    }

    @Test(arguments: [
        "broken.yaml:1:1: error: the operating model has no model for `assimilated`",
        "broken.yaml:8:5: error: element `e` comes after itself through `after:`; the plan would have no order",
        "broken.yaml:13:5: error: the model `siloed` names no owner for the journey stage `problem_identification`",
        "broken.yaml:20:15: error: `nope` is not an option of `sla`",
        "broken.yaml:22:16: error: the model `siloed` names the role `b`, which is not in `roles`",
        "broken.yaml:29:5: error: the phrase `known` uses `{unknwn}`, which is not in `phrases`",
    ])
    func aBrokenFileIsRefusedWithLocatedErrors(_ expected: String) throws {
        let text = try Load.text(Paths.fixture("OperatingModel/broken.yaml"))
        let questions = try Load.builtIn().questions
        do {
            _ = try OperatingModelLoader.load(SourceFile(name: "broken.yaml", text: text), questions: questions)
            Issue.record("the broken file loaded")
        } catch {
            #expect(error.rendered.contains(expected), "\(error.rendered)")
        }
    }
}
