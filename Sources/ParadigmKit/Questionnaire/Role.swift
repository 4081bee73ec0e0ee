/// Who may answer. Team briefs group respondents by role.
package struct Role: Sendable, Equatable {
    /// Seniority, for the executive–practitioner perception gap.
    package enum Level: String, Sendable, CaseIterable {
        /// A member of the leadership team.
        case executive
        /// Someone doing the work.
        case practitioner
    }

    /// The function a role belongs to, for the marketing–sales gap.
    package enum Function: String, Sendable, CaseIterable {
        /// General management.
        case general
        /// Marketing.
        case marketing
        /// Sales.
        case sales
        /// Revenue operations and similar.
        case operations
    }

    /// What a respondent in the role is asked (`answers:` in the data).
    package enum Scope: String, Sendable, CaseIterable {
        /// The organisation's facts and everything else: the default.
        case organisation
        /// Only the questions about their own daily work and their view of the relationship
        /// (`asked_of: everyone`, and the perception questions); a team brief takes the facts
        /// from the respondents who answer for the organisation.
        case ownWork = "own_work"
    }

    /// Stable id answers files use.
    package let id: String
    /// What a person reads.
    package let label: String
    /// Seniority.
    package let level: Level
    /// Function.
    package let function: Function
    /// What a respondent in the role is asked.
    package let scope: Scope

    /// A role.
    package init(id: String, label: String, level: Level, function: Function, scope: Scope = .organisation) {
        (self.id, self.label, self.level, self.function, self.scope) = (id, label, level, function, scope)
    }
}
