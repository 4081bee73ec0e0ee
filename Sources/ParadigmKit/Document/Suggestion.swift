/// "Did you mean" suggestions for a mistyped word: a key, an option id, a command-line option.
package enum Suggestion {
    /// The candidate closest to `word`, compared case-insensitively, or `nil` when none is close.
    ///
    /// A candidate is close when its Damerau–Levenshtein distance to `word` (insertions,
    /// deletions, substitutions and swaps of two neighbouring characters) is at most
    /// `max(1, word.count / 3)`, or when one of the two is a prefix of the other. Among close
    /// candidates the nearest wins; on a tie, the first in `candidates`.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        Candidates(candidates).closest(to: word)
    }

    /// Candidates prepared once for many lookups: a survey header may ask for suggestions for
    /// dozens of unknown titles among hundreds of ids and prompts, and lowering and splitting
    /// every candidate again for each title was most of the cost of reading such a header.
    package struct Candidates: Sendable {
        private let words: [String]
        /// Each candidate, lower case, as one code per character (see ``codes``).
        private let keys: [[Int]]
        /// A number for each character the candidates use; comparing numbers is much cheaper
        /// than comparing `Character`s, and exactly as precise.
        private let codes: [Character: Int]

        /// Prepares `words` for ``closest(to:)``.
        package init(_ words: [String]) {
            var codes: [Character: Int] = [:]
            keys = words.map { word in
                word.lowercased().map { character in
                    if let code = codes[character] { return code }
                    codes[character] = codes.count
                    return codes.count - 1
                }
            }
            (self.words, self.codes) = (words, codes)
        }

        /// The candidate closest to `word`, by the rules of ``Suggestion/closest(to:among:)``.
        package func closest(to word: String) -> String? {
            closestIndex(to: word).map { words[$0] }
        }

        /// The position of the candidate closest to `word`, by the rules of
        /// ``Suggestion/closest(to:among:)``.
        package func closestIndex(to word: String) -> Int? {
            // A character no candidate uses equals none of theirs, whatever number it gets.
            let target = word.lowercased().map { codes[$0] ?? -1 }
            guard !target.isEmpty else { return nil }
            let limit = max(1, target.count / 3)
            var best: (index: Int, distance: Int)?
            for (index, other) in keys.enumerated() where !other.isEmpty {
                let isPrefix = other.starts(with: target) || target.starts(with: other)
                // The distance is at least the difference in length: skip the quadratic table
                // when that alone rules a candidate out (a 1 MB value against short option ids).
                let lengthGap = abs(target.count - other.count)
                let distance = lengthGap > limit && !isPrefix
                    ? lengthGap : Suggestion.distance(target, other, giveUpAbove: isPrefix ? Int.max : limit)
                guard distance <= limit || isPrefix else { continue }
                if best == nil || distance < (best?.distance ?? Int.max) { best = (index, distance) }
            }
            return best?.index
        }
    }

    /// The optimal-string-alignment Damerau–Levenshtein distance between two words, or some
    /// number above `giveUpAbove` as soon as every cell of a row exceeds it (the distance can
    /// only grow from there), which keeps a long unknown word against many candidates cheap.
    static func distance<Element: Equatable>(_ a: [Element], _ b: [Element], giveUpAbove bound: Int = Int.max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, twoBack[j - 2] + 1)
                }
                current[j] = value
            }
            // A swap reads two rows back, so give up only when two rows in a row are past the bound.
            if i > 1, bound < Int.max, current.min() ?? 0 > bound, previous.min() ?? 0 > bound { return bound + 1 }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[b.count]
    }
}
