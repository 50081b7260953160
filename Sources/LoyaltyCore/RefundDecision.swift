import Foundation

/// A refund or cancellation of an order that earned (or spent) points.
public struct RefundRequest: Sendable, Equatable {
    public var orderRef: String
    /// The shop's id of this refund; omitted for a cancellation.
    public var refundID: String?
    /// The amount refunded, from the subtotal the points were earned on; nil refunds everything.
    public var amount: Money?
    /// When the refund or cancellation was made; nil when it happens as it is recorded. Not part of `payload`.
    public var occurredAt: Date?

    public init(orderRef: String, refundID: String? = nil, amount: Money? = nil, occurredAt: Date? = nil) {
        self.orderRef = orderRef
        self.refundID = refundID
        self.amount = amount
        self.occurredAt = occurredAt
    }

    /// "refund:1042:r1", or "cancel:1042" for a whole-order cancellation.
    public var key: String { refundID.map { "refund:\(orderRef):\($0)" } ?? "cancel:\(orderRef)" }

    /// What must be the same when the key arrives again.
    public var payload: String { "amount=\(amount.map { String($0.minorUnits) } ?? "all")" }
}

/// A recorded order as a refund needs it.
public struct RefundedOrder: Equatable, Sendable {
    public let ref: String
    public let memberID: Int64
    /// The subtotal paid, in minor units.
    public let paid: Int64
    /// The entry that earned points for it, if any.
    public let earnedEntryID: Int64?
    public let earned: Points
    /// Minor units refunded so far.
    public let refunded: Int64
    /// Earned points taken back so far.
    public let reversed: Points
    /// Points of the earning that already expired.
    public let expired: Points

    public init(ref: String, memberID: Int64, paid: Int64, earnedEntryID: Int64?, earned: Points, refunded: Int64, reversed: Points, expired: Points) {
        self.ref = ref
        self.memberID = memberID
        self.paid = paid
        self.earnedEntryID = earnedEntryID
        self.earned = earned
        self.refunded = refunded
        self.reversed = reversed
        self.expired = expired
    }
}

/// Points spent on a coupon used for the order.
public struct CouponSpentOnOrder: Equatable, Sendable {
    public let id: Int64
    public let code: String
    public let memberID: Int64
    public let points: Points
    public let returned: Points
    public let redeemEntryID: Int64

    public init(id: Int64, code: String, memberID: Int64, points: Points, returned: Points, redeemEntryID: Int64) {
        self.id = id
        self.code = code
        self.memberID = memberID
        self.points = points
        self.returned = returned
        self.redeemEntryID = redeemEntryID
    }
}

/// What a refund takes back and gives back.
public struct RefundDecision: Equatable, Sendable {
    /// Minor units refunded after this refund.
    public let refundedNow: Int64
    /// Earned points taken back.
    public let reversed: Points
    /// Points given back per coupon id.
    public let returnedByCoupon: [Int64: Points]
    public let changes: Decision

    public var returned: Points { returnedByCoupon.values.reduce(0, +) }

    /// Takes back `floor(earned × refunded ÷ paid)` of the points the order earned (against the
    /// original entry), but never points of it that already expired (they left the balance once), and
    /// gives back the same share of points spent on it; the member's tier follows the points taken
    /// back. May leave a negative balance, which blocks redeeming until it is positive again.
    public static func decide(_ request: RefundRequest, order: RefundedOrder, coupons: [CouponSpentOnOrder],
                              programme: ProgramSnapshot, member: MemberSnapshot) -> RefundDecision {
        let key = request.key
        let refundedNow = min(order.paid, order.refunded + (request.amount?.minorUnits ?? order.paid))
        var postings: [Posting] = []
        var reversed: Points = 0
        if let entry = order.earnedEntryID {
            reversed = min(pointsToReverse(earned: order.earned, paid: order.paid, refundedSoFar: refundedNow, alreadyReversed: order.reversed),
                           max(0, order.earned - order.expired - order.reversed))
            if reversed > 0 {
                postings.append(Posting(memberID: order.memberID, kind: .reverse, delta: -reversed, reason: "Refund of order \(order.ref)", eventKey: key, reversesID: entry,
                                        occurred: request.occurredAt))
            }
        }
        var returned: [Int64: Points] = [:]
        for coupon in coupons {
            let give = pointsToReverse(earned: coupon.points, paid: order.paid, refundedSoFar: refundedNow, alreadyReversed: coupon.returned)
            guard give > 0 else { continue }
            postings.append(Posting(memberID: coupon.memberID, kind: .reverse, delta: give,
                                    reason: "Refund of order \(order.ref): points spent returned (coupon \(coupon.code))", eventKey: key, reversesID: coupon.redeemEntryID,
                                    occurred: request.occurredAt))
            returned[coupon.id] = give
        }
        return RefundDecision(refundedNow: refundedNow, reversed: reversed, returnedByCoupon: returned,
                              changes: Decision(postings: postings, tierChange: TierChange.decide(member: member, earnedChange: -reversed, programme: programme)))
    }
}
