import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Thousands of seeded random operations applied to the store and to a small model written here from
/// the programme's rules (balances, FIFO lots with expiry, debt, refunds, coupons) — independently of
/// `LotBook`, so a bug there shows up as a disagreement. After every step the touched members'
/// balances and lots agree; every `checkEvery` steps and at the end all members agree, the running
/// totals agree and `check()` finds nothing.
///
/// `LOYALTY_SEED=N` runs one seed; `LOYALTY_MODEL_STEPS=N` runs N steps per seed.
final class RandomizedModelTests: XCTestCase {
    static let defaultSeeds: [UInt64] = [20_250_101, 0x5EED_CAFE, 7_777_777]

    func testRandomOperationsAgreeWithAnIndependentModel() throws {
        let environment = ProcessInfo.processInfo.environment
        let seeds = environment["LOYALTY_SEED"].flatMap { UInt64($0) }.map { [$0] } ?? Self.defaultSeeds
        let steps = environment["LOYALTY_MODEL_STEPS"].flatMap { Int($0) } ?? 1500
        for seed in seeds {
            let run = try ModelRun(seed: seed, steps: steps)
            do {
                try run.go()
            } catch let stop as StopRun {
                XCTFail(stop.message)
            }
        }
    }
}

/// Ends one seed's run at its first disagreement, with the seed, step and recent operations.
struct StopRun: Error { let message: String }
