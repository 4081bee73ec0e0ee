/// What reading survey exports needs of a questionnaire, prepared once per questionnaire and
/// kept with it (``Questionnaire/surveyVocabulary``): the titles columns may carry, a splitter
/// for each multiple-choice question, and, once a title is unknown, the candidates for a
/// suggestion. Preparing them folds every prompt, label and id, which cost more than reading a
/// small export.
final class SurveyVocabulary: Sendable {
    /// Maps titles to columns.
    let matcher: SurveyColumnMatcher
    /// The splitters of the multiple-choice questions, by question id.
    let splitters: [String: ChoiceSplitter]
    // The questions, not the questionnaire: the questionnaire keeps this vocabulary, and
    // keeping it back would make a cycle that is never freed.
    private let questions: [Question]
    private let suggestions = Once<TitleSuggestions>()

    init(_ questionnaire: Questionnaire) {
        questions = questionnaire.questions
        matcher = SurveyColumnMatcher(questionnaire)
        var splitters: [String: ChoiceSplitter] = [:]
        for question in questionnaire.questions where question.kind == .multiple {
            splitters[question.id] = ChoiceSplitter(question)
        }
        self.splitters = splitters
    }

    /// Did-you-mean for an unknown title; the candidates are prepared on the first call.
    func help(forUnknownTitle title: String) -> String {
        let prepared = suggestions.get { TitleSuggestions(questions) }
        return prepared.help(for: title)
    }
}

extension Questionnaire {
    /// What reading survey exports needs, prepared on first use and kept with the
    /// questionnaire.
    var surveyVocabulary: SurveyVocabulary {
        let made = derived.get { SurveyVocabulary(self) }
        return made as? SurveyVocabulary ?? SurveyVocabulary(self)
    }
}
