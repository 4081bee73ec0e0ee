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
    }

    @Test(arguments: [
        "broken.yaml:1:1: error: the operating model has no model for `assimilated`",
        "broken.yaml:8:5: error: element `e` comes after itself through `after:`; the plan would have no order",
        "broken.yaml:13:5: error: the model `siloed` names no owner for the journey stage `problem_identification`",
        "broken.yaml:20:15: error: `nope` is not an option of `sla`",
        "broken.yaml:22:16: error: the model `siloed` names the role `b`, which is not in `roles`",
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
