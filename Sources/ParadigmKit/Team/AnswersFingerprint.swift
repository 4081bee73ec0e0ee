/// A 128-bit digest of one respondent's answers (who they are, and every answer in
/// questionnaire order), so that a team can tell a copied answers file or a form row submitted
/// twice from a second respondent without keeping everyone's answers. Two FNV-1a hashes with
/// different offsets: the same answers give the same digest in every run.
struct AnswersFingerprint: Sendable, Hashable {
    private var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private var second: UInt64 = 0x8422_2325_cbf2_9ce4

    init(_ answers: Answers, questionnaire: Questionnaire) {
        let respondent = answers.respondent
        for part in [respondent.name, respondent.role, respondent.organisation] { add(part ?? "\u{0}") }
        // In questionnaire order, each value after a tag for its kind; nothing is allocated.
        for question in questionnaire.questions {
            guard let value = answers[question.id]?.value else { continue }
            add(question.id)
            switch value {
            case .choice(let id):
                add(byte: 1)
                add(id)
            case .choices(let ids):
                add(byte: 2)
                for id in ids { add(id) }
            case .number(let number, _):
                add(byte: 3)
                var bits = number.bitPattern
                for _ in 0..<8 {
                    add(byte: UInt8(truncatingIfNeeded: bits))
                    bits >>= 8
                }
            case .text(let text):
                add(byte: 4)
                add(text)
            case .unsure: add(byte: 5)
            }
        }
    }

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
