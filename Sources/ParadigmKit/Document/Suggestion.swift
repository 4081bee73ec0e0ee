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
            var targetCounts = [Int](repeating: 0, count: codes.count)
            for code in target where code >= 0 { targetCounts[code] += 1 }
            var best: (index: Int, distance: Int)?
            for (index, other) in keys.enumerated() where !other.isEmpty {
                let isPrefix = other.starts(with: target) || target.starts(with: other)
                // The distance is at least the difference in length, and exactly that when one
                // is a prefix of the other (the rest is insertions): the quadratic table is
                // needed only for a candidate of about the same length that is not a prefix,
                // and then only when the two share enough characters to be close at all.
                let lengthGap = abs(target.count - other.count)
                let distance =
                    lengthGap > limit || isPrefix
                    ? lengthGap
                    : Self.bagDistance(targetCounts, target.count, other) > limit
                        ? limit + 1 : Suggestion.distance(target, other, giveUpAbove: limit)
                guard distance <= limit || isPrefix else { continue }
                if best == nil || distance < (best?.distance ?? Int.max) { best = (index, distance) }
            }
            return best?.index
        }

        /// A lower bound of the distance from the characters alone: every character of one
        /// word without a partner in the other needs an edit (a swap needs none, a substitution
        /// pairs one of each). `targetCounts` counts the target's characters by code.
        private static func bagDistance(_ targetCounts: [Int], _ targetLength: Int, _ other: [Int]) -> Int {
            var unpaired = targetCounts
            var paired = 0
            for code in other where unpaired[code] > 0 {
                unpaired[code] -= 1
                paired += 1
            }
            return max(targetLength - paired, other.count - paired)
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
