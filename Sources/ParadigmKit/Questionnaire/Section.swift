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
