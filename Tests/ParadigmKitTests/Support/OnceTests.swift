import Synchronization
import Testing

@testable import ParadigmKit

/// A value made on first use is made once, however many threads ask for it at once.
@Suite struct OnceTests {
    @Test func theValueIsMadeOnceForEveryThread() {
        let once = Once<Int>()
        let made = Atomic(0)
        let values = Parallel.map(Array(0..<1_000), contexts: [(), ()], minimumPerCore: 1) { _, item in
            once.get {
                made.add(1, ordering: .relaxed)
                return item
            }
        }
        #expect(made.load(ordering: .relaxed) == 1)
        #expect(Set(values).count == 1)
    }

    @Test func aQuestionnaireAndItsCopiesShareOneSurveyVocabulary() throws {
        let questionnaire = try Questionnaire.builtIn()
        let copy = questionnaire
        #expect(questionnaire.surveyVocabulary === copy.surveyVocabulary)
        #expect(try Questionnaire.builtIn().surveyVocabulary !== questionnaire.surveyVocabulary)
    }
}
