/// The line each key of one mapping was first set on, to report a duplicate key.
///
/// Every mapping of every file needs one, and most hold a few dozen keys: hashing each key
/// into a `Dictionary` was a fifth of the cost of reading an answers file. Up to
/// ``linearLimit`` keys are kept in arrays and compared by a cheap fingerprint first (FNV-1a
/// over the key's UTF-8), and a bit per fingerprint lets most new keys skip the search; beyond
/// that a dictionary takes over, so that a mapping of a million
/// keys stays linear. Keys are equal as Swift strings are (canonical equivalence): a
/// fingerprint only tells ASCII keys apart, where equal bytes and equal strings are the same.
struct FirstKeyLines {
    /// How many keys are searched one by one before a dictionary takes over.
    static let linearLimit = 64

    private var fingerprints: [UInt64] = []
    private var keys: [String] = []
    private var lines: [Int] = []
    private var large: [String: Int]?
    /// One bit per fingerprint seen (its low 8 bits pick the bit), and whether a key without a
    /// fingerprint was seen: a key whose bit is clear, when none was, is new without a search.
    private var seen: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var seenUnknown = false

    /// The line `key` was first set on if it was set before; otherwise records `line` for it
    /// and returns `nil`.
    mutating func firstLine(of key: String, setOn line: Int) -> Int? {
        if large != nil { return recordLarge(key, line) }
        let fingerprint = Self.fingerprint(key)
        if fingerprint == Self.unknown || seenUnknown || markSeen(fingerprint) {
            for index in fingerprints.indices
            where
                (fingerprints[index] == fingerprint || fingerprints[index] == Self.unknown
                || fingerprint == Self.unknown)
                && keys[index] == key
            {
                return lines[index]
            }
        }
        if fingerprint == Self.unknown { seenUnknown = true }
        guard keys.count < Self.linearLimit else {
            large = Dictionary(zip(keys, lines), uniquingKeysWith: { first, _ in first })
            (fingerprints, keys, lines) = ([], [], [])
            return recordLarge(key, line)
        }
        if keys.isEmpty {
            fingerprints.reserveCapacity(16)
            keys.reserveCapacity(16)
            lines.reserveCapacity(16)
        }
        fingerprints.append(fingerprint)
        keys.append(key)
        lines.append(line)
        return nil
    }

    /// Sets the bit of `fingerprint`; returns whether it was set already (a key with this
    /// fingerprint may have been seen).
    private mutating func markSeen(_ fingerprint: UInt64) -> Bool {
        let bit = UInt64(1) << (fingerprint & 63)
        let wasSet: Bool
        switch (fingerprint >> 6) & 3 {
        case 0: (wasSet, seen.0) = (seen.0 & bit != 0, seen.0 | bit)
        case 1: (wasSet, seen.1) = (seen.1 & bit != 0, seen.1 | bit)
        case 2: (wasSet, seen.2) = (seen.2 & bit != 0, seen.2 | bit)
        default: (wasSet, seen.3) = (seen.3 & bit != 0, seen.3 | bit)
        }
        return wasSet
    }

    private mutating func recordLarge(_ key: String, _ line: Int) -> Int? {
        if let first = large?[key] { return first }
        large?[key] = line
        return nil
    }

    /// The fingerprint of a key that is not ASCII: it may equal another key written with other
    /// bytes (`e` and a combining accent, or the Kelvin sign and `K`), so it is compared in full.
    static let unknown: UInt64 = 0

    /// FNV-1a over an ASCII key's bytes (equal keys, equal fingerprints); ``unknown`` otherwise.
    static func fingerprint(_ key: String) -> UInt64 {
        Fingerprint.ascii(key) ?? unknown
    }
}
