import LoyaltyCore
import LoyaltyText

/// The forms that add and edit rewards (fixed and flexible), and the `Reward` their fields make.
enum RewardForms {
    /// A fixed reward's discount types as the form's choice names them.
    enum DiscountType: String, CaseIterable {
        case percentOff = "Percent off", amountOff = "Amount off", freeShipping = "Free shipping", freeProduct = "Free product", salePrice = "Sale price"

        /// How the choice shows it.
        func label(_ words: Localizer) -> String {
            switch self {
            case .percentOff: return words.text("Percent off")
            case .amountOff: return words.text("Amount off")
            case .freeShipping: return words.text("Free shipping")
            case .freeProduct: return words.text("Free product")
            case .salePrice: return words.text("Sale price")
            }
        }

        init(_ discount: Discount) {
            switch discount {
            case .percentOff: self = .percentOff
            case .amountOff: self = .amountOff
            case .freeShipping: self = .freeShipping
            case .freeProduct: self = .freeProduct
            case .salePrice: self = .salePrice
            }
        }
    }

    static let allTiers = "All tiers"

    /// The form for a new fixed reward, or for editing `reward` (a fixed one).
    static func fixed(_ reward: Reward?, data: DashboardData, words: Localizer) -> FormState {
        let values: [String: SentenceValue] = ["points": .text(data.program.pointsName), "currency": .text(data.program.currency.code)]
        var fixed: FixedReward?
        if case .fixed(let f)? = reward?.kind { fixed = f }
        let tierName = fixed?.minimumTierID.flatMap { id in data.tiers.first { $0.id == id }?.name } ?? allTiers
        var type = FormField(key: "type", label: words.text("Gives"), kind: .choice(DiscountType.allCases.map(\.rawValue)),
                             value: fixed.map { DiscountType($0.discount).rawValue } ?? "",
                             hint: words.text("←/→: percent off, amount off, free shipping, free product, sale price"))
        type.optionLabels = DiscountType.allCases.map { $0.label(words) }
        var tier = FormField(key: "tier", label: words.text("Lowest tier"), kind: .choice([allTiers] + data.tiers.map(\.name)), value: tierName,
                             hint: words.text("the lowest tier whose members may redeem it"))
        tier.optionLabels = [words.text("All tiers")]
        return FormState(title: reward.map { words.text("Edit reward {name}", ["name": .text($0.name)]) } ?? words.text("Add fixed reward"),
                         purpose: .rewards(reward.map { .edit(id: $0.id) } ?? .add(flexible: false)), fields: [
            FormField(key: "name", label: words.text("Name"), value: reward?.name ?? "", hint: words.text("what members see, e.g. 10% off your next order")),
            type,
            FormField(key: "value", label: words.text("Value"), value: fixed.map { valueText($0.discount, words) } ?? "",
                      hint: words.text("10 for 10% off; 5.00 for amount off or sale price; empty otherwise")),
            FormField(key: "sku", label: words.text("Product SKU"), value: fixed.map { skuText($0.discount) } ?? "",
                      hint: words.text("for a free product or sale price, e.g. MUG-01")),
            FormField(key: "cost", label: words.text("Cost in {points}", values), kind: .number(allowsEmpty: false), value: fixed.map { String($0.cost) } ?? "",
                      hint: words.text("{points} a member spends on it, e.g. 200", values)),
            FormField(key: "minimum", label: words.text("Min order subtotal"), kind: .money(data.program.currency, allowsEmpty: true),
                      value: fixed?.minimumSubtotal.map(words.style.amount) ?? "", hint: words.text("e.g. 20.00 ({currency}); empty: any order", values))
                .reading(words.language),
            tier,
            descriptionField(reward, words),
        ])
    }

    /// The form for the flexible reward: a new one, or editing `reward` (the flexible one).
    static func flexible(_ reward: Reward?, data: DashboardData, words: Localizer) -> FormState {
        let pointsName = data.program.pointsName, currency = data.program.currency
        let values: [String: SentenceValue] = ["points": .text(pointsName), "currency": .text(currency.code)]
        var flex: FlexibleReward?
        if case .flexible(let f)? = reward?.kind { flex = f }
        return FormState(title: reward.map { words.text("Edit flexible reward {name}", ["name": .text($0.name)]) } ?? words.text("Add flexible reward"),
                         purpose: .rewards(reward.map { .edit(id: $0.id) } ?? .add(flexible: true)), fields: [
            FormField(key: "name", label: words.text("Name"), value: reward?.name ?? defaultFlexibleName(data), hint: words.text("what members see")),
            FormField(key: "points", label: pointsName, kind: .number(allowsEmpty: false), value: String(flex?.points ?? 100),
                      hint: words.text("this many {points}…", values)),
            FormField(key: "value", label: words.text("are worth"), kind: .money(currency, allowsEmpty: false),
                      value: words.style.amount(flex?.value ?? Money(minorUnits: currency.minorPerUnit, currency: currency)),
                      hint: words.text("…this much off an order, e.g. 1.00 ({currency})", values)).reading(words.language),
            FormField(key: "minimum", label: words.text("Min {points} to use", values), kind: .number(allowsEmpty: true), value: flex.map { String($0.minimumPoints) } ?? "",
                      hint: words.text("the fewest {points} used at once; empty: 1", values)),
            FormField(key: "cap", label: words.text("Max discount"), value: flex?.maximumDiscount.map { capText($0, words) } ?? "",
                      hint: words.text("an amount like 10.00, or a share of the order like 50%; empty: no limit")),
            descriptionField(reward, words),
        ])
    }

    /// A new flexible reward's name, in the customers' language (not the owner's): "Money off with Stars".
    private static func defaultFlexibleName(_ data: DashboardData) -> String {
        let currency = data.program.currency
        return Reward.defaultName(for: .flexible(FlexibleReward(points: 1, value: Money(minorUnits: currency.minorPerUnit, currency: currency))),
                                  in: data.program.customerLanguage, pointsName: data.program.pointsName)
    }

    /// What the customer gets, in their words: My Rewards and the programme page show it.
    private static func descriptionField(_ reward: Reward?, _ words: Localizer) -> FormField {
        FormField(key: "description", label: words.text("Customers read"), value: reward?.description ?? "",
                  hint: words.text("what they get, by the product's name (not its SKU), e.g. A regular coffee of your choice"))
    }

    /// The reward the fields of a fixed or flexible form describe.
    static func reward(from form: FormState, flexible: Bool, id: Int64, active: Bool, data: DashboardData, words: Localizer) throws -> Reward {
        let currency = data.program.currency, reading = NumberReading(words.language)
        guard !flexible else {
            let cap = try FormParsing.value(words.text("Max discount")) { try self.cap(form["cap"], currency, reading) }
            return Reward(id: id, name: form["name"], kind: .flexible(FlexibleReward(
                points: Int64(form["points"]) ?? 0, value: FormParsing.optionalMoney(form["value"], currency, words.language) ?? .zero(currency),
                minimumPoints: FormParsing.optionalNumber(form["minimum"]) ?? 1, maximumDiscount: cap)), active: active,
                description: form["description"])
        }
        let type = DiscountType(rawValue: form["type"]) ?? .freeShipping
        let discount = try FormParsing.value(words.text("Value")) { try self.discount(type, value: form["value"], sku: form["sku"], currency, reading) }
        let tierID = data.tiers.first { $0.name == form["tier"] }?.id
        return Reward(id: id, name: form["name"], kind: .fixed(FixedReward(
            cost: Int64(form["cost"]) ?? 0, discount: discount, minimumSubtotal: FormParsing.optionalMoney(form["minimum"], currency, words.language), minimumTierID: tierID)),
            active: active, description: form["description"])
    }

    private static func discount(_ type: DiscountType, value: String, sku: String, _ currency: Currency, _ reading: NumberReading) throws -> Discount {
        func amount(salePrice: Bool) throws -> Money {
            guard !value.isEmpty else { throw LoyaltyError.reward(.needsAmount(salePrice: salePrice)) }
            return try reading.money(value, currency: currency)
        }
        switch type {
        case .percentOff:
            guard let percent = Int64(value) else { throw LoyaltyError.reward(.percentOffNotWhole(value)) }
            return .percentOff(percent)
        case .amountOff: return .amountOff(try amount(salePrice: false))
        case .freeShipping: return .freeShipping
        case .freeProduct: return .freeProduct(sku: sku)
        case .salePrice: return .salePrice(sku: sku, price: try amount(salePrice: true))
        }
    }

    private static func cap(_ text: String, _ currency: Currency, _ reading: NumberReading) throws -> FlexibleCap? {
        guard !text.isEmpty else { return nil }
        guard text.hasSuffix("%") else { return .amount(try reading.money(text, currency: currency)) }
        guard let percent = Int64(String(text.dropLast()).trimmingWhitespace()) else {
            throw LoyaltyError.input(.notAPercentage(text: text))
        }
        return .percentOfOrder(percent)
    }

    private static func valueText(_ discount: Discount, _ words: Localizer) -> String {
        switch discount {
        case .percentOff(let percent): return String(percent)
        case .amountOff(let money), .salePrice(_, let money): return words.style.amount(money)
        case .freeShipping, .freeProduct: return ""
        }
    }

    private static func skuText(_ discount: Discount) -> String {
        switch discount {
        case .freeProduct(let sku), .salePrice(let sku, _): return sku
        case .percentOff, .amountOff, .freeShipping: return ""
        }
    }

    private static func capText(_ cap: FlexibleCap, _ words: Localizer) -> String {
        switch cap {
        case .amount(let money): return words.style.amount(money)
        case .percentOfOrder(let percent): return "\(percent)%"
        }
    }
}
