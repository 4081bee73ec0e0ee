import Foundation
import Testing

@testable import ParadigmKit

/// The realistic profiles of Examples/profiles/ (the four archetypes among them): each gets the
/// recommendation and the as-is reading a reviewer expects, for the reasons its manifest gives.
@Suite struct ProfileTests {
    static let manifest = Paths.examples.appendingPathComponent("profiles/profiles.yaml")

    static func profiles() throws -> ProfileSet {
        try ProfileSet.load(
            SourceFile(name: "profiles.yaml", text: try Load.text(manifest)),
            folder: manifest.deletingLastPathComponent())
    }

    static let results: [ProfileSet.Result] = {
        do { return try profiles().results(with: try Load.builtIn()) } catch { return [] }
    }()

    @Test func thereAreEnoughProfilesOfEveryKind() throws {
        let set = try Self.profiles()
        #expect(set.profiles.count >= 24)
        for stance in Stance.allCases {
            #expect(set.profiles.filter { $0.recommendation == stance }.count >= 4, "too few profiles expect \(stance)")
        }
        #expect(set.profiles.contains { $0.asIs == nil }, "a profile should read as undefined")
        #expect(
            set.profiles.filter { $0.asIs != $0.recommendation }.count >= 8,
            "profiles should often run another model today")
        for example in Paths.exampleAnswers.map(\.lastPathComponent) {
            #expect(set.profiles.contains { $0.file == "../\(example)" }, "the archetype \(example) is not a profile")
        }
    }

    @Test(arguments: try profiles().profiles.map(\.file))
    func profileGetsItsExpectedResult(_ file: String) throws {
        let result = try #require(Self.results.first { $0.profile.file == file }, "\(file) did not load")
        let assessment = result.assessment
        #expect(
            assessment.recommendation == result.profile.recommendation,
            "\(file): expected \(result.profile.recommendation), got \(assessment.recommendation)")
        let got = assessment.isUndefined ? "undefined" : assessment.asIs?.rawValue ?? "none"
        #expect(result.asIsHits, "\(file): expected as-is \(result.profile.asIs?.rawValue ?? "undefined"), got \(got)")
        let statement = ConfidenceStatement(assessment, Sensitivity(assessment))
        if result.profile.close {
            #expect(statement.call == .close, "\(file): a close profile should be called close, not \(statement.call)")
        } else {
            #expect(assessment.confidence.margin >= 8, "\(file): a profile not marked close should win clearly")
        }
    }

    /// Every profile file reads without a warning.
    @Test(arguments: try profiles().profiles.map(\.file))
    func profileReadsCleanly(_ file: String) throws {
        let url = Self.manifest.deletingLastPathComponent().appendingPathComponent(file)
        let source = SourceFile(name: file, text: try Load.text(url))
        let loaded = try AnswersLoader.load(source, questionnaire: try Load.builtIn())
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.rendered)")
    }
}
