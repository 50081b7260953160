import Foundation
import LoyaltyCore

/// How big the fault tests run. CI runs them small and on a fixed seed (a few minutes in all);
/// `LOYALTY_FAULT_SCALE=full` runs them at full size on a fresh seed; `LOYALTY_FAULT_SEED=N`
/// replays one seed. Every failure message names the seed.
enum FaultScale {
    static let environment = ProcessInfo.processInfo.environment

    /// True when `LOYALTY_FAULT_SCALE=full`.
    static let isFull = environment["LOYALTY_FAULT_SCALE"]?.lowercased() == "full"

    /// `ci` normally, `full` at full scale.
    static func pick<T>(ci: T, full: T) -> T { isFull ? full : ci }

    /// The seed for this run: `LOYALTY_FAULT_SEED`, else a fixed one in CI and a fresh one at full scale.
    static let seed: UInt64 = environment["LOYALTY_FAULT_SEED"].flatMap { UInt64($0) }
        ?? (isFull ? UInt64.random(in: 1...UInt64(UInt32.max)) : 20_260_301)

    /// A generator for one test, from the run's seed and the test's own salt, so tests do not share a stream.
    static func generator(_ salt: UInt64) -> SeededGenerator { SeededGenerator(seed: seed &+ salt &* 0x9E37_79B9) }

    /// "seed 20260301 (replay with LOYALTY_FAULT_SEED=20260301)", for failure messages.
    static var replay: String { "seed \(seed) (replay with LOYALTY_FAULT_SEED=\(seed)\(isFull ? " LOYALTY_FAULT_SCALE=full" : ""))" }
}
