import Foundation
import LoyaltyCore

/// What a refund changed.
public struct RefundOutcome: Sendable, Equatable {
    public let key: String
    public let memberID: Int64
    /// Earned points taken back.
    public let reversed: Points
    /// Points spent on the order given back.
    public let returned: Points
    public let duplicate: Bool
}

extension Transaction {
    /// Loads the order, the coupons spent on it and its member, applies what Core's
    /// `RefundDecision.decide` returns and records the refund, exactly once per refund id. A refund
    /// dated before its order was placed happens when the order did. An import passes the `programme`
    /// it read once for the whole file.
    func refund(_ request: RefundRequest, programme: ProgramSnapshot) throws -> RefundOutcome {
        let ref = request.orderRef.trimmingWhitespace()
        if let refundID = request.refundID, ExternalID.problem(refundID) != nil {
            throw LoyaltyError.refund(.badRefundID(maximumLength: ExternalID.maxLength))
        }
        guard let order = try db.one("SELECT member_id, paid, earned_entry_id, earned, refunded, reversed FROM orders WHERE ref = ?", [ref], {
            (member: $0.int(0), paid: $0.int(1), entry: $0.optionalInt(2), earned: $0.int(3), refunded: $0.int(4), reversed: $0.int(5))
        }) else {
            throw LoyaltyError.refund(.noSuchOrder(ref))
        }
        let currency = programme.program.currency
        if request.amount != nil, request.refundID == nil {
            throw LoyaltyError.refund(.partialNeedsRefundID)
        }
        if let amount = request.amount {
            guard amount.currency == currency else { throw LoyaltyError.refund(.inOtherCurrency(refund: amount.currency.code, programme: currency.code)) }
            guard amount.minorUnits > 0 else { throw LoyaltyError.refund(.amountNotAboveZero(amount)) }
        }
        var keyed = request
        keyed.orderRef = ref
        let payload = keyed.payload
        let requested = request.occurredAt ?? now
        try EventMoment.check(requested, now: now)
        let placed = try order.entry.flatMap { try db.one("SELECT occurred_at FROM ledger WHERE id = ?", [$0]) { $0.int(0) } }
        let moment = placed.map { max(requested, Date(unixSeconds: $0)) } ?? requested
        keyed.occurredAt = moment
        if try earlierOutcome(key: keyed.key, payload: payload) != nil {
            let reversed = try db.scalar("SELECT coalesce(-sum(delta), 0) FROM ledger WHERE event_key = ? AND delta < 0", [keyed.key])
            let returned = try db.scalar("SELECT coalesce(sum(delta), 0) FROM ledger WHERE event_key = ? AND delta > 0", [keyed.key])
            return RefundOutcome(key: keyed.key, memberID: order.member, reversed: reversed, returned: returned, duplicate: true)
        }
        let expired = try order.entry.map { try db.scalar("SELECT coalesce(-sum(delta), 0) FROM ledger WHERE kind = 'expire' AND lot_id = ?", [$0]) } ?? 0
        let recorded = RefundedOrder(ref: ref, memberID: order.member, paid: order.paid, earnedEntryID: order.entry, earned: order.earned,
                                     refunded: order.refunded, reversed: order.reversed, expired: expired)
        let coupons = try db.all("SELECT id, code, points, returned, redeem_entry_id, member_id FROM coupons WHERE order_ref = ?", [ref]) {
            CouponSpentOnOrder(id: $0.int(0), code: $0.text(1), memberID: $0.int(5), points: $0.int(2), returned: $0.int(3), redeemEntryID: $0.int(4))
        }
        let decision = RefundDecision.decide(keyed, order: recorded, coupons: coupons, programme: programme,
                                             member: try memberSnapshot(id: order.member, programme: programme, at: moment))
        try apply(decision.changes, programme: programme)
        try db.run("UPDATE orders SET refunded = ?, reversed = reversed + ? WHERE ref = ?", [decision.refundedNow, decision.reversed, ref])
        for (id, give) in decision.returnedByCoupon { try db.run("UPDATE coupons SET returned = returned + ? WHERE id = ?", [give, id]) }
        let (reversed, returned) = (decision.reversed, decision.returned)
        try db.run("INSERT INTO events(key, kind, member_id, payload, awarded, outcome, created_at) VALUES (?, 'refund', ?, ?, 0, ?, ?)",
                   [keyed.key, order.member, payload, "reversed \(reversed), returned \(returned)", nowSeconds])
        return RefundOutcome(key: keyed.key, memberID: order.member, reversed: reversed, returned: returned, duplicate: false)
    }
}

extension Store {
    /// Records a refund or cancellation of an order, exactly once per refund id.
    public func refund(_ request: RefundRequest) throws -> RefundOutcome {
        try write(.membersAndPoints) { tx in
            let outcome = try tx.refund(request, programme: try tx.programSnapshot())
            if !outcome.duplicate {
                try tx.audit("event.refund", try tx.member(id: outcome.memberID).email,
                             after: "reversed \(outcome.reversed), returned \(outcome.returned)", reason: outcome.key, memberID: outcome.memberID)
            }
            return outcome
        }
    }
}
