/// What `paradigm lint` found in one questionnaire or paradigm-text file (and the paradigm-text
/// file a questionnaire names): every schema error the loaders report and every semantic
/// finding, located and sorted.
package struct LintReport: Sendable {
    /// What was checked.
    package enum Subject: Sendable, Equatable {
        /// A questionnaire, with its paradigm texts.
        case questionnaire
        /// A paradigm-text file on its own.
        case paradigmTexts
        /// An operating-model file on its own, checked against the built-in questions.
        case operatingModel
    }

    /// The file checked, as diagnostics name it.
    package let fileName: String
    /// Whether it was a questionnaire or a paradigm-text file.
    package let subject: Subject
    /// Every finding, errors and warnings.
    package let diagnostics: Diagnostics
    /// The questionnaire, when it loaded (it may still have lint errors).
    package let questionnaire: Questionnaire?

    /// Whether any finding is an error (`paradigm lint` then exits 65).
    package var hasErrors: Bool { diagnostics.hasErrors }

    /// One line saying what was checked and what was found.
    package var summary: String {
        let warnings = diagnostics.warningCount
        let errors = diagnostics.errorCount
        if errors > 0 {
            return "\(fileName): \(Self.count(errors, "error")) and \(Self.count(warnings, "warning")).\n"
        }
        if warnings > 0 { return "\(fileName): no errors, \(Self.count(warnings, "warning")).\n" }
        guard let questionnaire else {
            let what = subject == .operatingModel ? "operating model" : "paradigm texts"
            return "\(fileName): no problems found in the \(what).\n"
        }
        return "\(fileName): no problems found (\(Self.count(questionnaire.questions.count, "question")) in "
            + "\(Self.count(questionnaire.sections.count, "section")), "
            + "\(Self.count(questionnaire.gates.count, "gate")); "
            + "every paradigm and both subservient directions can be the recommendation).\n"
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
