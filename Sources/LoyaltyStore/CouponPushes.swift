import Foundation
import LoyaltyCore

/// What a push does to a coupon in the connected shop.
public enum CouponPushAction: String, Sendable {
    /// Create the coupon there (it was issued here).
    case create
    /// Remove it there (it was voided or expired here).
    case delete
}

/// One coupon waiting to be created in, or removed from, the connected shop.
public struct CouponPush: Sendable, Equatable {
    public let coupon: CouponRecord
    /// The member's e-mail, the only customer the coupon is for.
    public let email: String
    public let action: CouponPushAction
    /// Failed tries so far.
    public let attempts: Int
    /// The shop's id of the coupon, once the shop gave it (for a delete: the create's).
    public let shopRef: String?
    /// The member's customer accounts in the shop that a sync or import linked, by key
    /// (`shopify:<Customer ID>`, `woo:<id>`): Shopify gives a coupon to one customer by this id.
    public let shopAccounts: [String]
}

/// How many pushes wait, and the last failure, for `shop status`.
public struct CouponPushBacklog: Sendable, Equatable {
    public let waiting: Int
    public let lastError: String?
}

extension Transaction {
    /// The longest wait before a failed push is tried again.
    static let longestPushWait: Int64 = 3_600

    /// Queues what the shop must be told: every issued coupon of a member not erased that was never
    /// handed out (neither pushed nor exported by `coupon export`) is to be created there, and every
    /// coupon queued for the shop that is now voided or expired is to be removed. Each coupon and
    /// action is queued once, ever. Returns how many were queued.
    func queueCouponPushes() throws -> Int {
        let created = try db.run("""
            INSERT OR IGNORE INTO shop_coupon_pushes(coupon_id, action, queued_at, next_attempt_at)
            SELECT c.id, 'create', ?1, ?1 FROM coupons c JOIN members m ON m.id = c.member_id
            WHERE c.state = 'issued' AND c.exported_at IS NULL AND m.erased_at IS NULL
            """, [nowSeconds])
        if created > 0 {
            try db.run("""
                UPDATE coupons SET exported_at = ?1 WHERE exported_at IS NULL
                  AND id IN (SELECT coupon_id FROM shop_coupon_pushes WHERE action = 'create' AND queued_at = ?1)
                """, [nowSeconds])
        }
        // A coupon voided before its creation was pushed is not created; its removal below finds by
        // its code whether an interrupted try created it after all.
        try db.run("""
            UPDATE shop_coupon_pushes SET done_at = ?1 WHERE action = 'create' AND done_at IS NULL
              AND coupon_id IN (SELECT id FROM coupons WHERE state IN ('voided', 'expired'))
            """, [nowSeconds])
        let deleted = try db.run("""
            INSERT OR IGNORE INTO shop_coupon_pushes(coupon_id, action, queued_at, next_attempt_at)
            SELECT p.coupon_id, 'delete', ?1, ?1 FROM shop_coupon_pushes p JOIN coupons c ON c.id = p.coupon_id
            WHERE p.action = 'create' AND c.state IN ('voided', 'expired')
            """, [nowSeconds])
        return created + deleted
    }

    /// The pushes due now, creations before removals, oldest first.
    func duePushes(limit: Int) throws -> [CouponPush] {
        let columns = Transaction.couponColumns.split(separator: ",").map { "c." + String($0).trimmingWhitespace() }.joined(separator: ", ")
        return try db.all("""
            SELECT \(columns), m.email, p.action, p.attempts,
                   COALESCE(p.shop_ref, (SELECT shop_ref FROM shop_coupon_pushes WHERE coupon_id = p.coupon_id AND action = 'create')),
                   (SELECT group_concat(key, char(10)) FROM (SELECT key FROM shop_customers WHERE member_id = m.id ORDER BY key))
            FROM shop_coupon_pushes p JOIN coupons c ON c.id = p.coupon_id JOIN members m ON m.id = c.member_id
            WHERE p.done_at IS NULL AND p.next_attempt_at <= ? ORDER BY p.action, c.id LIMIT ?
            """, [nowSeconds, limit]) { row in
            CouponPush(coupon: Transaction.coupon(from: row), email: row.text(15), action: CouponPushAction(rawValue: row.text(16)) ?? .create,
                       attempts: Int(row.int(17)), shopRef: row.optionalText(18),
                       shopAccounts: row.optionalText(19).map { $0.split(separator: "\n").map(String.init) } ?? [])
        }
    }
}

extension Store {
    /// Queues the pushes a sync owes the shop (`Transaction.queueCouponPushes`), in one transaction.
    @discardableResult
    public func queueCouponPushes() throws -> Int {
        try write(.membersAndPoints) { tx in try tx.queueCouponPushes() }
    }

    /// Up to `limit` pushes due now.
    public func duePushes(limit: Int = 100) throws -> [CouponPush] {
        try read { tx in try tx.duePushes(limit: limit) }
    }

    /// Records that the shop did what `push` asked (or that there was nothing to do: the coupon was
    /// already there, or already gone), with the shop's id of the coupon when it gave one.
    public func recordPushDone(_ push: CouponPush, shopRef: String?) throws {
        try write(.membersAndPoints) { tx in
            try tx.db.run("UPDATE shop_coupon_pushes SET done_at = ?, shop_ref = COALESCE(?, shop_ref), last_error = NULL WHERE coupon_id = ? AND action = ?",
                          [tx.nowSeconds, shopRef, push.coupon.id, push.action.rawValue])
        }
    }

    /// Keeps the shop's id of a coupon whose creation is under way (Shopify: its price rule, before
    /// the code is added), so a try stopped after it goes on from there.
    public func recordPushProgress(_ push: CouponPush, shopRef: String) throws {
        try write(.membersAndPoints) { tx in
            try tx.db.run("UPDATE shop_coupon_pushes SET shop_ref = ? WHERE coupon_id = ? AND action = ?",
                          [shopRef, push.coupon.id, push.action.rawValue])
        }
    }

    /// Records a failed push: it is tried again after a wait that doubles with each failure (1
    /// minute, 2, 4, … at most an hour), and the reason is kept as the connection's last error.
    public func recordPushFailure(_ push: CouponPush, reason: String) throws {
        try write(.membersAndPoints) { tx in
            let wait = min(Transaction.longestPushWait, 60 << Int64(min(push.attempts, 12)))
            try tx.db.run("""
                UPDATE shop_coupon_pushes SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE coupon_id = ? AND action = ?
                """, [tx.nowSeconds + wait, String(reason.prefix(500)), push.coupon.id, push.action.rawValue])
            try tx.recordShopError("coupon \(push.coupon.code) not \(push.action == .create ? "created in" : "removed from") the shop: \(reason)")
        }
    }

    /// How many pushes wait (queued, and coupons issued since the last sync), and why the last failed.
    public func couponPushBacklog() throws -> CouponPushBacklog {
        try read { tx in
            CouponPushBacklog(waiting: Int(try tx.db.scalar("SELECT count(*) FROM shop_coupon_pushes WHERE done_at IS NULL")
                                           + tx.db.scalar("""
                                               SELECT count(*) FROM coupons c JOIN members m ON m.id = c.member_id
                                               WHERE c.state = 'issued' AND c.exported_at IS NULL AND m.erased_at IS NULL
                                               """)),
                              lastError: try tx.db.one("SELECT last_error FROM shop_coupon_pushes WHERE done_at IS NULL AND last_error IS NOT NULL ORDER BY next_attempt_at DESC LIMIT 1") { $0.optionalText(0) } ?? nil)
        }
    }
}
