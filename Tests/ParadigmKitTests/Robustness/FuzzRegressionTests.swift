import Foundation
import Testing

@testable import ParadigmKit

/// Replays, for each fuzz target, every input that ever made it fail (Fixtures/FuzzRegressions)
/// and every seed it starts from, checking the same property the target checks.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test(arguments: FuzzProperty.allCases)
    func savedInputsAndSeedsHold(_ property: FuzzProperty) throws {
        let builtIn = try Load.builtIn()
        let inputs = property.regressions + property.seeds
        #expect(!property.seeds.isEmpty)
        for url in inputs {
            let data = try Data(contentsOf: url)
            if let problem = property.check(data, builtIn: builtIn) {
                Issue.record("\(url.lastPathComponent): \(problem)")
            }
        }
    }
}
