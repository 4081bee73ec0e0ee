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
        for question in questionnaire.questions where question.kind == .multiple { splitters[question.id] = ChoiceSplitter(question) }
        self.splitters = splitters
    }

    /// Did-you-mean for an unknown title; the candidates are prepared on the first call.
    func help(forUnknownTitle title: String) -> String {
        let prepared = suggestions.get { TitleSuggestions(questions) }
        return prepared.help(for: title)
    }
}

/// Remembers what is derived from a questionnaire on first use. Shared by the copies of one
/// questionnaire, which never change.
final class QuestionnaireMemo: Sendable {
    private let survey = Once<SurveyVocabulary>()

    /// The survey vocabulary of `questionnaire` (the questionnaire this memo belongs to).
    func surveyVocabulary(_ questionnaire: Questionnaire) -> SurveyVocabulary {
        survey.get { SurveyVocabulary(questionnaire) }
    }
}
