/// A small, fast, seedable random number generator (SplitMix64): the same seed always gives the
/// same numbers, so a seed always builds the same demo and a failing randomized test can be rerun.
///
/// Not for anything that must be unpredictable (coupon codes people type use the system generator).
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number from 0 up to (not including) `bound`; 0 when `bound` is 0 or less.
    public mutating func below(_ bound: Int64) -> Int64 { Int64(next(upperBound: UInt64(max(1, bound)))) }

    /// True with probability `percent` / 100.
    public mutating func chance(_ percent: UInt64) -> Bool { next(upperBound: 100) < percent }
}
