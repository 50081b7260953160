import LoyaltyCore

/// A member spending points on a reward.
public struct RedeemRequest: Sendable {
    public var email: String
    public var rewardID: Int64
    /// Needed for the flexible reward; checked against a fixed reward's minimum subtotal when given.
    public var orderTotal: Money?
    /// For the flexible reward: use at most this many points.
    public var points: Points?
    /// The shop's order the coupon is for, so a refund of it returns the points.
    public var orderRef: String?

    public init(email: String, rewardID: Int64, orderTotal: Money? = nil, points: Points? = nil, orderRef: String? = nil) {
        self.email = email
        self.rewardID = rewardID
        self.orderTotal = orderTotal
        self.points = points
        self.orderRef = orderRef
    }
}

extension Transaction {
    /// Spends points on a reward and issues its coupon. Only members of an active programme may redeem,
    /// with enough points, a positive balance and the reward's tier.
    func redeem(_ request: RedeemRequest) throws -> CouponRecord {
        let program = try requireActive("redeemed")
        if let orderRef = request.orderRef, ExternalID.problem(orderRef.trimmingWhitespace()) != nil {
            throw LoyaltyError.invalid("the order reference must be 1 to \(ExternalID.maxLength) printable characters (no control characters)")
        }
        let member = try requireMember(email: request.email)
        guard member.status == .member else {
            throw LoyaltyError.refused("\(member.email) is \(member.status == .pending ? "pending" : "a \(member.status.rawValue)"); only members can redeem: make them a member first")
        }
        guard member.balance > 0 else {
            throw LoyaltyError.refused("\(member.email) has \(member.balance) \(program.pointsName); redeeming needs a positive balance")
        }
        let reward = try self.reward(id: request.rewardID)
        guard reward.active else { throw LoyaltyError.refused("reward \"\(reward.name)\" is not active") }
        let points: Points, description: String, discountType: String
        var value: Int64?, sku: String?, minimumSubtotal: Int64?
        switch reward.kind {
        case .fixed(let fixed):
            guard member.balance >= fixed.cost else {
                throw LoyaltyError.refused("\(member.email) has \(member.balance) \(program.pointsName); \"\(reward.name)\" costs \(fixed.cost)")
            }
            if let tierID = fixed.minimumTierID {
                let needed = try tier(id: tierID), has = try tier(id: member.tierID)
                guard has.threshold >= needed.threshold else {
                    throw LoyaltyError.refused("\"\(reward.name)\" is for \(needed.name) and above; \(member.email) is \(has.name)")
                }
            }
            if let minimum = fixed.minimumSubtotal, let total = request.orderTotal, total < minimum {
                throw LoyaltyError.refused("\"\(reward.name)\" needs an order of at least \(minimum); this one is \(total)")
            }
            points = fixed.cost
            description = fixed.discount.label
            discountType = fixed.discount.typeName
            minimumSubtotal = fixed.minimumSubtotal?.minorUnits
            value = fixed.discount.storedValue
            sku = fixed.discount.sku
        case .flexible(let flex):
            guard let total = request.orderTotal else {
                throw LoyaltyError.invalid("the flexible reward needs the order total (--order-total) to work out the discount")
            }
            let redemption = try flexibleRedemption(flex, balance: member.balance, orderTotal: total, requested: request.points)
            points = redemption.points
            description = "\(redemption.discount) off"
            discountType = "amount_off"
            value = redemption.discount.minorUnits
        }
        let code = try unusedCouponCode()
        let entry = try post(memberID: member.id, kind: .redeem, delta: -points, reason: "\(reward.name): coupon \(code)")
        try db.run("""
            INSERT INTO coupons(code, member_id, reward_id, reward_name, description, discount_type, discount_value, sku, min_subtotal,
                points, redeem_entry_id, order_ref, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [code, member.id, reward.id, reward.name, description, discountType, value, sku, minimumSubtotal, points, entry.id,
                  request.orderRef?.trimmingWhitespace(), nowSeconds])
        try queue(.couponIssued, member: member.id, values: ["coupon": code, "reward": reward.name, "points": String(points)], key: "coupon:\(code)")
        return try coupon(code: code)
    }
}

extension Store {
    /// Redeems a reward for a member and returns the coupon issued.
    public func redeem(_ request: RedeemRequest) throws -> CouponRecord {
        try write(.membersAndPoints) { tx in
            let before = try tx.requireMember(email: request.email)
            let coupon = try tx.redeem(request)
            try tx.audit("points.redeem", before.email, before: "balance: \(before.balance)", after: "balance: \(try tx.member(id: before.id).balance)",
                         reason: "\(coupon.rewardName): coupon \(coupon.code)", memberID: before.id)
            return coupon
        }
    }
}
