import Foundation
import Testing

@testable import ParadigmKit

/// The hand-written trimming and reflow against Foundation's, which they replaced for speed:
/// the same text must come out.
@Suite struct TextTests {
    /// Foundation's reflow, as it was written before the native one: the reference.
    static func foundationReflowed(_ text: String) -> String {
        text.components(separatedBy: "\n\n")
            .map { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }

    static let samples: [String] = [
        "", " ", "\n", "\n\n", "plain", "  both ends  ", "\t\ttabs\t", "\u{A0}no-break\u{A0}",
        "\u{3000}ideographic\u{2003}", "\u{2028}line separator\u{2029}", "\u{85}next line\u{85}",
        "a\nb", "a\n\nb", "a\n\n\nb", "a\n\n\n\nb", "\na", "a\n", "a\n \nb", " a \n  b \n\n c ",
        "a\u{200B}", "\u{FEFF}bom", "e\u{301} \u{301}", "a\r\nb", "a\r\n\r\nb", "a\r\n\nb", "a\rb\n\nc",
        "🙂 \n\t🙂\n\n\u{1F3FB}", "x\u{0B}\u{0C}", "\u{1680}ogham\u{1680}", "mixed\n\u{A0}\n\nparagraphs  ",
    ]

    /// Every scalar, against Foundation's two sets.
    @Test func scalarSetsMatchFoundation() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isSpaceOrTab == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
            #expect(
                scalar.isWhitespace == CharacterSet.whitespacesAndNewlines.contains(scalar),
                "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: samples)
    func trimmingMatchesFoundation(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(arguments: samples)
    func reflowMatchesFoundation(_ text: String) {
        #expect(text.reflowed == Self.foundationReflowed(text))
    }

    /// Random texts from an alphabet rich in the characters that matter: spaces of every kind,
    /// line breaks, CR, combining marks.
    @Test func randomTextsMatchFoundation() {
        let alphabet: [String] = [
            "a", "b", " ", " ", "\t", "\n", "\n", "\r", "\r\n", "\u{A0}", "\u{2003}",
            "\u{2028}", "\u{85}", "\u{301}", "é", "🙂", "\u{0B}", "\u{200B}",
        ]
        var random = SplitMix64(seed: 20_261_122)
        for _ in 0..<5_000 {
            let length = Int(random.next() % 24)
            let text = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            #expect(
                text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(Array(text.unicodeScalars))")
            #expect(text.reflowed == Self.foundationReflowed(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test(arguments: [
        ("", false), ("a", false), ("a\r", true), ("\r\n", true), ("short cell", false),
        ("a long cell that is not a small string at all, with a CR here\r and more", true),
        ("é\u{301} ünïcödé without one", false), ("ünïcödé\r\nwith one", true),
    ])
    func findsABytesPresence(_ text: String, _ hasCR: Bool) {
        #expect(text.containsUTF8(0x0D) == hasCR)
        #expect(text.containsUTF8(0x0D) == text.utf8.contains(0x0D))
    }

    @Test(arguments: [
        ("plain", "plain"), ("tab\tand\nline", "tab\tand\nline"), ("\u{1B}[31mred", "\\u{1B}[31mred"),
        ("bell\u{07}", "bell\\u{7}"), ("cr\rover", "cr\\u{D}over"), ("del\u{7F}", "del\\u{7F}"),
        ("csi\u{9B}2J", "csi\\u{9B}2J"), ("é and 🙂", "é and 🙂"),
    ])
    func controlCharactersAreShownVisibly(_ text: String, _ shown: String) {
        #expect(text.visibleControls == shown)
    }
}
