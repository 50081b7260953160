/// How a reward reads to a customer: its description where the owner wrote one, otherwise what the
/// discount gives in words a customer knows (never a product's SKU).
extension Reward {
    /// The longest description a reward may have.
    public static let maximumDescriptionLength = 200

    /// A description trimmed, or `nil` when empty; refuses one that is too long or holds control characters.
    public static func validatedDescription(_ raw: String?) throws -> String? {
        guard let text = raw?.trimmingWhitespace(), !text.isEmpty else { return nil }
        guard text.count <= maximumDescriptionLength, !text.containsControlCharacters else {
            throw LoyaltyError.reward(.badDescription(maximum: maximumDescriptionLength))
        }
        return text
    }

    /// What a customer gets, in the customer language: "A regular coffee of your choice", "10% off",
    /// "Free shipping", "A product at €9.99".
    public func customerGives(in language: CustomerLanguage) -> String {
        if let description { return description }
        switch kind {
        case .fixed(let fixed): return fixed.discount.customerWords(in: language)
        case .flexible: return language.text("Money off your order")
        }
    }

    /// What it gives and costs as the programme page and My Rewards say it: "A regular coffee for
    /// 300 Stars", "100 Stars = €1.00 off your order".
    public func customerSummary(in language: CustomerLanguage, pointsName: String) -> String {
        switch kind {
        case .fixed(let fixed):
            return language.text("{gives} for {points}", ["gives": .text(customerGives(in: language)), "points": .points(fixed.cost, named: pointsName)])
        case .flexible(let flex):
            let values: [String: SentenceValue] = ["points": .points(flex.points, named: pointsName), "amount": .money(flex.value)]
            guard let description else { return language.text("{points} = {amount} off your order", values) }
            return language.text("{points} = {amount} off your order ({about})", values.merging(["about": .text(description)]) { $1 })
        }
    }

    /// The conditions a customer must meet, in their words: "on orders of €25.00 or more",
    /// "for Gold members and above", "at most 50% of the order".
    public func customerConditions(in language: CustomerLanguage, pointsName: String, tiers: [Tier]) -> [String] {
        switch kind {
        case .fixed(let fixed):
            let tier = fixed.minimumTierID.flatMap { id in tiers.first { $0.id == id } }
            return [fixed.minimumSubtotal.map { language.text("on orders of {amount} or more", ["amount": .money($0)]) },
                    tier.flatMap { $0.threshold > 0 ? language.text("for {tier} members and above", ["tier": .text($0.name)]) : nil }].compactMap { $0 }
        case .flexible(let flex):
            var conditions: [String] = []
            if flex.minimumPoints > 1 {
                conditions.append(language.text("at least {points} at a time", ["points": .points(flex.minimumPoints, named: pointsName)]))
            }
            switch flex.maximumDiscount {
            case .amount(let cap)?: conditions.append(language.text("at most {amount} off an order", ["amount": .money(cap)]))
            case .percentOfOrder(let percent)?: conditions.append(language.text("at most {percent}% of the order", ["percent": .integer(percent)]))
            case nil: break
            }
            return conditions
        }
    }

    /// The name a reward gets when the owner gives none, in the customer language: what it gives
    /// ("10% off", "€5.00 off", "Free shipping", "A free product"), or for the flexible reward
    /// "Money off with Stars".
    public static func defaultName(for kind: Kind, in language: CustomerLanguage, pointsName: String) -> String {
        switch kind {
        case .fixed(let fixed): return fixed.discount.customerWords(in: language)
        case .flexible: return language.text("Money off with {points_name}", ["points_name": .text(pointsName)])
        }
    }
}

extension Discount {
    /// What the discount gives a customer, never a product's SKU: "10% off", "€5.00 off", "Free
    /// shipping", "A free product", "A product at €9.99".
    public func customerWords(in language: CustomerLanguage) -> String {
        switch self {
        case .percentOff(let percent): return language.text("{percent}% off", ["percent": .integer(percent)])
        case .amountOff(let amount): return language.text("{amount} off", ["amount": .money(amount)])
        case .freeShipping: return language.text("Free shipping")
        case .freeProduct: return language.text("A free product")
        case .salePrice(_, let price): return language.text("A product at {amount}", ["amount": .money(price)])
        }
    }
}
