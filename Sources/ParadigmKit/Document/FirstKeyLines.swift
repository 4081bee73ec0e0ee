/// The line each key of one mapping was first set on, to report a duplicate key.
///
/// Every mapping of every file needs one, and most hold a few dozen keys: hashing each key
/// into a `Dictionary` was a fifth of the cost of reading an answers file. Up to
/// ``linearLimit`` keys are kept in arrays and compared by a cheap fingerprint first (FNV-1a
/// over the key's UTF-8); beyond that a dictionary takes over, so that a mapping of a million
/// keys stays linear. Keys are equal as Swift strings are (canonical equivalence): a
/// fingerprint only tells ASCII keys apart, where equal bytes and equal strings are the same.
struct FirstKeyLines {
    /// How many keys are searched one by one before a dictionary takes over.
    static let linearLimit = 64

    private var fingerprints: [UInt64] = []
    private var keys: [String] = []
    private var lines: [Int] = []
    private var large: [String: Int]?

    /// The line `key` was first set on if it was set before; otherwise records `line` for it
    /// and returns `nil`.
    mutating func firstLine(of key: String, setOn line: Int) -> Int? {
        if large != nil { return recordLarge(key, line) }
        let fingerprint = Self.fingerprint(key)
        for index in fingerprints.indices
        where (fingerprints[index] == fingerprint || fingerprints[index] == Self.unknown || fingerprint == Self.unknown)
            && keys[index] == key
        {
            return lines[index]
        }
        guard keys.count < Self.linearLimit else {
            large = Dictionary(zip(keys, lines), uniquingKeysWith: { first, _ in first })
            (fingerprints, keys, lines) = ([], [], [])
            return recordLarge(key, line)
        }
        fingerprints.append(fingerprint)
        keys.append(key)
        lines.append(line)
        return nil
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
        var copy = key
        return copy.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return unknown }
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            return hash
        }
    }
}
