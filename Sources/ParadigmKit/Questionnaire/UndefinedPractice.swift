/// The rule that reads today's practice as no deliberate model at all (Kotler's "undefined"
/// relationship): at least `minimum` of its signs hold. It is not the siloed paradigm, which
/// means well-kept rules at the border.
package struct UndefinedPractice: Sendable, Equatable {
    /// The signs; each holds when its condition does.
    package let signs: [Condition]
    /// How many signs must hold.
    package let minimum: Int
    /// Why the reading matters, as the brief says it.
    package let why: String
    /// Where it is defined.
    package let location: SourceLocation

    /// The questions its signs read.
    var questionsRead: [String] { signs.flatMap { $0.clauses.map(\.questionID) } }
}
