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
    /// Spends points on a reward and issues its coupon when `RedemptionEligibility` allows it: only
    /// members of an active programme, with enough points, the reward's tier and a big enough order.
    func redeem(_ request: RedeemRequest) throws -> CouponRecord {
        let program = try self.program()
        if let orderRef = request.orderRef, ExternalID.problem(orderRef.trimmingWhitespace()) != nil {
            throw LoyaltyError.invalid("the order reference must be 1 to \(ExternalID.maxLength) printable characters (no control characters)")
        }
        let member = try requireMember(email: request.email)
        let reward = try self.reward(id: request.rewardID)
        if reward.isFlexible, request.orderTotal == nil { throw Transaction.flexibleNeedsOrderTotal }
        if let refusal = RedemptionEligibility.refusals(member: member, reward: reward, program: program, tiers: try tiers(),
                                                             orderTotal: request.orderTotal).first {
            throw refused(refusal, member: member, reward: reward, pointsName: program.pointsName)
        }
        let points: Points, description: String, discountType: String
        var value: Int64?, sku: String?, minimumSubtotal: Int64?
        switch reward.kind {
        case .fixed(let fixed):
            points = fixed.cost
            description = reward.customerGives
            discountType = fixed.discount.typeName
            minimumSubtotal = fixed.minimumSubtotal?.minorUnits
            value = fixed.discount.storedValue
            sku = fixed.discount.sku
        case .flexible(let flex):
            guard let total = request.orderTotal else { throw Transaction.flexibleNeedsOrderTotal }
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

    private static let flexibleNeedsOrderTotal = LoyaltyError.invalid("the flexible reward needs the order total (--order-total) to work out the discount")

    /// The redemption's refusal as the store words it.
    private func refused(_ refusal: RedemptionEligibility.Refusal, member: Member, reward: Reward, pointsName: String) -> LoyaltyError {
        switch refusal {
        case .programmeNotActive(let status):
            return .refused("the programme is \(status.rawValue), so nothing can be redeemed; launch or resume it first")
        case .notAMember(let status):
            return .refused("\(member.email) is \(status == .pending ? "pending" : "a \(status.rawValue)"); only members can redeem: make them a member first")
        case .inactive:
            return .refused("reward \"\(reward.name)\" is not active")
        case .shortOfPoints(_, let balance) where balance <= 0:
            return .refused("\(member.email) has \(balance) \(pointsName); redeeming needs a positive balance")
        case .shortOfPoints(let needed, let balance):
            let what = reward.isFlexible ? "needs at least" : "costs"
            return .refused("\(member.email) has \(balance) \(pointsName); \"\(reward.name)\" \(what) \(needed)")
        case .belowTier(let needed, let current):
            return .refused("\"\(reward.name)\" is for \(needed.name) and above; \(member.email) is \(current.name)")
        case .orderTooSmall(let minimum, let order):
            return .refused("\"\(reward.name)\" needs an order of at least \(minimum); this one is \(order)")
        }
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
