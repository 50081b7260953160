import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class DemoEarningTests: XCTestCase {
    /// The demo earns as live events do: each way to earn's points times the multiplier of the tier the
    /// member's earnings reach at that moment, for reviews and newsletter sign-ups of Silver and Gold
    /// members as much as for orders.
    func testEveryDemoEarningIsWhatTheRulesGiveAtTheMembersTierThen() throws {
        let store = try Store.inMemory()
        _ = try store.buildDemo(DemoOptions(members: 400, seed: 7))
        let tiers = try store.tiers()
        let paid = Dictionary(uniqueKeysWithValues: try store.db.all("SELECT ref, paid FROM orders") { ("order:\($0.text(0))", $0.int(1)) })
        let entries = try store.db.all("SELECT member_id, kind, delta, event_key FROM ledger ORDER BY member_id, id") {
            (member: $0.int(0), kind: $0.text(1), delta: $0.int(2), key: $0.optionalText(3))
        }
        var earnedSoFar: [Int64: Points] = [:]
        var earnedAboveTheBaseTier = 0
        for entry in entries {
            let earned = earnedSoFar[entry.member] ?? 0
            if entry.kind == EntryKind.earn.rawValue, let key = entry.key {
                let multiplier = try XCTUnwrap(tierReached(byEarned: earned, tiers: tiers)).multiplier
                let base: Points = key.hasPrefix("signup:") ? 50 : key.hasPrefix("review:") ? 20 : key.hasPrefix("newsletter:") ? 25
                    : try XCTUnwrap(paid[key], key) / 100 * 10
                XCTAssertEqual(entry.delta, base * multiplier / 100, "\(key) of member \(entry.member), who had earned \(earned)")
                if multiplier > 100, !key.hasPrefix("order:") { earnedAboveTheBaseTier += 1 }
            }
            if entry.kind == EntryKind.earn.rawValue || entry.kind == EntryKind.give.rawValue || (entry.kind == EntryKind.reverse.rawValue && entry.delta < 0) {
                earnedSoFar[entry.member] = earned + entry.delta
            }
        }
        XCTAssertGreaterThan(earnedAboveTheBaseTier, 0, "some members review or sign up for the newsletter after reaching Silver")
    }
}
