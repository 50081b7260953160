import Foundation
import LoyaltyCore
import LoyaltyStore
import ShopStandInSupport
import XCTest

/// `kill -9` of `loyalty sync` at random moments against a stand-in of the shop's API, then a run
/// to the end: the totals (every balance, entry, event and order) are those of one clean sync, and
/// `loyalty check` passes after every kill. Each page is applied with the position after it in one
/// transaction, so a killed sync starts again at the first page it had not applied.
///
/// Several seeds, WooCommerce and Shopify in turn: 3 seeds of 1,500 orders and 8 kills each in CI;
/// 10 seeds of 5,000 orders and 30 kills with LOYALTY_FAULT_SCALE=full.
final class KillDuringSyncTests: XCTestCase {
    func testASyncKilledAtRandomMomentsAndRunAgainCountsEveryOrderOnce() throws {
        let seeds = FaultScale.pick(ci: 3, full: 10)
        for seed in 1...seeds {
            try killAndResume(platform: seed % 2 == 1 ? .woocommerce : .shopify, seed: seed)
        }
    }

    private func killAndResume(platform: ShopStandIn.Platform, seed: Int) throws {
        let kills = FaultScale.pick(ci: 8, full: 30)
        let orders = FaultScale.pick(ci: 1_500, full: 5_000)
        var random = FaultScale.generator(UInt64(100 + seed))
        let shop = try ShopStandIn(platform, orders: orders, seed: seed)
        let binary = try LoyaltyBinary()
        let clean = binary.path("clean.db")
        try connectedShop(at: clean, shop)
        try connectedShop(at: binary.database, shop)
        let untouched = try Totals(path: binary.database)

        let started = Date()
        let cleanRun = try binary.run("sync", database: clean)
        XCTAssertEqual(cleanRun.status, 0, cleanRun.errText)
        let run = Date().timeIntervalSince(started)
        let synced = try Totals(path: clean)
        XCTAssertNotEqual(synced, untouched, "the clean sync changed nothing")

        var killed = 0
        for kill in 1...kills {
            // Spread the kills over about one whole sync: each resumes where the one before was killed.
            let delay = Double(random.below(1_000)) / 1_000 * 2 * run / Double(kills)
            let what = "\(platform.rawValue) seed \(seed), kill \(kill) of \(kills) after \(Int(delay * 1_000)) ms, \(FaultScale.replay)"
            let process = try binary.start(["sync"])
            Thread.sleep(forTimeInterval: delay)
            process.kill9()
            let ending = process.wait()
            XCTAssertTrue(ending.signal == SIGKILL || ending.status == 0, "\(what): the sync ended with \(ending.ending): \(ending.errText)")
            if ending.signal == SIGKILL { killed += 1 }
            XCTAssertEqual(try integrityCheck(binary.database), ["ok"], what)
            let check = try binary.run("check")
            XCTAssertEqual(check.status, 0, "\(what): loyalty check: \(check.outText)\(check.errText)")
        }
        XCTAssertGreaterThanOrEqual(killed, kills / 2, "too few kills landed inside a sync; \(FaultScale.replay)")

        let rerun = try binary.run("sync")
        XCTAssertEqual(rerun.status, 0, rerun.errText)
        let final = try Totals(path: binary.database)
        XCTAssertEqual(final, synced, "\(platform.rawValue) seed \(seed) after \(killed) kills and a rerun: \(final.memberDifferences(from: synced)); \(FaultScale.replay)")
        XCTAssertEqual(try binary.run("check").status, 0)
    }

    /// The fault tests' programme at `path`, connected to `shop`.
    private func connectedShop(at path: String, _ shop: ShopStandIn) throws {
        let store = try FaultShop.create(at: path)
        let platform: ShopPlatform = shop.platform == .woocommerce ? .woocommerce : .shopify
        let credentials = try ShopCredentials.parse(shop.credentials(), platform: platform, source: "stand-in")
        try store.connectShop(platform, address: shop.address, credentials: credentials)
    }
}
