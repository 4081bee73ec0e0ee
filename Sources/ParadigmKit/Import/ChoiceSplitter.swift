/// Splits a multiple-choice cell into its choices, the way form tools write them: Google Forms
/// joins checkbox labels with ", ", Microsoft Forms with ";" (often with a trailing one), and
/// people type either. Labels may themselves hold commas ("Search, our website and our
/// content"), so at each point the longest option label or id that fits is taken whole;
/// text that matches no option runs to the next `,` or `;` and is returned as written, for
/// ``AnswerReader`` to refuse with a suggestion.
struct ChoiceSplitter {
    /// Each option's label and id, folded for comparison, with the option's id.
    private let candidates: [(characters: [String], id: String)]

    /// A splitter for one question's options, built once per import.
    init(_ question: Question) {
        var candidates: [(characters: [String], id: String)] = []
        for option in question.options {
            candidates.append((Array(option.label).map(Self.folded), option.id))
            candidates.append((Array(option.id).map(Self.folded), option.id))
        }
        self.candidates = candidates.sorted { $0.characters.count > $1.characters.count }
    }

    /// The choices in `text` for `question`.
    static func split(_ text: String, for question: Question) -> [String] { ChoiceSplitter(question).split(text) }

    /// The choices in `text`: option ids where an option matched, the text as written where not.
    func split(_ text: String) -> [String] {
        let characters = Array(text)
        let folded = characters.map(Self.folded)
        var items: [String] = []
        var position = 0
        while position < characters.count {
            if Self.isSeparator(characters[position]) || characters[position].isWhitespace {
                position += 1
                continue
            }
            // Longest first, so the first candidate that fits is the one to take.
            let match = candidates.first { candidate in
                let end = position + candidate.characters.count
                return end <= characters.count && folded[position..<end].elementsEqual(candidate.characters)
                    && Self.endsChoice(characters, at: end)
            }
            if let match {
                items.append(match.id)
                position += match.characters.count
                continue
            }
            var end = position
            while end < characters.count, !Self.isSeparator(characters[end]) { end += 1 }
            items.append(String(characters[position..<end]).trimmingWhitespace())
            position = end
        }
        return items
    }

    private static func isSeparator(_ character: Character) -> Bool { character == "," || character == ";" }

    /// Whether a choice may end at `index`: at the end, or before spaces and a separator.
    private static func endsChoice(_ characters: [Character], at index: Int) -> Bool {
        var index = index
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        return index == characters.count || isSeparator(characters[index])
    }

    private static func folded(_ character: Character) -> String {
        switch character {
        case "\u{2019}", "\u{2018}": "'"
        default: character.lowercased()
        }
    }
}
