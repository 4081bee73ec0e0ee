/// The answers file's schema in one place: its keys, the respondent's fields and the rules that
/// decide what an answer is. ``AnswersLoader`` (the general way, which reports every problem)
/// and ``PlainAnswersReader`` (the quick way through plain files) both read it, so a key or a
/// rule changed here changes for both.
enum AnswersSchema {
    /// The top-level keys.
    enum Key: String, CaseIterable {
        case questionnaire, version, respondent, answers

        /// The keys a file must have.
        static let required: [Key] = [.questionnaire, .answers]
    }

    /// The keys under `respondent:`, each optional.
    enum RespondentKey: String, CaseIterable {
        case name, role, organisation
    }

    /// Whether `questionnaire:`'s value names the questionnaire in use.
    static func names(_ questionnaire: Questionnaire, _ value: String) -> Bool {
        value.trimmingWhitespace() == questionnaire.id
    }

    /// Whether a role id is one of the questionnaire's roles.
    static func isRole(_ id: String, of questionnaire: Questionnaire) -> Bool {
        questionnaire.roles.contains { $0.id == id }
    }

    /// Whether a question must be answered where it is asked: a choice or number that cannot be
    /// `unsure`, or a text that is not optional. Left blank in a file, it is an error (the form
    /// and the interview refuse to go on without it).
    static func isRequired(_ question: Question) -> Bool {
        question.kind == .text ? !question.optional : !question.unsureAllowed
    }

    /// Whether an answer's text leaves the question unanswered: blank is not answered.
    static func isUnanswered(_ text: String) -> Bool { text.trimmingWhitespace().isEmpty }

    // An answer to a question whose `when:` does not hold is ignored, with a warning: the rule is
    // ``Answers/dropInapplicable(in:)``, which both readers apply.
}
