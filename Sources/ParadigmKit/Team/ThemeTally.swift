/// How many respondents of each role group wrote an answer on one theme, and the first few
/// answers themselves, which a brief quotes only when asked (`--quotes`).
package struct ThemeTally: Sendable, Equatable {
    /// How many answers are kept for quoting, each cut to ``quoteLength`` characters.
    static let quoteLimit = 5
    /// The longest quote kept, in characters.
    static let quoteLength = 300

    /// The theme counted.
    package let theme: Theme
    /// Respondents per role group whose answer is on the theme.
    package private(set) var counts: [Int]
    /// Respondents per role group who answered the theme's question at all.
    package private(set) var written: [Int]
    /// The first few answers on the theme: the member's index and what they wrote.
    package private(set) var quotes: [Quote] = []

    /// One answer kept for quoting.
    package struct Quote: Sendable, Equatable {
        /// The member's index in ``TeamAssessment/members``.
        package let member: Int
        /// What they wrote, cut to ``ThemeTally/quoteLength`` characters.
        package let text: String
    }

    init(theme: Theme, groupCount: Int) {
        self.theme = theme
        counts = Array(repeating: 0, count: groupCount)
        written = Array(repeating: 0, count: groupCount)
    }

    /// Counts one respondent's answer to the theme's question, read once as `words`; returns
    /// whether it is on the theme.
    @discardableResult
    mutating func add(_ text: String, words: ThemeWords, group: Int, member: Int) -> Bool {
        add(text, onTheme: theme.matches(words), group: group, member: member)
    }

    /// Counts one respondent's answer to the theme's question, on the theme or not (for
    /// "other themes", an answer on no other theme); returns whether it is on the theme.
    @discardableResult
    mutating func add(_ text: String, onTheme: Bool, group: Int, member: Int) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return false }
        written[group] += 1
        guard onTheme else { return false }
        counts[group] += 1
        if quotes.count < Self.quoteLimit {
            let cut = trimmed.count > Self.quoteLength ? String(trimmed.prefix(Self.quoteLength)) + "…" : trimmed
            quotes.append(Quote(member: member, text: cut))
        }
        return true
    }

    /// Respondents on the theme in the given role groups.
    package func count(groups: [Int]) -> Int { groups.map { counts[$0] }.reduce(0, +) }

    /// Respondents on the theme over all groups.
    package var total: Int { counts.reduce(0, +) }
}
