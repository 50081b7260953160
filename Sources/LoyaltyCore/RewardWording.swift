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

    /// What a customer gets: "A regular coffee of your choice", "10% off", "Free shipping", "A product at 9.99 EUR".
    public var customerGives: String {
        if let description { return description }
        switch kind {
        case .fixed(let fixed):
            switch fixed.discount {
            case .percentOff, .amountOff, .freeShipping: return fixed.discount.label
            case .freeProduct: return "A free product"
            case .salePrice(_, let price): return "A product at \(price)"
            }
        case .flexible: return "Money off your order"
        }
    }

    /// What it gives and costs as the programme page and My Rewards say it: "A regular coffee for
    /// 300 Stars", "100 Stars = 1.00 EUR off your order".
    public func customerSummary(pointsName: String) -> String {
        switch kind {
        case .fixed(let fixed): return "\(customerGives) for \(fixed.cost) \(pointsName)"
        case .flexible(let flex):
            let about = description.map { " (\($0))" } ?? ""
            return "\(flex.points) \(pointsName) = \(flex.value) off your order\(about)"
        }
    }

    /// The conditions a customer must meet, in their words: "on orders of 25.00 EUR or more",
    /// "for Gold members and above", "at most 50% of the order".
    public func customerConditions(pointsName: String, tiers: [Tier]) -> [String] {
        switch kind {
        case .fixed(let fixed):
            let tier = fixed.minimumTierID.flatMap { id in tiers.first { $0.id == id } }
            return [fixed.minimumSubtotal.map { "on orders of \($0) or more" },
                    tier.flatMap { $0.threshold > 0 ? "for \($0.name) members and above" : nil }].compactMap { $0 }
        case .flexible(let flex):
            var conditions = ["at least \(flex.minimumPoints) \(pointsName) at a time"]
            switch flex.maximumDiscount {
            case .amount(let cap)?: conditions.append("at most \(cap) off an order")
            case .percentOfOrder(let percent)?: conditions.append("at most \(percent)% of the order")
            case nil: break
            }
            return flex.minimumPoints > 1 ? conditions : Array(conditions.dropFirst())
        }
    }
}
