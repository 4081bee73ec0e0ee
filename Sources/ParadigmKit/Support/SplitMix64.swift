/// A small deterministic pseudo-random generator (Steele, Lea and Flood's SplitMix64), so that
/// the perturbation draws, and so the brief, are byte-identical on every run and platform.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Starts the sequence from a seed.
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1) from the top 53 bits, the same on every platform.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }
}
