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
    /// The points a confirmation showed; the redemption is refused when it would now use others
    /// (the balance changed meanwhile).
    public var expectedPoints: Points?

    public init(email: String, rewardID: Int64, orderTotal: Money? = nil, points: Points? = nil, orderRef: String? = nil,
                expectedPoints: Points? = nil) {
        self.email = email
        self.rewardID = rewardID
        self.orderTotal = orderTotal
        self.points = points
        self.orderRef = orderRef
        self.expectedPoints = expectedPoints
    }
}

extension Transaction {
    /// What `request` would do (the points, what the coupon gives), or the refusal, without writing:
    /// `RedemptionRules` decides from the member, the reward, the programme and its tiers.
    func quote(_ request: RedeemRequest) throws -> (member: Member, reward: Reward, quote: RedemptionQuote) {
        let program = try self.program()
        if let orderRef = request.orderRef, ExternalID.problem(orderRef.trimmingWhitespace()) != nil {
            throw LoyaltyError.redeeming(.badOrderReference)
        }
        let member = try requireMember(email: request.email)
        let reward = try self.reward(id: request.rewardID)
        let quote = try RedemptionRules.quote(reward, for: member, program: program, tiers: try tiers(),
                                              orderTotal: request.orderTotal, requested: request.points)
        if let expected = request.expectedPoints, expected != quote.points {
            throw LoyaltyError.redeeming(.balanceChanged(email: member.email, now: quote.points, shown: expected, pointsName: program.pointsName))
        }
        return (member, reward, quote)
    }

    /// Each active reward with why `memberID` cannot have it (nil when they can), in the rewards' order.
    func redemptionOptions(memberID: Int64) throws -> [RedemptionOption] {
        let program = try program(), member = try self.member(id: memberID), tiers = try tiers()
        return try rewards().filter(\.active).map { reward in
            let why = RedemptionRules.refusals(member: member, reward: reward, program: program, tiers: tiers).first
            return RedemptionOption(reward: reward, refusal: why?.reason(pointsName: program.pointsName), why: why)
        }
    }

    /// Spends points on a reward and issues its coupon: `quote` decides whether and how many points,
    /// `RedemptionRules.decide` what that changes, and `apply` writes it before the coupon is stored.
    func redeem(_ request: RedeemRequest) throws -> CouponRecord {
        let (member, reward, quote) = try self.quote(request)
        let code = try unusedCouponCode()
        let programme = try programSnapshot()
        let spent = try apply(RedemptionRules.decide(quote, reward: reward, code: code, memberID: member.id, programme: programme), programme: programme)
        try db.run("""
            INSERT INTO coupons(code, member_id, reward_id, reward_name, description, discount_type, discount_value, sku, min_subtotal,
                points, redeem_entry_id, order_ref, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [code, member.id, reward.id, reward.name, quote.description, quote.discountType, quote.discountValue, quote.sku,
                  quote.minimumSubtotal?.minorUnits, quote.points, spent[0].id, request.orderRef?.trimmingWhitespace(), nowSeconds])
        return try coupon(code: code)
    }
}

/// An active reward offered to a member, with why they cannot have it (e.g. "needs 130 more
/// Stars", "for Gold and above"), or nil when they can.
public struct RedemptionOption: Equatable, Sendable {
    public let reward: Reward
    public let refusal: String?
    /// The same refusal as a typed value, for a front end that words it in its own language.
    public let why: RedemptionRules.Refusal?
}

extension Store {
    /// What redeeming would do (points, what the coupon gives), or the refusal, without writing:
    /// the same decision `redeem` makes.
    public func quoteRedemption(_ request: RedeemRequest) throws -> RedemptionQuote {
        try read { try $0.quote(request).quote }
    }

    /// The active rewards with why the member cannot have each (nil when they can).
    public func redemptionOptions(memberID: Int64) throws -> [RedemptionOption] {
        try read { try $0.redemptionOptions(memberID: memberID) }
    }

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
