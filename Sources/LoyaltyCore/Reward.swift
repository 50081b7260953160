/// What a fixed reward's coupon gives the customer.
public enum Discount: Equatable, Sendable {
    /// 1 to 100 percent off the order.
    case percentOff(Int64)
    case amountOff(Money)
    case freeShipping
    case freeProduct(sku: String)
    /// A product (by SKU) at a set price.
    case salePrice(sku: String, price: Money)

    /// How the discount reads: "10% off", "5.00 EUR off", "Free shipping".
    public var label: String {
        switch self {
        case .percentOff(let p): return "\(p)% off"
        case .amountOff(let m): return "\(m) off"
        case .freeShipping: return "Free shipping"
        case .freeProduct(let sku): return "Free product \(sku)"
        case .salePrice(let sku, let price): return "\(sku) for \(price)"
        }
    }

    /// The short name stored for the discount's type.
    public var typeName: String {
        switch self {
        case .percentOff: return "percent_off"
        case .amountOff: return "amount_off"
        case .freeShipping: return "free_shipping"
        case .freeProduct: return "free_product"
        case .salePrice: return "sale_price"
        }
    }

    /// The product the discount is about (free product, sale price), if any.
    public var sku: String? {
        switch self {
        case .freeProduct(let sku), .salePrice(let sku, _): return sku
        case .percentOff, .amountOff, .freeShipping: return nil
        }
    }

    /// The money in the discount (amount off, sale price), if any.
    public var amount: Money? {
        switch self {
        case .amountOff(let money), .salePrice(_, let money): return money
        case .percentOff, .freeShipping, .freeProduct: return nil
        }
    }

    /// The number stored beside `typeName`: the percentage, or `amount` in minor units.
    public var storedValue: Int64? {
        if case .percentOff(let percent) = self { return percent }
        return amount?.minorUnits
    }
}

/// A reward bought with a set number of points.
public struct FixedReward: Equatable, Sendable {
    public var cost: Points
    public var discount: Discount
    public var minimumSubtotal: Money?
    /// The lowest tier allowed to redeem it; `nil` for everyone.
    public var minimumTierID: Int64?

    public init(cost: Points, discount: Discount, minimumSubtotal: Money? = nil, minimumTierID: Int64? = nil) {
        self.cost = cost
        self.discount = discount
        self.minimumSubtotal = minimumSubtotal
        self.minimumTierID = minimumTierID
    }
}

/// The most a flexible redemption may take off an order.
public enum FlexibleCap: Equatable, Sendable {
    case amount(Money)
    /// A percentage (1–100) of the order total.
    case percentOfOrder(Int64)
}

/// Points converted to money at a fixed rate, e.g. 100 points = 1.00 EUR. At most one per programme.
public struct FlexibleReward: Equatable, Sendable {
    /// `points` points are worth `value`.
    public var points: Points
    public var value: Money
    public var minimumPoints: Points
    public var maximumDiscount: FlexibleCap?

    public init(points: Points, value: Money, minimumPoints: Points = 1, maximumDiscount: FlexibleCap? = nil) {
        self.points = points
        self.value = value
        self.minimumPoints = minimumPoints
        self.maximumDiscount = maximumDiscount
    }
}

/// A reward of either kind. `id` is 0 until stored.
public struct Reward: Equatable, Sendable, Identifiable {
    public enum Kind: Equatable, Sendable {
        case fixed(FixedReward)
        case flexible(FlexibleReward)
    }

    public var id: Int64
    public var name: String
    public var kind: Kind
    public var active: Bool
    /// What the customer gets, in their words ("A regular coffee of your choice"): the product's
    /// name where the discount only knows its SKU. `nil` when none was written.
    public var description: String?

    public init(id: Int64 = 0, name: String, kind: Kind, active: Bool = true, description: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.active = active
        self.description = description
    }

    public var isFlexible: Bool { if case .flexible = kind { return true } else { return false } }

    /// Refuses rewards that could never be redeemed sensibly.
    public func validated() throws -> Reward {
        let trimmed = name.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 80, !trimmed.containsControlCharacters else {
            throw LoyaltyError.reward(.badName)
        }
        switch kind {
        case .fixed(let fixed):
            guard fixed.cost > 0 else { throw LoyaltyError.reward(.costNotAboveZero(fixed.cost)) }
            try Limits.requirePoints(fixed.cost, atMost: Limits.maximumChange, .rewardCost)
            if let money = fixed.discount.amount { try Limits.requireMoney(money, .rewardAmount) }
            if let minimum = fixed.minimumSubtotal { try Limits.requireMoney(minimum, .rewardMinimumSubtotal) }
            switch fixed.discount {
            case .percentOff(let p):
                guard (1...100).contains(p) else { throw LoyaltyError.reward(.percentOffOutOfRange(p)) }
            case .amountOff(let m):
                guard m.minorUnits > 0 else { throw LoyaltyError.reward(.amountOffNotAboveZero(m)) }
            case .salePrice(let sku, let price):
                guard !sku.trimmingWhitespace().isEmpty else { throw LoyaltyError.reward(.needsSKU(salePrice: true)) }
                _ = try StoredText.checked(sku, field: .sku)
                guard price.minorUnits >= 0 else { throw LoyaltyError.reward(.negativeSalePrice) }
            case .freeProduct(let sku):
                guard !sku.trimmingWhitespace().isEmpty else { throw LoyaltyError.reward(.needsSKU(salePrice: false)) }
                _ = try StoredText.checked(sku, field: .sku)
            case .freeShipping:
                break
            }
            if let minimum = fixed.minimumSubtotal, minimum.minorUnits < 0 {
                throw LoyaltyError.reward(.negativeMinimumSubtotal)
            }
        case .flexible(let flexible):
            guard flexible.points > 0, flexible.value.minorUnits > 0 else {
                throw LoyaltyError.reward(.rateNotPositive)
            }
            try Limits.requirePoints(flexible.points, atMost: Limits.maximumRatePoints, .flexibleRatePoints)
            try Limits.requireMoney(flexible.value, atMost: Limits.maximumRateMoney, .flexibleRateMoney)
            guard flexible.minimumPoints > 0 else { throw LoyaltyError.reward(.minimumPointsNotAboveZero) }
            try Limits.requirePoints(flexible.minimumPoints, atMost: Limits.maximumChange, .flexibleMinimumPoints)
            if case .amount(let cap)? = flexible.maximumDiscount { try Limits.requireMoney(cap, .flexibleMaximumDiscount) }
            switch flexible.maximumDiscount {
            case .amount(let m)? where m.minorUnits <= 0:
                throw LoyaltyError.reward(.maximumDiscountNotAboveZero)
            case .percentOfOrder(let p)? where !(1...100).contains(p):
                throw LoyaltyError.reward(.maximumPercentOutOfRange(p))
            default:
                break
            }
        }
        var copy = self
        copy.name = trimmed
        copy.description = try Reward.validatedDescription(description)
        return copy
    }

    /// What the reward gives and costs, e.g. "10% off for 200 Stars" or "100 Stars = 1.00 EUR".
    public func summary(pointsName: String) -> String {
        switch kind {
        case .fixed(let fixed): return "\(fixed.discount.label) for \(Counting.points(fixed.cost, named: pointsName))"
        case .flexible(let flex): return "\(Counting.points(flex.points, named: pointsName)) = \(flex.value)"
        }
    }
}

/// The outcome of converting points with the flexible reward: the points charged and the discount.
public struct FlexibleRedemption: Equatable, Sendable {
    public let points: Points
    public let discount: Money
}

/// How many points a flexible redemption uses on an order:
/// `min(balance, floor(maxDiscount / valuePerPoint), floor(orderTotal / valuePerPoint))`, and at most
/// `requested` when the customer asks for fewer, and at most `Limits.maximumChange` (one change of a
/// balance). Only the points the discount actually needs are charged, so no point is spent for a
/// fraction of a cent. Worked in 128 bits, so no rate or total traps.
public func flexibleRedemption(_ reward: FlexibleReward, balance: Points, orderTotal: Money,
                               requested: Points? = nil) throws -> FlexibleRedemption {
    let rateValue = Int128(reward.value.minorUnits), ratePoints = Int128(reward.points)
    /// floor(amount / valuePerPoint) = floor(amount × points / value)
    func pointsWorth(_ minor: Int128) -> Int128 { minor * ratePoints / rateValue }
    guard orderTotal.currency == reward.value.currency else {
        throw LoyaltyError.redeeming(.orderInOtherCurrency(order: orderTotal.currency.code, programme: reward.value.currency.code))
    }
    try Limits.requireMoney(orderTotal, .orderTotal)
    guard rateValue > 0, ratePoints > 0 else { throw LoyaltyError.reward(.rateNotPositive) }
    let total = Int128(orderTotal.minorUnits)
    var points = min(Int128(balance), pointsWorth(total), Int128(Limits.maximumChange))
    switch reward.maximumDiscount {
    case .amount(let cap)?: points = min(points, pointsWorth(Int128(cap.minorUnits)))
    case .percentOfOrder(let percent)?: points = min(points, pointsWorth(total * Int128(percent) / 100))
    case nil: break
    }
    if let requested {
        guard requested > 0 else { throw LoyaltyError.redeeming(.pointsNotAboveZero) }
        points = min(points, Int128(requested))
    }
    let discountMinor = points * rateValue / ratePoints
    let charged = (discountMinor * ratePoints + rateValue - 1) / rateValue
    guard charged >= Int128(reward.minimumPoints), discountMinor > 0 else {
        throw LoyaltyError.redeeming(.belowFlexibleMinimum(points: Int64(clamping: max(charged, 0)), minimum: reward.minimumPoints))
    }
    return FlexibleRedemption(points: Points(charged), discount: Money(minorUnits: Int64(discountMinor), currency: orderTotal.currency))
}
