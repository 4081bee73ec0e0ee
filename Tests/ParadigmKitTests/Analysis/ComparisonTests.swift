import Testing

@testable import ParadigmKit

@Suite struct ComparisonTests {
    /// Two changes, checked against the Shapley formula written out:
    /// φ₁ = ½[(v(1) − v(∅)) + (v(12) − v(2))].
    @Test func twoChangesMatchTheFormula() throws {
        let before = "motion: field\ntrust: 2\nchannels: a"
        let after = "motion: hybrid\ntrust: 5\nchannels: a"
        let comparison = Comparison.compare(try AnalysisFixture.assess(before), try AnalysisFixture.assess(after))
        #expect(comparison.attribution == .exactShapley)
        #expect(comparison.changes.map(\.questionID) == ["motion", "trust"])
        let v0 = try AnalysisFixture.assess(before)
        let v1 = try AnalysisFixture.assess("motion: hybrid\ntrust: 2\nchannels: a")
        let v2 = try AnalysisFixture.assess("motion: field\ntrust: 5\nchannels: a")
        let v12 = try AnalysisFixture.assess(after)
        for (k, stance) in Stance.allCases.enumerated() {
            let s = { (a: Assessment) in a.fit.score(stance) }
            let expected = ((s(v1) - s(v0)) + (s(v12) - s(v2))) / 2
            #expect(abs(comparison.changes[0].fit[k] - expected) < 1e-9)
        }
    }

    /// The shares add up to each paradigm's total change, exact or sampled.
    @Test func sharesAddUp() throws {
        let questionnaire = try Load.builtIn()
        let load = { (name: String) throws -> Assessment in
            let text = try Load.text(Paths.examples.appendingPathComponent("compare/\(name)"))
            return try Assessor.assess(try Load.answers(text, questionnaire, name: name), with: questionnaire)
        }
        let comparison = Comparison.compare(try load("meridian-2025.yaml"), try load("meridian-2026.yaml"))
        #expect(comparison.changes.count > Comparison.exactLimit)
        for (k, stance) in Stance.allCases.enumerated() {
            #expect(abs(comparison.changes.map { $0.fit[k] }.reduce(0, +) - comparison.fitChange(stance)) < 1e-9)
            #expect(abs(comparison.changes.map { $0.asIs[k] }.reduce(0, +) - comparison.asIsChange(stance)) < 1e-9)
        }
    }

    /// 400 orders of n changed answers each score all q questions n times: past
    /// ``Comparison/scoringBudget`` the comparison averages fewer orders (3,000 changed answers
    /// of a 3,000-question questionnaire took minutes), and the shares still add up.
    @Test func manyChangedAnswersInALongQuestionnaireAverageFewerOrders() throws {
        #expect(Comparison.orders(changed: 60, questions: 63) == Comparison.sampledOrders)
        #expect(Comparison.orders(changed: 3_000, questions: 3_000) == 1)
        #expect(Comparison.orders(changed: 1_000, questions: 1_000) == 10)
        let questionnaire = try Load.builtIn()
        let load = { (name: String) throws -> Assessment in
            let text = try Load.text(Paths.examples.appendingPathComponent("compare/\(name)"))
            return try Assessor.assess(try Load.answers(text, questionnaire, name: name), with: questionnaire)
        }
        let (before, after) = (try load("meridian-2025.yaml"), try load("meridian-2026.yaml"))
        #expect(Comparison.compare(before, after).attribution == .sampledShapley(orders: Comparison.sampledOrders))
        // With a budget of three orders' work, three orders are averaged, and they add up.
        let n = Comparison.compare(before, after).changes.count
        let comparison = Comparison.compare(before, after, scoringBudget: 3 * n * questionnaire.questions.count)
        #expect(comparison.attribution == .sampledShapley(orders: 3))
        for (k, stance) in Stance.allCases.enumerated() {
            #expect(abs(comparison.changes.map { $0.fit[k] }.reduce(0, +) - comparison.fitChange(stance)) < 1e-9)
            #expect(abs(comparison.changes.map { $0.asIs[k] }.reduce(0, +) - comparison.asIsChange(stance)) < 1e-9)
        }
    }

    @Test func identicalAnswersChangeNothing() throws {
        let assessment = try AnalysisFixture.assess("motion: field\ntrust: 2")
        let comparison = Comparison.compare(assessment, assessment)
        #expect(comparison.changes.isEmpty)
        #expect(Stance.allCases.allSatisfy { comparison.fitChange($0) == 0 })
    }
}
