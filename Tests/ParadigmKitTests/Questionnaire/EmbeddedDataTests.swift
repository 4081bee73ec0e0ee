import Foundation
import Testing

@testable import ParadigmKit

/// The binary carries the default questionnaire's files as text, so that it works when copied
/// alone. These fail when the copy drifts from Questionnaires/. Fix: run
/// Scripts/embed-questionnaire.sh.
@Suite struct EmbeddedDataTests {
    @Test func embeddedQuestionnaireMatchesTheFile() throws {
        let file = try Load.text(Paths.questionnaires.appendingPathComponent("paradigm-advisor.yaml"))
        #expect(EmbeddedData.questionnaire == file, "run Scripts/embed-questionnaire.sh")
    }

    @Test func embeddedTextsMatchTheFile() throws {
        let file = try Load.text(Paths.questionnaires.appendingPathComponent("paradigms.yaml"))
        #expect(EmbeddedData.texts == file, "run Scripts/embed-questionnaire.sh")
    }
}
