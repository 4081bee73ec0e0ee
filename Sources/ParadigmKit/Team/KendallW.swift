/// Kendall's coefficient of concordance W: how far several raters rank the same items alike,
/// from 0 (no agreement) to 1 (identical rankings). Here the raters are respondents and the
/// items are the five candidate models, ranked by each respondent's fit scores. Tied scores share
/// mid-ranks and the denominator carries the usual tie correction:
///
///     W = 12·S / (m²(n³ − n) − m·ΣT),  S = Σᵢ (Rᵢ − m(n + 1)/2)²,  T = Σ (t³ − t) per rater
///
/// where m is the number of raters, n the number of items, Rᵢ the rank sum of item i and t the
/// size of each group of tied ranks. Built up one rater at a time, in constant memory.
package struct KendallW: Sendable, Equatable {
    /// Scores closer than this count as tied.
    static let tolerance = 1e-9

    /// The number of items ranked.
    package let itemCount: Int
    /// The number of raters added.
    package private(set) var raterCount = 0
    /// The sum of the ranks of each item.
    package private(set) var rankSums: [Double]
    /// Σ (t³ − t) over every rater's groups of ties.
    package private(set) var tieCorrection: Double = 0

    /// An empty tally for `itemCount` items.
    package init(itemCount: Int) {
        self.itemCount = itemCount
        rankSums = Array(repeating: 0, count: itemCount)
    }

    /// Adds one rater's scores (higher is better), one per item in a fixed order.
    package mutating func add(scores: [Double]) {
        precondition(scores.count == itemCount, "one score per item")
        let ranked = Self.rank(scores)
        for index in ranked.ranks.indices { rankSums[index] += ranked.ranks[index] }
        for size in ranked.tieSizes { tieCorrection += Double(size * size * size - size) }
        raterCount += 1
    }

    /// W, or `nil` when it is undefined: fewer than two raters, or every rater tied every item.
    package var value: Double? {
        let m = Double(raterCount)
        let n = Double(itemCount)
        guard raterCount >= 2, itemCount >= 2 else { return nil }
        let mean = m * (n + 1) / 2
        let s = rankSums.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        let denominator = m * m * (n * n * n - n) - m * tieCorrection
        guard denominator > 0 else { return nil }
        return min(1, max(0, 12 * s / denominator))
    }

    /// Ranks 1…n for scores, highest first; tied scores share the mean of their places.
    package static func midRanks(_ scores: [Double]) -> [Double] {
        rank(scores).ranks
    }

    /// The mid-ranks of scores, with the size of each group of two or more tied scores (every
    /// rater adds these to the tie correction; a team brief adds thousands of raters).
    static func rank(_ scores: [Double]) -> (ranks: [Double], tieSizes: [Int]) {
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var ranks = Array(repeating: 0.0, count: scores.count)
        var tieSizes: [Int] = []
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, abs(scores[order[end + 1]] - scores[order[start]]) <= tolerance { end += 1 }
            let shared = Double(start + end + 2) / 2
            for position in start...end { ranks[order[position]] = shared }
            if end > start { tieSizes.append(end - start + 1) }
            start = end + 1
        }
        return (ranks, tieSizes)
    }

    /// A plain-language band for a value of W, after the reading Schmidt (1997) proposed for
    /// Kendall's W (0.1 very weak, 0.3 weak, 0.5 moderate, 0.7 strong, 0.9 unusually strong),
    /// with the cut-offs halfway between his anchors.
    package enum Band: String, Sendable, CaseIterable {
        /// Under 0.2.
        case veryWeak = "very weak"
        /// 0.2 to under 0.4.
        case weak
        /// 0.4 to under 0.6.
        case moderate
        /// 0.6 to under 0.8.
        case strong
        /// 0.8 or more.
        case veryStrong = "very strong"

        /// The band of a value.
        package init(_ w: Double) {
            switch w {
            case ..<0.2: self = .veryWeak
            case ..<0.4: self = .weak
            case ..<0.6: self = .moderate
            case ..<0.8: self = .strong
            default: self = .veryStrong
            }
        }
    }
}
