/// The rule that reads today's practice as no deliberate model at all (Kotler's "undefined"
/// relationship): at least `minimum` of its signs hold. It is not the siloed paradigm, which
/// means well-kept rules at the border.
public struct UndefinedPractice: Sendable, Equatable {
    /// The signs; each holds when its condition does.
    public let signs: [Condition]
    /// How many signs must hold.
    public let minimum: Int
    /// Why the reading matters, as the brief says it.
    public let why: String
    /// Where it is defined.
    public let location: SourceLocation

    /// The questions its signs read.
    var questionsRead: [String] { signs.flatMap { $0.clauses.map(\.questionID) } }
}
