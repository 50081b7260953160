import LoyaltyCore

/// A refund or cancellation of an order that earned (or spent) points.
public struct RefundRequest: Sendable {
    public var orderRef: String
    /// The shop's id of this refund; omitted for a cancellation.
    public var refundID: String?
    /// The amount refunded, from the subtotal the points were earned on; nil refunds everything.
    public var amount: Money?

    public init(orderRef: String, refundID: String? = nil, amount: Money? = nil) {
        self.orderRef = orderRef
        self.refundID = refundID
        self.amount = amount
    }

    /// "refund:1042:r1", or "cancel:1042" for a whole-order cancellation.
    public var key: String { refundID.map { "refund:\(orderRef):\($0)" } ?? "cancel:\(orderRef)" }
}

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
    /// Takes back `floor(earned × refunded ÷ paid)` of the points the order earned (against the original
    /// entry), but never points of it that already expired (they left the balance once), and gives back
    /// the same share of points spent on it. May leave a negative balance,
    /// which blocks redeeming until it is positive again. Exactly once per refund id. An import passes
    /// the `programme` it read once for the whole file.
    func refund(_ request: RefundRequest, programme: ProgramSnapshot) throws -> RefundOutcome {
        let ref = request.orderRef.trimmingWhitespace()
        if let refundID = request.refundID, ExternalID.problem(refundID) != nil {
            throw LoyaltyError.invalid("the refund id must be 1 to \(ExternalID.maxLength) printable characters (no control characters)")
        }
        guard let order = try db.one("SELECT member_id, paid, earned_entry_id, earned, refunded, reversed FROM orders WHERE ref = ?", [ref], {
            (member: $0.int(0), paid: $0.int(1), entry: $0.optionalInt(2), earned: $0.int(3), refunded: $0.int(4), reversed: $0.int(5))
        }) else {
            throw LoyaltyError.notFound("no order \(ref) was recorded; nothing to refund")
        }
        let currency = programme.program.currency
        if request.amount != nil, request.refundID == nil {
            throw LoyaltyError.invalid("a partial refund needs its own refund id (the shop's refund number), so a second partial refund is not mistaken for the first")
        }
        if let amount = request.amount {
            guard amount.currency == currency else { throw LoyaltyError.invalid("the refund is in \(amount.currency.code) but the programme counts in \(currency.code)") }
            guard amount.minorUnits > 0 else { throw LoyaltyError.invalid("a refund amount must be above 0 (got \(amount.decimalString))") }
        }
        var keyed = request
        keyed.orderRef = ref
        let payload = "amount=\(request.amount.map { String($0.minorUnits) } ?? "all")"
        if try earlierOutcome(key: keyed.key, payload: payload) != nil {
            let reversed = try db.scalar("SELECT coalesce(-sum(delta), 0) FROM ledger WHERE event_key = ? AND delta < 0", [keyed.key])
            let returned = try db.scalar("SELECT coalesce(sum(delta), 0) FROM ledger WHERE event_key = ? AND delta > 0", [keyed.key])
            return RefundOutcome(key: keyed.key, memberID: order.member, reversed: reversed, returned: returned, duplicate: true)
        }
        let refundedNow = min(order.paid, order.refunded + (request.amount?.minorUnits ?? order.paid))
        var reversed: Points = 0
        if let entry = order.entry {
            let expired = try db.scalar("SELECT coalesce(-sum(delta), 0) FROM ledger WHERE kind = 'expire' AND lot_id = ?", [entry])
            reversed = min(pointsToReverse(earned: order.earned, paid: order.paid, refundedSoFar: refundedNow, alreadyReversed: order.reversed),
                           max(0, order.earned - expired - order.reversed))
            if reversed > 0 {
                try post(memberID: order.member, kind: .reverse, delta: -reversed, reason: "Refund of order \(ref)", eventKey: keyed.key,
                         reversesID: entry, programme: programme)
            }
        }
        try db.run("UPDATE orders SET refunded = ?, reversed = reversed + ? WHERE ref = ?", [refundedNow, reversed, ref])
        var returned: Points = 0
        let spent = try db.all("SELECT id, code, points, returned, redeem_entry_id, member_id FROM coupons WHERE order_ref = ?", [ref]) {
            (id: $0.int(0), code: $0.text(1), points: $0.int(2), returned: $0.int(3), entry: $0.int(4), member: $0.int(5))
        }
        for coupon in spent {
            let give = pointsToReverse(earned: coupon.points, paid: order.paid, refundedSoFar: refundedNow, alreadyReversed: coupon.returned)
            guard give > 0 else { continue }
            try post(memberID: coupon.member, kind: .reverse, delta: give, reason: "Refund of order \(ref): points spent returned (coupon \(coupon.code))",
                     eventKey: keyed.key, reversesID: coupon.entry, programme: programme)
            try db.run("UPDATE coupons SET returned = returned + ? WHERE id = ?", [give, coupon.id])
            returned += give
        }
        try db.run("INSERT INTO events(key, kind, member_id, payload, awarded, outcome, created_at) VALUES (?, 'refund', ?, ?, 0, ?, ?)",
                   [keyed.key, order.member, payload, "reversed \(reversed), returned \(returned)", nowSeconds])
        try reevaluateTier(memberID: order.member, programme: programme)
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
