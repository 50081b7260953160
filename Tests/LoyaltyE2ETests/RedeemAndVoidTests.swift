import Foundation
import XCTest

/// Staff at the counter redeem a reward for a member: the dashboard asks first with the points and
/// the balance before → after, shows the coupon, and voiding it from the member's coupons gives the
/// points back. The database must hold exactly that.
final class RedeemAndVoidTests: XCTestCase {
    func testRedeemConfirmSeeTheCouponVoidItAndThePointsComeBack() throws {
        let (database, terminal) = try Dashboard.open(for: self) { database in
            try E2E.loyalty(database, "reward", "add", "--name", "Free cake", "--cost", "250", "--free-product", "CAKE")
            try E2E.loyalty(database, "points", "give", "zoe@example.com", "120", "--reason", "opening gift")
        }
        try terminal.press("/")
        try terminal.waitFor("Find:")
        try terminal.type("Zoë")
        try terminal.waitUntil("only Zoë Jansen found") { $0.contains("Zoë Jansen") && !$0.contains("Zeno Bakker") }
        try terminal.press("Enter", "Enter")
        try terminal.waitFor("Member · Base · 120 ☕ Stars")

        // ← stays on the first reward; the one out of reach says why.
        try terminal.press("R")
        try terminal.waitFor("Redeem for Zoë Jansen")
        try terminal.press("Left")
        try terminal.waitFor("‹ €5 off · 100 Stars ›")
        try terminal.press("Right")
        try terminal.waitFor("Free cake · 250 Stars ✗ needs")
        try terminal.press("Left", "Enter")
        try terminal.waitFor("Uses 100 Stars: balance 120 → 20 Stars")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT count(*) FROM coupons"), "0", "nothing is redeemed before the answer")
        try terminal.press("y")
        try terminal.waitFor("Member · Base · 20 ☕ Stars")
        let code = try E2E.sqlite(database, "SELECT code FROM coupons")
        let grouped = stride(from: 0, to: code.count, by: 4).map { String(Array(code)[$0..<min($0 + 4, code.count)]) }.joined(separator: "-")
        try terminal.waitFor("Coupons: \(grouped)  €5 off  issued")

        // The coupons, and voiding one: its points go back.
        try terminal.press("c")
        try terminal.waitFor("Code")
        try terminal.press("v")
        try terminal.waitFor("Its 100 Stars go back: balance 20 → 120 Stars")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT state FROM coupons"), "issued", "nothing is voided before the answer")
        try terminal.press("y")
        try terminal.waitFor("Member · Base · 120 ☕ Stars")
        try terminal.waitFor("Coupons: \(grouped)  €5 off  voided")

        XCTAssertEqual(try E2E.sqlite(database, "SELECT state, points, returned FROM coupons"), "voided|100|100")
        let zoe = "(SELECT id FROM members WHERE email = 'zoe@example.com')"
        XCTAssertEqual(try E2E.sqlite(database, "SELECT kind, delta, balance_after FROM ledger WHERE member_id = \(zoe) ORDER BY id"),
                       "give|120|120\nredeem|-100|20\nreverse|100|120")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT balance FROM members WHERE email = 'zoe@example.com'"), "120")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT action, actor FROM audit_log WHERE action IN ('points.redeem', 'coupon.void') ORDER BY id"),
                       "points.redeem|\(E2E.osUser)\ncoupon.void|\(E2E.osUser)")
        XCTAssertTrue(try E2E.loyalty(database, "check").hasPrefix("ok"))
    }
}
