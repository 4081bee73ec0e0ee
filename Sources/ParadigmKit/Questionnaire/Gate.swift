/// A readiness gate: a fact that makes some stances premature. A gate never changes the fit
/// score; it caps the ready-now score and tells the brief what would lift it.
public struct Gate: Sendable, Equatable {
    /// Stable id.
    public let id: String
    /// One line naming the problem.
    public let title: String
    /// The stances it holds back.
    public let caps: [Stance]
    /// The highest ready-now score those stances can have while the gate holds.
    public let cap: Double
    /// When it fires.
    public let condition: Condition
    /// Why it matters.
    public let why: String
    /// What would lift it.
    public let lift: String
    /// Where it is defined.
    public let location: SourceLocation
}

/// Who may answer. Team briefs group respondents by role.
public struct Role: Sendable, Equatable {
    /// Seniority, for the executive–practitioner perception gap.
    public enum Level: String, Sendable, CaseIterable {
        /// A member of the leadership team.
        case executive
        /// Someone doing the work.
        case practitioner
    }

    /// The function a role belongs to, for the marketing–sales gap.
    public enum Function: String, Sendable, CaseIterable {
        /// General management.
        case general
        /// Marketing.
        case marketing
        /// Sales.
        case sales
        /// Revenue operations and similar.
        case operations
    }

    /// Stable id answers files use.
    public let id: String
    /// What a person reads.
    public let label: String
    /// Seniority.
    public let level: Level
    /// Function.
    public let function: Function
}

/// A group of questions shown together.
public struct Section: Sendable, Equatable {
    /// Stable id.
    public let id: String
    /// Title shown before its questions.
    public let title: String
    /// A short introduction.
    public let intro: String
    /// Its questions in order.
    public let questions: [Question]
}
