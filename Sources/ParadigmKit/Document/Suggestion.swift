/// "Did you mean" suggestions for a mistyped word: a key, an option id, a command-line option.
package enum Suggestion {
    /// The candidate closest to `word`, compared case-insensitively, or `nil` when none is close.
    ///
    /// A candidate is close when its Damerau–Levenshtein distance to `word` (insertions,
    /// deletions, substitutions and swaps of two neighbouring characters) is at most
    /// `max(1, word.count / 3)`, or when one of the two is a prefix of the other. Among close
    /// candidates the nearest wins; on a tie, the first in `candidates`.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        guard !target.isEmpty else { return nil }
        let limit = max(1, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            guard !other.isEmpty else { continue }
            let isPrefix = other.starts(with: target) || target.starts(with: other)
            // The distance is at least the difference in length: skip the quadratic table when
            // that alone rules a candidate out (a 1 MB value against short option ids).
            let lengthGap = abs(target.count - other.count)
            let distance = lengthGap > limit && !isPrefix
                ? lengthGap : Suggestion.distance(target, other, giveUpAbove: isPrefix ? Int.max : limit)
            guard distance <= limit || isPrefix else { continue }
            if best == nil || distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// The optimal-string-alignment Damerau–Levenshtein distance between two words, or some
    /// number above `giveUpAbove` as soon as every cell of a row exceeds it (the distance can
    /// only grow from there), which keeps a long unknown word against many candidates cheap.
    static func distance(_ a: [Character], _ b: [Character], giveUpAbove bound: Int = Int.max) -> Int {
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
