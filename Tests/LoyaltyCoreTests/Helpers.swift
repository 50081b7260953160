import Foundation
import LoyaltyCore

/// An amount in euros written as people do: `eur("4.99")`.
func eur(_ text: String) -> Money { try! Money.parse(text, currency: .euro) }

/// A moment `days` days after a fixed start (2025-01-01 00:00 UTC).
func day(_ days: Double) -> Date { Date(timeIntervalSince1970: 1_735_689_600 + days * 86_400) }

/// A deterministic generator so code tests can pin randomness.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The message of a LoyaltyError thrown by `body`, or a failure.
func errorMessage(_ body: () throws -> Void) -> String {
    do { try body() } catch { return String(describing: error) }
    return "<no error>"
}
