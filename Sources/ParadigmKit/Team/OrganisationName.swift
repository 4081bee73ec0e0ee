/// When two spellings name one organisation: they differ only in case, punctuation, spaces or a
/// legal suffix at the end ("ACME Analytics", "Acme Analytics Inc.", "acme-analytics, LLC").
enum OrganisationName {
    /// The legal suffixes a name may end with and still be the same organisation, written
    /// without punctuation or case (`Inc.` is `inc`, `L.L.C.` is `llc`, `Pty Ltd` two of them).
    static let legalSuffixes: Set<String> = [
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "gmbh", "corp", "corporation", "co",
        "ag", "sa", "sas", "srl", "bv", "nv", "pty", "oy", "ab", "as", "kg",
    ]

    /// What two spellings of one organisation share: its words in lower case, each without
    /// punctuation, legal suffixes at the end left out (never the first word), run together.
    static func key(_ name: String) -> String {
        var words: [String] = []
        for word in name.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," }) {
            let kept = word.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            let letters = String(String.UnicodeScalarView(kept))
            if !letters.isEmpty { words.append(letters) }
        }
        while words.count > 1, let last = words.last, legalSuffixes.contains(last) { words.removeLast() }
        return words.joined()
    }
}
