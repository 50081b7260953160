import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The set-based SQL that re-evaluates every member's tier at once must move each member exactly
/// where Core's `TierChange.decide` would, for random tiers, members and histories.
final class TierRulePropertyTests: XCTestCase {
    func testReevaluatingAllTiersInSQLAgreesWithCoresTierRule() throws {
        var movedInAll = 0
        for seed in UInt64(1)...6 {
            var random = SeededGenerator(seed: seed)
            let shop = try Shop()
            var thresholds = Set<Points>()
            while thresholds.count < Int.random(in: 1...4, using: &random) { thresholds.insert(Points.random(in: 1...3_000, using: &random)) }
            for (index, threshold) in thresholds.sorted().enumerated() {
                _ = try shop.store.addTier(Tier(name: "Level \(index + 1)", threshold: threshold, multiplier: Int64.random(in: 100...300, using: &random)))
            }
            let emails = (0..<25).map { "person\($0)@example.com" }
            for email in emails { try shop.member(email) }
            for step in 0..<150 {
                shop.store.setClock(day(Double(step) * 4))
                let email = emails.randomElement(using: &random)!
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<6: try shop.store.order("o\(step)", email, String(Int.random(in: 1...120, using: &random)))
                case 6..<8: try shop.store.gift(email, Points.random(in: 1...400, using: &random))
                default:
                    if step > 0 { _ = try? shop.store.refund(RefundRequest(orderRef: "o\(Int.random(in: 0..<step, using: &random))", refundID: "r\(step)", amount: eur("5"))) }
                }
            }
            shop.store.setClock(day(Double.random(in: 600...1_000, using: &random)))
            let expected = try shop.store.read { tx in
                let programme = try tx.programSnapshot()
                return try emails.map { email in
                    let member = try tx.memberSnapshot(id: try tx.requireMember(email: email).id, programme: programme)
                    return TierChange.decide(member: member, earnedChange: 0, programme: programme)?.to.id ?? member.tierID
                }
            }
            let moved = try shop.store.write(.programme) { try $0.reevaluateAllTiers() }
            let actual = try emails.map { email in try shop.store.read { tx in try tx.requireMember(email: email).tierID } }
            XCTAssertEqual(actual, expected, "seed \(seed): \(moved) members moved")
            movedInAll += moved
        }
        XCTAssertGreaterThan(movedInAll, 0, "the histories must leave some members in a tier they no longer reach")
    }
}
