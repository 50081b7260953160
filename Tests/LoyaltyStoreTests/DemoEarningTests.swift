import XCTest
import LoyaltyCore
@testable import LoyaltyStore

final class DemoEarningTests: XCTestCase {
    /// The demo earns as live events do: each way to earn's points times the multiplier of the tier the
    /// member's earnings in the tier window ending then reach, and an order placed during a campaign
    /// its multiplier too, for reviews and newsletter sign-ups of Silver and Gold members as much as
    /// for orders.
    func testEveryDemoEarningIsWhatTheRulesGiveAtTheMembersTierAndCampaignThen() throws {
        let store = try Store.inMemory()
        _ = try store.buildDemo(DemoOptions(members: 400, seed: 7))
        let tiers = try store.tiers()
        let programme = try store.read { try $0.programSnapshot() }
        let orderRule = try XCTUnwrap(try store.rules().first { $0.kind == .order })
        let campaigns = try store.campaigns()
        let paid = Dictionary(uniqueKeysWithValues: try store.db.all("SELECT ref, paid FROM orders") { ("order:\($0.text(0))", $0.int(1)) })
        let entries = try store.db.all("SELECT member_id, kind, delta, event_key, occurred_at FROM ledger ORDER BY member_id, id") {
            (member: $0.int(0), kind: $0.text(1), delta: $0.int(2), key: $0.optionalText(3), at: Date(unixSeconds: $0.int(4)))
        }
        var earnings: [Int64: [(at: Date, points: Points)]] = [:]
        var earnedAboveTheBaseTier = 0, doubled = 0
        for entry in entries {
            let start = programme.tierWindowStart(endingAt: entry.at)
            let earned = (earnings[entry.member] ?? []).filter { $0.at >= start }.reduce(0) { $0 + $1.points }
            if entry.kind == EntryKind.earn.rawValue, let key = entry.key {
                let multiplier = try XCTUnwrap(tierReached(byEarned: earned, tiers: tiers)).multiplier
                let isOrder = key.hasPrefix("order:")
                let campaign = isOrder ? campaigns.first { $0.ruleIDs.contains(orderRule.id) && $0.starts <= entry.at && entry.at < $0.ends }?.multiplier ?? 100 : 100
                let base: Points = key.hasPrefix("signup:") ? 50 : key.hasPrefix("review:") ? 20 : key.hasPrefix("newsletter:") ? 25
                    : try XCTUnwrap(paid[key], key) / 100 * 10
                XCTAssertEqual(entry.delta, base * multiplier * campaign / 10_000, "\(key) of member \(entry.member), who had earned \(earned) in the window")
                if multiplier > 100, !isOrder { earnedAboveTheBaseTier += 1 }
                if campaign > 100 { doubled += 1 }
            }
            if entry.kind == EntryKind.earn.rawValue || entry.kind == EntryKind.give.rawValue || (entry.kind == EntryKind.reverse.rawValue && entry.delta < 0) {
                earnings[entry.member, default: []].append((entry.at, entry.delta))
            }
        }
        XCTAssertGreaterThan(earnedAboveTheBaseTier, 0, "some members review or sign up for the newsletter after reaching Silver")
        XCTAssertGreaterThan(doubled, 0, "some orders were placed during the campaign two months ago")
    }
}
