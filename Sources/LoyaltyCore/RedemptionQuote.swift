/// What redeeming a reward would do: the points it uses and what its coupon gives. Worked out
/// before anything is written, so it can be shown and confirmed first; the redemption then
/// writes exactly this.
public struct RedemptionQuote: Equatable, Sendable {
    public let points: Points
    /// What the coupon gives in the customer language, e.g. "€5.00 off", "A regular coffee".
    public let description: String
    public let discountType: String
    /// Percent for percent_off, minor units for amount_off / sale_price / flexible discounts.
    public let discountValue: Int64?
    public let sku: String?
    public let minimumSubtotal: Money?
    /// The money off, for the flexible reward.
    public let flexibleDiscount: Money?
}

extension RedemptionRules {
    /// What `member` redeeming `reward` on an order of `orderTotal` (needed for the flexible reward;
    /// checked against a fixed reward's minimum subtotal when given) would do, or the first refusal
    /// `refusals` finds. The flexible reward uses at most `requested` points when given.
    public static func quote(_ reward: Reward, for member: Member, program: Program, tiers: [Tier],
                             orderTotal: Money?, requested: Points?) throws -> RedemptionQuote {
        if reward.isFlexible, orderTotal == nil { throw LoyaltyError.redeeming(.needsOrderTotal) }
        if let refusal = refusals(member: member, reward: reward, program: program, tiers: tiers, orderTotal: orderTotal).first {
            throw LoyaltyError.redeeming(.notRedeemable(refusal, email: member.email, reward: reward, pointsName: program.pointsName))
        }
        switch reward.kind {
        case .fixed(let fixed):
            return RedemptionQuote(points: fixed.cost, description: reward.customerGives(in: program.customerLanguage), discountType: fixed.discount.typeName,
                                   discountValue: fixed.discount.storedValue, sku: fixed.discount.sku, minimumSubtotal: fixed.minimumSubtotal,
                                   flexibleDiscount: nil)
        case .flexible(let flexible):
            guard let orderTotal else { throw LoyaltyError.redeeming(.needsOrderTotal) }
            let redemption = try flexibleRedemption(flexible, balance: member.balance, orderTotal: orderTotal, requested: requested)
            return RedemptionQuote(points: redemption.points, description: program.customerLanguage.text("{amount} off", ["amount": .money(redemption.discount)]), discountType: "amount_off",
                                   discountValue: redemption.discount.minorUnits, sku: nil, minimumSubtotal: nil, flexibleDiscount: redemption.discount)
        }
    }
}
