/// A text as theme matching reads it: its words, lower-cased, apostrophes dropped ("don't" is
/// "dont"), split at anything that is not a letter or digit ("tyre-kickers" is two words), each
/// reduced to a common form, so that "follows", "followed" and "following" are all "follow".
///
/// The reduction is deliberately small (plural and verb endings only): it is there so that a
/// theme's keywords need not list every form of a word, not to guess at meaning, which the
/// keywords themselves carry (synonyms such as "junk" or "tyre kicker" are keywords).
package struct ThemeWords: Sendable, Equatable {
    /// The words' common forms, in order.
    package let stems: [String]
    /// The same, as a set: a keyword whose first word is not in it cannot match.
    let present: Set<String>

    /// Reads a text.
    package init(_ text: String) {
        var stems: [String] = []
        var word = String.UnicodeScalarView()
        // Scalars, not characters: no grapheme breaking for what is split at letters anyway.
        for scalar in text.lowercased().unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(scalar)
            } else if !word.isEmpty {
                stems.append(Self.stem(String(word)))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { stems.append(Self.stem(String(word))) }
        self.stems = stems
        present = Set(stems)
    }

    /// A word's common form: plural and verb endings dropped ("leads", "followed", "chasing"),
    /// then a final "e" ("chase" and "chased" are both "chas").
    static func stem(_ word: String) -> String {
        var stem = word
        if stem.count > 4, stem.hasSuffix("ies") {
            stem = String(stem.dropLast(3)) + "y"
        } else if stem.count > 2, stem.hasSuffix("s"), !stem.hasSuffix("ss"), !stem.hasSuffix("us") {
            stem.removeLast()
        }
        if stem.count > 5, stem.hasSuffix("ing") {
            stem.removeLast(3)
        } else if stem.count > 4, stem.hasSuffix("ed") {
            stem.removeLast(2)
        }
        if stem.count > 3, stem.hasSuffix("e") { stem.removeLast() }
        return stem
    }
}

extension Theme {
    /// A keyword as words to find in order; `*` stands for one to ``gapLimit`` words of any kind
    /// ("call * back" finds "calls them back").
    static func pattern(_ keyword: String) -> [String] {
        keyword.split(separator: " ").flatMap { part in part == "*" ? ["*"] : ThemeWords(String(part)).stems }
    }

    /// The most words a `*` in a keyword stands for.
    static let gapLimit = 3

    /// Whether the words hold one of the theme's keywords, word by word in their common forms.
    package func matches(_ words: ThemeWords) -> Bool {
        patterns.contains { pattern in
            guard let first = pattern.first, first == "*" || words.present.contains(first) else { return false }
            return Self.find(pattern[...], in: words.stems[...])
        }
    }

    /// Whether a pattern occurs in the words, starting anywhere.
    private static func find(_ pattern: ArraySlice<String>, in words: ArraySlice<String>) -> Bool {
        guard !pattern.isEmpty else { return false }
        return words.indices.contains { start in matchesAt(pattern, words[start...]) }
    }

    /// Whether a pattern occurs at the start of the words.
    private static func matchesAt(_ pattern: ArraySlice<String>, _ words: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return true }
        if first == "*" {
            let rest = pattern.dropFirst()
            for skip in 1...gapLimit where skip <= words.count {
                if matchesAt(rest, words.dropFirst(skip)) { return true }
            }
            return false
        }
        guard let word = words.first, word == first else { return false }
        return matchesAt(pattern.dropFirst(), words.dropFirst())
    }
}
