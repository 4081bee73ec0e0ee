/// The header row `paradigm import` reads, and the note on setting up a form that produces it.
package enum SurveyTemplate {
    /// The header row: `name`, `role`, `organisation`, then every question id in order.
    package static func header(_ questionnaire: Questionnaire) -> String {
        CSVWriter.record(SurveyColumn.RespondentField.allCases.map(\.rawValue) + questionnaire.questions.map(\.id))
    }

    /// How to set up a form whose export imports cleanly.
    package static func note(_ questionnaire: Questionnaire) -> String {
        let roles =
            ("give \"Your role\" these choices: "
            + questionnaire.roles.map { "\"\($0.label)\"" }.joined(separator: ", ") + ".")
            .wrapped(width: 80).map { "     " + $0 + "\n" }.joined()
        return """
            This is the header row 'paradigm import' reads: name, role and organisation, then one
            column per question id. To collect answers with Google Forms, Microsoft Forms or Typeform:
              1. Add the three respondent questions ("Your name", "Your role", "Organisation");

            """ + roles + """
                  2. Add one question per remaining column, titled with its prompt exactly as
                     'paradigm template' shows it (or with the id itself). Use the matching type:
                     single and yes/no as multiple choice, multiple as checkboxes, scale as a linear
                     scale from 1 to 5, number as short answer, text as paragraph. Give the choices
                     the labels 'paradigm template' lists; ids work too.
                  3. Download the responses as CSV and run: paradigm import responses.csv -o answers/
                Timestamp and email columns are left out. docs/import.md has the details.

                """
    }
}
