import Foundation

/// The questionnaire as the browser form reads it: sections, prompts, help, options,
/// conditions and each question's ``FormRule``, embedded in the page as JSON.
package struct FormData: Sendable, Equatable, Encodable {
    /// A role a respondent may pick.
    package struct Role: Sendable, Equatable, Encodable {
        /// The role id written to the answers file.
        package let id: String
        /// What a person reads.
        package let label: String
        /// Whether the role answers only about its own work (``ParadigmKit/Role/Scope/ownWork``).
        package let ownWork: Bool
    }

    /// An option as shown.
    package struct Choice: Sendable, Equatable, Encodable {
        /// The option id written to the answers file.
        package let id: String
        /// What a person reads.
        package let label: String
    }

    /// One clause of a `when:` condition: an earlier question's answer is one of `options`.
    package struct Clause: Sendable, Equatable, Encodable {
        /// The question the clause reads.
        package let question: String
        /// The option ids (band ids, scale points) that satisfy it.
        package let options: [String]
    }

    /// One question.
    package struct Item: Sendable, Equatable, Encodable {
        /// The question id.
        package let id: String
        /// The question as asked.
        package let prompt: String
        /// Why it matters.
        package let help: String
        /// The options with their labels (scale points and yes/no included; empty for numbers
        /// and text).
        package let choices: [Choice]
        /// When it is asked: every clause must hold; empty for always.
        package let when: [Clause]
        /// What the form accepts.
        package let rule: FormRule
        /// Whether every role is asked it (``Question/askedOfEveryone``).
        package let everyone: Bool
        /// On the practice checklist: the design element it shows; `nil` elsewhere.
        package var element: String?
    }

    /// One section.
    package struct Part: Sendable, Equatable, Encodable {
        /// The section id.
        package let id: String
        /// Its title.
        package let title: String
        /// The introduction shown before its questions.
        package let intro: String
        /// Its questions in order.
        package let questions: [Item]
        /// Whether it is the practice checklist: one compact row per question.
        package var checklist = false
    }

    /// The questionnaire id the answers file names.
    package let questionnaire: String
    /// The questionnaire's version.
    package let version: String
    /// Its title.
    package let title: String
    /// The organisation the respondent block starts with (`--organisation`), or empty.
    package let organisation: String
    /// The roles, in order.
    package let roles: [Role]
    /// The sections, in order, with the practice checklist after the last section that gave
    /// it a question (``FormData/practiceChecklist(_:)``).
    package let sections: [Part]
    /// Every question id in questionnaire order: the order the answers file is written in.
    package let order: [String]

    /// The form's data for a questionnaire.
    package init(_ questionnaire: Questionnaire, organisation: String? = nil) {
        self.questionnaire = questionnaire.id
        version = questionnaire.version
        title = questionnaire.title
        self.organisation = organisation ?? ""
        roles = questionnaire.roles.map { Role(id: $0.id, label: $0.label, ownWork: $0.scope == .ownWork) }
        order = questionnaire.questions.map(\.id)
        let parts = questionnaire.sections.map { section in
            let items = section.questions.map { question in
                let choices: [Choice] =
                    switch question.kind {
                    case .number, .text: []
                    case .single, .multiple, .scale, .yesNo: question.options.map { Choice(id: $0.id, label: $0.label) }
                    }
                let clauses = question.condition?.clauses.map { Clause(question: $0.questionID, options: $0.optionIDs) }
                return Item(
                    id: question.id, prompt: question.prompt, help: question.help, choices: choices,
                    when: clauses ?? [], rule: FormRule(question), everyone: question.askedOfEveryone)
            }
            return Part(id: section.id, title: section.title, intro: section.intro, questions: items)
        }
        sections = Self.withChecklist(parts, questionnaire)
    }

    /// The data as JSON with sorted keys, safe to embed in a `<script>` element: `/` is escaped,
    /// so no `</script>` can end it early.
    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { return "{}" }
        // JSONEncoder escapes `/` as `\/`; make sure, whatever it does, that `<` cannot open a tag.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }
}
