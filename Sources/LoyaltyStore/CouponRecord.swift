import Foundation
import LoyaltyCore

/// A coupon issued for a redemption, as stored.
public struct CouponRecord: Equatable, Sendable, Identifiable {
    public let id: Int64
    public let code: String
    public let memberID: Int64
    public let rewardName: String
    /// What it gives, e.g. "5.00 EUR off".
    public let description: String
    public let discountType: String
    /// Percent for percent_off, minor units for amount_off / sale_price / flexible discounts.
    public let discountValue: Int64?
    public let sku: String?
    public let minimumSubtotal: Int64?
    public let points: Points
    /// The points already given back (by a refund of its order, or when it was voided).
    public let returned: Points
    public let orderRef: String?
    public let state: CouponState
    public let issued: Date
    public let exported: Date?
}

extension Transaction {
    static let couponColumns = "id, code, member_id, reward_name, description, discount_type, discount_value, sku, min_subtotal, points, order_ref, state, issued_at, exported_at, returned"

    static func coupon(from row: Row) -> CouponRecord {
        CouponRecord(id: row.int(0), code: row.text(1), memberID: row.int(2), rewardName: row.text(3), description: row.text(4),
                     discountType: row.text(5), discountValue: row.optionalInt(6), sku: row.optionalText(7), minimumSubtotal: row.optionalInt(8),
                     points: row.int(9), returned: row.int(14), orderRef: row.optionalText(10), state: CouponState(rawValue: row.text(11)) ?? .issued,
                     issued: Date(unixSeconds: row.int(12)), exported: row.optionalInt(13).map(Date.init(unixSeconds:)))
    }

    func coupon(code: String) throws -> CouponRecord {
        guard let coupon = try db.one("SELECT \(Transaction.couponColumns) FROM coupons WHERE code = ?", [CouponCode.normalize(code)], Transaction.coupon(from:)) else {
            throw LoyaltyError.redeeming(.noSuchCoupon(code: code))
        }
        return coupon
    }

    /// A member's coupons, newest first.
    public func coupons(memberID: Int64) throws -> [CouponRecord] {
        try db.all("SELECT \(Transaction.couponColumns) FROM coupons WHERE member_id = ? ORDER BY id DESC", [memberID], Transaction.coupon(from:))
    }

    /// Every coupon in a state (or all), newest first, up to `limit`.
    public func coupons(state: CouponState?, limit: Int) throws -> [CouponRecord] {
        try db.all("SELECT \(Transaction.couponColumns) FROM coupons WHERE ?1 IS NULL OR state = ?1 ORDER BY id DESC LIMIT ?2",
                   [state?.rawValue, limit], Transaction.coupon(from:))
    }

    /// A new code that no coupon has yet (the CSPRNG makes a clash unlikely; it is retried anyway).
    func unusedCouponCode() throws -> String {
        while true {
            let code = CouponCode.generate()
            if try db.scalar("SELECT count(*) FROM coupons WHERE code = ?", [code]) == 0 { return code }
        }
    }

    /// Moves an issued coupon to used or voided. Voiding gives back the points not yet returned.
    func changeCoupon(code: String, to state: CouponState) throws -> CouponRecord {
        let coupon = try coupon(code: code)
        guard coupon.state.canMove(to: state) else {
            throw LoyaltyError.redeeming(.couponNotIssued(code: coupon.code, state: coupon.state, wanted: state))
        }
        try db.run("UPDATE coupons SET state = ?, state_at = ? WHERE id = ?", [state.rawValue, nowSeconds, coupon.id])
        if state == .voided {
            let row = try db.one("SELECT points - returned, redeem_entry_id FROM coupons WHERE id = ?", [coupon.id]) { ($0.int(0), $0.int(1)) }!
            if row.0 > 0 {
                try post(memberID: coupon.memberID, kind: .reverse, delta: row.0, reason: "Coupon \(coupon.code) voided: points returned", reversesID: row.1, programme: try programSnapshot())
                try db.run("UPDATE coupons SET returned = points WHERE id = ?", [coupon.id])
            }
        }
        return try self.coupon(code: coupon.code)
    }

    /// `changeCoupon`, recorded in the audit log.
    func auditedChange(code: String, to state: CouponState) throws -> CouponRecord {
        let before = try coupon(code: code)
        let after = try changeCoupon(code: code, to: state)
        try audit("coupon.\(state == .used ? "use" : "void")", "coupon \(after.code)", before: "state: \(before.state.rawValue)",
                  after: "state: \(after.state.rawValue)", memberID: after.memberID)
        return after
    }
}

extension Store {
    public func coupons(memberID: Int64) throws -> [CouponRecord] { try read { try $0.coupons(memberID: memberID) } }
    public func coupons(state: CouponState? = nil, limit: Int = 100) throws -> [CouponRecord] { try read { try $0.coupons(state: state, limit: limit) } }
    /// Marks an issued coupon used (the shop accepted it).
    public func useCoupon(code: String) throws -> CouponRecord { try write(.membersAndPoints) { try $0.auditedChange(code: code, to: .used) } }
    /// Voids an issued coupon and returns its points to the member.
    public func voidCoupon(code: String) throws -> CouponRecord { try write(.membersAndPoints) { try $0.auditedChange(code: code, to: .voided) } }
}
