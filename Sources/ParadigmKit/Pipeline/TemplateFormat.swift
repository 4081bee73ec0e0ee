/// What `paradigm template` writes: one closed set, named by its `--format`.
public enum TemplateFormat: String, CaseIterable, Sendable {
    /// An answers file to fill in by hand.
    case yaml
    /// The header row of a survey that `paradigm import` reads.
    case csv
    /// A self-contained form to fill in in a browser.
    case html

    /// The template for `questionnaire`; `organisation` is what the browser form starts with.
    public func render(_ questionnaire: Questionnaire, organisation: String? = nil) -> String {
        switch self {
        case .yaml: AnswersTemplate.render(questionnaire)
        case .csv: SurveyTemplate.header(questionnaire)
        case .html: FormPage.render(questionnaire, organisation: organisation)
        }
    }
}
