/// The position of each of a fixed list of ids (question ids), found faster than a
/// `[String: Int]` can: an ASCII id is found by its FNV-1a fingerprint in an open-addressing
/// table and then compared, with no `Hasher` and no Unicode-aware hashing. Reading a team's
/// answers looks up every answer's question, so this is on the path of every respondent.
///
/// Ids compare as Swift strings do (canonical equivalence): a text that is not ASCII, or any
/// id that is not, is looked up in a dictionary instead, since `é` can be written two ways and
/// the Kelvin sign equals `K`.
struct IDIndex: Sendable {
    private let ids: [String]
    /// Each slot holds a position + 1, or 0 when empty; the count is a power of two, at least
    /// twice the ids, so that a probe ends soon.
    private let slots: [Int32]
    private let fingerprints: [UInt64]
    /// Every id by position, for texts the table cannot answer.
    private let dictionary: [String: Int]
    /// Whether every id is ASCII, so that the table answers every ASCII text.
    private let allASCII: Bool

    /// An index of `ids`; an id given twice keeps its first position.
    init(_ ids: [String]) {
        self.ids = ids
        dictionary = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let fingerprints = ids.map(Fingerprint.ascii)
        allASCII = fingerprints.allSatisfy { $0 != nil }
        self.fingerprints = fingerprints.map { $0 ?? 0 }
        var capacity = 8
        while capacity < ids.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: allASCII ? capacity : 0)
        if allASCII {
            for (position, fingerprint) in self.fingerprints.enumerated() where dictionary[ids[position]] == position {
                var slot = Int(truncatingIfNeeded: fingerprint) & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Int32(position + 1)
            }
        }
        self.slots = slots
    }

    /// The position of `id`, if it is one of the ids.
    func position(of id: String) -> Int? {
        guard allASCII, let fingerprint = Fingerprint.ascii(id) else { return dictionary[id] }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: fingerprint) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if fingerprints[position] == fingerprint, ids[position] == id { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }
}

/// FNV-1a fingerprints of ASCII texts: equal texts, equal fingerprints. A text that is not ASCII
/// has none, since another text with other bytes may equal it as a Swift string.
enum Fingerprint {
    /// The fingerprint of `text`, or `nil` when it is not ASCII.
    static func ascii(_ text: String) -> UInt64? {
        // Through contiguous storage, which a short string lends from the stack: `withUTF8`
        // would copy it to the heap, and iterating the UTF-8 view costs many times more per byte.
        if let fingerprint = text.utf8.withContiguousStorageIfAvailable({ ascii($0) }) { return fingerprint }
        return Array(text.utf8).withUnsafeBufferPointer { ascii($0) }
    }

    /// The fingerprint of some bytes, or `nil` when one is not ASCII.
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
