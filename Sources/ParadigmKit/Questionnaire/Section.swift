/// A group of questions shown together.
package struct Section: Sendable, Equatable {
    /// Stable id.
    package let id: String
    /// Title shown before its questions.
    package let title: String
    /// A short introduction.
    package let intro: String
    /// Its questions in order.
    package let questions: [Question]
}
