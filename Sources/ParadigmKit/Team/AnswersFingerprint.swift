/// A 128-bit digest of one respondent's answers (who they are, and every answer), so that a
/// team can tell a copied answers file or a form row submitted twice from a second respondent
/// without keeping everyone's answers. Two FNV-1a hashes with
/// different offsets: the same answers give the same digest in every run.
struct AnswersFingerprint: Sendable, Hashable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x8422_2325_cbf2_9ce4

    init(_ answers: Answers, questionnaire: Questionnaire) {
        let respondent = answers.respondent
        add(respondent.name ?? "\u{0}")
        add(respondent.role ?? "\u{0}")
        add(respondent.organisation ?? "\u{0}")
        // Each answer hashed on its own and the hashes added, so that the order the answers are
        // stored in does not matter and no question is looked up; nothing is allocated.
        var sum = (UInt64(0), UInt64(0))
        for answer in answers.values.values {
            var one = AnswersFingerprint()
            one.add(answer.questionID)
            switch answer.value {
            case .choice(let id):
                one.add(byte: 1)
                one.add(id)
            case .choices(let ids):
                one.add(byte: 2)
                for id in ids { one.add(id) }
            case .number(let number, _):
                one.add(byte: 3)
                var bits = number.bitPattern
                for _ in 0..<8 {
                    one.add(byte: UInt8(truncatingIfNeeded: bits))
                    bits >>= 8
                }
            case .text(let text):
                one.add(byte: 4)
                one.add(text)
            case .unsure: one.add(byte: 5)
            }
            sum = (sum.0 &+ one.first, sum.1 &+ one.second)
        }
        first ^= sum.0
        second ^= sum.1
    }

    private init() {}

    /// A text and an end mark, so that "ab", "c" and "a", "bc" differ.
    private mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte: byte) }
        add(byte: 0xff)
    }

    private mutating func add(byte: UInt8) {
        first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
        second = (second ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}
