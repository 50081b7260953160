import Foundation
import LoyaltyCore

/// A coupon on its way to the shop, with the e-mail address it is restricted to.
public struct ExportedCoupon: Equatable, Sendable {
    public let coupon: CouponRecord
    public let email: String
}

extension Transaction {
    /// Hands issued coupons to `body` in chunks of up to `chunkSize` (oldest first), marking each one
    /// exported (`exported_at`) as it goes. Only coupons never exported before, unless `all`.
    /// Coupons of erased members are never exported. Runs inside the caller's write transaction, so
    /// two exports can never both take a coupon and a failed export marks nothing.
    func exportCoupons(all: Bool, chunkSize: Int, _ body: ([ExportedCoupon]) throws -> Void) throws -> Int {
        let columns = Transaction.couponColumns.split(separator: ",").map { "c." + String($0).trimmingWhitespace() }.joined(separator: ", ")
        var after: Int64 = 0
        var count = 0
        while true {
            let chunk = try db.all("""
                SELECT \(columns), m.email FROM coupons c JOIN members m ON m.id = c.member_id
                WHERE c.id > ?1 AND c.state = 'issued' AND (?2 OR c.exported_at IS NULL) AND m.erased_at IS NULL
                ORDER BY c.id LIMIT ?3
                """, [after, all, chunkSize]) { ExportedCoupon(coupon: Transaction.coupon(from: $0), email: $0.text(15)) }
            guard let last = chunk.last else { return count }
            for item in chunk where item.coupon.exported == nil {
                try db.run("UPDATE coupons SET exported_at = ? WHERE id = ?", [nowSeconds, item.coupon.id])
            }
            try body(chunk)
            count += chunk.count
            after = last.coupon.id
        }
    }
}

extension Store {
    /// Exports issued coupons in one write transaction: `body` receives them in chunks (e.g. to write
    /// them out) and `finish` runs after the last one, all before anything is committed; if either
    /// throws, nothing is marked exported. Returns how many were exported.
    @discardableResult
    public func exportCoupons(all: Bool = false, chunkSize: Int = 100, _ body: ([ExportedCoupon]) throws -> Void,
                              finish: () throws -> Void = {}) throws -> Int {
        try write(.programme) { tx in
            let count = try tx.exportCoupons(all: all, chunkSize: chunkSize, body)
            try finish()
            return count
        }
    }
}
