/// What a column of a survey export holds, decided from its title in the header row.
package enum SurveyColumn: Sendable, Hashable {
    /// The answers to a question (titled with its id or its exact prompt).
    case question(String)
    /// A field of the respondent.
    case respondent(RespondentField)
    /// A column form tools add (a timestamp, an email address): left out, with a note.
    case metadata
    /// A column without a title and without values (a trailing delimiter): left out silently.
    case empty
    /// A column the user asked to leave out with `--skip-column`.
    case skipped

    /// A field of ``Respondent``.
    package enum RespondentField: String, Sendable, Hashable, CaseIterable {
        /// The respondent's name.
        case name
        /// Their role id or label.
        case role
        /// The organisation the answers describe.
        case organisation
    }
}

/// Maps header titles to columns: question ids, exact prompts, respondent fields by id or by
/// their natural titles, and the columns form tools add. Titles are compared ignoring case,
/// runs of spaces, curly quotes and a trailing `?`, `:`, `.` or `*` (a required-question mark).
struct SurveyColumnMatcher {
    /// Titles of respondent columns, normalised.
    static let respondentTitles: [SurveyColumn.RespondentField: [String]] = [
        .name: [
            "name", "your name", "full name", "respondent", "respondent name", "respondent.name", "what is your name",
        ],
        .role: [
            "role", "your role", "job role", "respondent role", "respondent.role", "what is your role",
            "which best describes your role", "which role best describes you",
        ],
        .organisation: [
            "organisation", "organization", "company", "company name", "organisation name", "organization name",
            "your organisation", "your organization", "your company", "respondent.organisation",
            "respondent.organization", "which organisation do your answers describe",
        ],
    ]

    /// Titles of the columns Google Forms, Microsoft Forms, Typeform and SurveyMonkey add, normalised.
    static let metadataTitles: Set<String> = [
        "timestamp", "email", "email address", "e-mail", "e-mail address", "start time", "completion time",
        "last modified time", "submitted at", "submit date (utc)", "start date (utc)", "stage date (utc)",
        "network id", "token", "#", "id", "response id", "respondent id", "collector id", "ip address", "score",
        "total score", "date submitted", "date created", "date modified", "end date", "start date", "time taken",
    ]

    private var byTitle: [String: SurveyColumn] = [:]

    init(_ questionnaire: Questionnaire) {
        for (field, titles) in Self.respondentTitles {
            for title in titles { byTitle[title] = .respondent(field) }
        }
        for title in Self.metadataTitles { byTitle[title] = .metadata }
        for question in questionnaire.questions {
            byTitle[Self.normalised(question.prompt)] = .question(question.id)
        }
        // Ids win over everything else: a question id is never ambiguous.
        for question in questionnaire.questions { byTitle[Self.normalised(question.id)] = .question(question.id) }
    }

    /// The column a title names, or `nil` when it names nothing known.
    func column(_ title: String) -> SurveyColumn? { byTitle[Self.normalised(title)] }

    /// A title as compared: lower case, single spaces, straight quotes, no trailing `?:.*`.
    static func normalised(_ title: String) -> String {
        var text = SurveyRowReader.straightened(title.lowercased())
        text = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = text.last, "?:.* ".contains(last) { text.removeLast() }
        return text
    }
}
