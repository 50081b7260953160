import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty reward list|add|edit|enable|disable|delete`: fixed rewards and the one flexible reward.
enum RewardCommands {
    static var command: Command {
        Command(name: "reward", summary: "rewards: list, add, edit, enable, disable, delete",
                details: """
                    A fixed reward costs a number of points and gives a discount, free shipping or
                    a product. A programme has at most one flexible reward: points turned into
                    money off at a fixed rate; a second one is refused. A reward stays fixed or
                    flexible when edited. Redeeming issues a coupon (see loyalty redeem).
                    """,
                subcommands: [list, add, edit, enable, disable, delete])
    }

    private static let discountOptions = ["--percent-off", "--amount-off", "--free-shipping", "--free-product", "--sale-price"]

    private static let description = Option("--description", "TEXT",
                                             "what the customer gets, in their words (a product's name, not its SKU): \"A regular coffee\"; \"\" drops it")

    private static let fixedOptions = [
        Option("--cost", "N", "points it costs"),
        Option("--percent-off", "P", "gives P% off the order (1–100)"),
        Option("--amount-off", "AMOUNT", "gives AMOUNT off the order"),
        Option("--free-shipping", "gives free shipping"),
        Option("--free-product", "SKU", "gives the product SKU for free"),
        Option("--sale-price", "AMOUNT", "sells the product --sku at AMOUNT"),
        Option("--sku", "SKU", "the product for --sale-price"),
        Option("--min-subtotal", "AMOUNT", "only on orders of at least AMOUNT (off to drop)"),
        Option("--min-tier", "TIER", "only for this tier (name or id) and above (off to drop)"),
    ]

    private static let flexibleOptions = [
        Option("--flexible", "the flexible reward: points turned into money off (at most one)"),
        Option("--points", "N", "flexible: N points are worth --value"),
        Option("--value", "AMOUNT", "flexible: what --points points are worth"),
        Option("--min-points", "N", "flexible: the fewest points a redemption may use (default 1)"),
        Option("--max-discount", "AMOUNT", "flexible: at most AMOUNT off an order (off to drop)"),
        Option("--max-discount-percent", "P", "flexible: at most P% of the order"),
    ]

    static var list: Command {
        Command(name: "list", summary: "list the rewards", options: [.json], examples: ["loyalty reward list"]) { invocation in
            let store = try invocation.openStore()
            let program = try store.program(), rewards = try store.rewards(), tiers = try store.tiers()
            if invocation.json { return try JSON.print(rewards.map(json)) }
            let words = invocation.words
            var table = Table([words.text("ID"), words.text("NAME"), words.text("GIVES"), words.text("COST"), words.text("CONDITIONS"), words.text("ACTIVE")],
                              numeric: [0])
            for reward in rewards {
                switch reward.kind {
                case .fixed(let fixed):
                    let conditions = [fixed.minimumSubtotal.map { words.text("order ≥ {amount}", ["amount": .text(money($0, words))]) },
                                      fixed.minimumTierID.map { id in
                                          words.text("{tier} and above", ["tier": .text(tiers.first { $0.id == id }?.name ?? words.text("tier {id}", ["id": .integer(id)]))])
                                      }]
                    let gives = discount(fixed.discount, words)
                    table.add([String(reward.id), reward.name, reward.description.map { "\($0) (\(gives))" } ?? gives,
                               DomainWords.points(fixed.cost, program, words),
                               conditions.compactMap { $0 }.joined(separator: ", "), DomainWords.yesNo(reward.active, words)])
                case .flexible(let flex):
                    let cap: String? = switch flex.maximumDiscount {
                    case .amount(let amount)?: words.text("at most {amount} off", ["amount": .text(money(amount, words))])
                    case .percentOfOrder(let percent)?: words.text("at most {percent}% of the order", ["percent": .integer(percent)])
                    case nil: nil
                    }
                    table.add([String(reward.id), reward.name, summary(reward, program, words), words.text("min {points}", ["points": .grouped(flex.minimumPoints)]),
                               cap ?? "", DomainWords.yesNo(reward.active, words)])
                }
            }
            table.print(empty: words.text("No rewards yet: add one with `loyalty reward add --name \"5 off\" --cost 100 --amount-off 5`."))
        }
    }

    static var add: Command {
        Command(name: "add", summary: "add a fixed reward, or the flexible one (--flexible)",
                options: [Option("--name", "TEXT", "the reward's name; without it, what it gives in the customers' language (\"10% off\")"), description] + fixedOptions + flexibleOptions
                    + [Option("--inactive", "add it switched off")],
                details: """
                    A fixed reward needs --cost and one of --percent-off, --amount-off,
                    --free-shipping, --free-product, --sale-price (with --sku). The flexible reward
                    (--flexible) gives --value money off for every --points points; redeeming it
                    uses as many points as the order, the balance and its maximum allow.

                    --description is what the customer gets, in their words (the product's name,
                    not its SKU; up to 200 characters; --description "" drops it). The programme
                    page, My Rewards and new coupons show it; a product reward without one reads
                    "A free product" / "A product at 9.99 EUR", never the SKU.
                    """,
                examples: ["loyalty reward add --name \"€5 off\" --cost 100 --amount-off 5",
                           "loyalty reward add --name \"Free coffee\" --cost 300 --free-product COFFEE-REG --description \"A regular coffee of your choice\"",
                           "loyalty reward add --name \"10% off\" --cost 200 --percent-off 10 --min-subtotal 20 --min-tier Gold",
                           "loyalty reward add --flexible --name \"Pay with points\" --points 100 --value 1 --max-discount-percent 50"]) { invocation in
            let name = invocation.string("--name") ?? ""
            let store = try invocation.openStore()
            let kind = try rewardKind(invocation, flexible: invocation.flag("--flexible"), current: nil, store: store)
            let reward = try store.addReward(Reward(name: name, kind: kind, active: !invocation.flag("--inactive"),
                                                    description: invocation.string(description.name)))
            let values: [String: SentenceValue] = ["id": .integer(reward.id), "name": .text(reward.name),
                                                   "gives": .text(summary(reward, try store.program(), invocation.words))]
            Console.out(reward.active ? invocation.words.text("Added reward {id}: {name}, {gives}.", values)
                                      : invocation.words.text("Added reward {id}: {name}, {gives} (inactive).", values))
        }
    }

    static var edit: Command {
        Command(name: "edit", summary: "change a reward (it stays fixed or flexible)", arguments: ["ID"],
                options: [Option("--name", "TEXT", "the reward's name"), description] + fixedOptions + flexibleOptions.dropFirst(),
                examples: ["loyalty reward edit 1 --cost 120 --min-subtotal off"]) { invocation in
            let id = try invocation.wholeNumber(invocation.argument(0), "ID")
            let store = try invocation.openStore()
            var reward = try store.reward(id: id)
            if let name = invocation.string("--name") { reward.name = name }
            if let text = invocation.string(description.name) { reward.description = text }
            reward.kind = try rewardKind(invocation, flexible: reward.isFlexible, current: reward.kind, store: store)
            let saved = try store.editReward(reward)
            Console.out(invocation.words.text("Reward {id} changed: {name}, {gives}.", ["id": .integer(saved.id), "name": .text(saved.name),
                                                                                     "gives": .text(summary(saved, try store.program(), invocation.words))]))
        }
    }

    static var enable: Command { activation("enable", true) }
    static var disable: Command { activation("disable", false) }

    private static func activation(_ name: String, _ active: Bool) -> Command {
        Command(name: name, summary: "switch a reward \(active ? "on" : "off")", arguments: ["ID"], examples: ["loyalty reward \(name) 1"]) { invocation in
            let reward = try invocation.openStore().setRewardActive(id: try invocation.wholeNumber(invocation.argument(0), "ID"), active)
            let values: [String: SentenceValue] = ["id": .integer(reward.id), "name": .text(reward.name)]
            Console.out(active ? invocation.words.text("Reward {id} ({name}) is now active.", values) : invocation.words.text("Reward {id} ({name}) is now inactive.", values))
        }
    }

    static var delete: Command {
        Command(name: "delete", summary: "delete a reward (coupons already issued keep their details)", arguments: ["ID"],
                examples: ["loyalty reward delete 1"]) { invocation in
            let id = try invocation.wholeNumber(invocation.argument(0), "ID")
            try invocation.openStore().deleteReward(id: id)
            Console.out(invocation.words.text("Deleted reward {id}.", ["id": .integer(id)]))
        }
    }

    /// The reward's kind from the options, starting from `current` when editing.
    private static func rewardKind(_ invocation: Invocation, flexible: Bool, current: Reward.Kind?, store: Store) throws -> Reward.Kind {
        let currency = try store.program().currency
        let foreign = flexible ? fixedOptions.map(\.name) : flexibleOptions.map(\.name)
        if let wrong = foreign.first(where: { invocation.hasAny([$0]) }) {
            throw invocation.usage(flexible ? invocation.words.text("{option} is for fixed rewards", ["option": .text(wrong)])
                                            : invocation.words.text("{option} is for the flexible reward", ["option": .text(wrong)]))
        }
        if flexible {
            var base: FlexibleReward? = nil
            if case .flexible(let existing)? = current { base = existing }
            return .flexible(try flexibleReward(invocation, base: base, currency: currency))
        }
        var base: FixedReward? = nil
        if case .fixed(let existing)? = current { base = existing }
        return .fixed(try fixedReward(invocation, base: base, currency: currency, tiers: try store.tiers()))
    }

    private static func fixedReward(_ invocation: Invocation, base: FixedReward?, currency: Currency, tiers: [Tier]) throws -> FixedReward {
        guard let cost = try invocation.int("--cost") ?? base?.cost else { throw invocation.usage(invocation.words.text("{option} is required", ["option": .text("--cost")])) }
        guard let discount = try discount(invocation, currency: currency) ?? base?.discount else {
            throw invocation.usage(invocation.words.text("say what the reward gives: one of {options}", ["options": .list(discountOptions)]))
        }
        var reward = FixedReward(cost: cost, discount: discount, minimumSubtotal: base?.minimumSubtotal, minimumTierID: base?.minimumTierID)
        if let minimum = try invocation.optionalOff("--min-subtotal", { try invocation.money($0, "--min-subtotal", currency: currency) }) {
            reward.minimumSubtotal = minimum
        }
        if let tier = try invocation.optionalOff("--min-tier", { try TierCommands.resolve($0, in: tiers) }) { reward.minimumTierID = tier?.id }
        return reward
    }

    private static func discount(_ invocation: Invocation, currency: Currency) throws -> Discount? {
        let given = discountOptions.filter { invocation.hasAny([$0]) }
        guard given.count <= 1 else { throw invocation.usage(invocation.words.text("choose one of {options}, not several", ["options": .list(given)])) }
        if invocation.hasAny(["--sku"]), given.first != "--sale-price" { throw invocation.usage(invocation.words.text("--sku goes with --sale-price")) }
        switch given.first {
        case "--percent-off"?: return .percentOff(try invocation.require(invocation.int("--percent-off"), "--percent-off"))
        case "--amount-off"?: return .amountOff(try invocation.require(invocation.money("--amount-off", currency: currency), "--amount-off"))
        case "--free-shipping"?: return .freeShipping
        case "--free-product"?: return .freeProduct(sku: try invocation.required("--free-product"))
        case "--sale-price"?:
            return .salePrice(sku: try invocation.required("--sku"), price: try invocation.require(invocation.money("--sale-price", currency: currency), "--sale-price"))
        default: return nil
        }
    }

    private static func flexibleReward(_ invocation: Invocation, base: FlexibleReward?, currency: Currency) throws -> FlexibleReward {
        guard let points = try invocation.int("--points") ?? base?.points else { throw invocation.usage(invocation.words.text("--points is required for the flexible reward")) }
        guard let value = try invocation.money("--value", currency: currency) ?? base?.value else {
            throw invocation.usage(invocation.words.text("--value is required for the flexible reward (what --points points are worth)"))
        }
        var reward = FlexibleReward(points: points, value: value, minimumPoints: try invocation.int("--min-points") ?? base?.minimumPoints ?? 1,
                                    maximumDiscount: base?.maximumDiscount)
        guard !(invocation.hasAny(["--max-discount"]) && invocation.hasAny(["--max-discount-percent"])) else {
            throw invocation.usage(invocation.words.text("choose --max-discount or --max-discount-percent, not both"))
        }
        if let cap = try invocation.optionalOff("--max-discount", { try invocation.money($0, "--max-discount", currency: currency) }) {
            reward.maximumDiscount = cap.map(FlexibleCap.amount)
        }
        if let percent = try invocation.optionalOff("--max-discount-percent", { try invocation.wholeNumber($0, "--max-discount-percent") }) {
            reward.maximumDiscount = percent.map(FlexibleCap.percentOfOrder)
        }
        return reward
    }

    static func json(_ reward: Reward) -> JSONObject {
        var object: JSONObject = ["id": reward.id, "name": reward.name, "description": JSON.orNull(reward.description), "active": reward.active]
        switch reward.kind {
        case .fixed(let fixed):
            // An amount as a decimal, as everywhere in the JSON; else the stored number (a percentage).
            let value: Any? = fixed.discount.amount?.decimalString ?? fixed.discount.storedValue
            object.merge(["type": "fixed", "cost": fixed.cost, "discount": fixed.discount.label, "discount_type": fixed.discount.typeName,
                          "discount_value": JSON.orNull(value), "sku": JSON.orNull(fixed.discount.sku), "min_subtotal": JSON.orNull(fixed.minimumSubtotal?.decimalString),
                          "min_tier_id": JSON.orNull(fixed.minimumTierID)]) { $1 }
        case .flexible(let flex):
            var amount: String?, percent: Int64?
            switch flex.maximumDiscount {
            case .amount(let m)?: amount = m.decimalString
            case .percentOfOrder(let p)?: percent = p
            case nil: break
            }
            object.merge(["type": "flexible", "points": flex.points, "value": flex.value.decimalString, "min_points": flex.minimumPoints,
                          "max_discount": JSON.orNull(amount), "max_discount_percent": JSON.orNull(percent)]) { $1 }
        }
        return object
    }

    /// An amount as the list shows it: "5.00 EUR" (with the language's decimal mark).
    private static func money(_ amount: Money, _ words: Localizer) -> String { "\(words.format(.amount(amount))) \(amount.currency.code)" }

    /// What a fixed reward's coupon gives: "10% off", "5.00 EUR off", "Free shipping".
    private static func discount(_ discount: Discount, _ words: Localizer) -> String {
        switch discount {
        case .percentOff(let percent): return words.text("{percent}% off", ["percent": .integer(percent)])
        case .amountOff(let amount): return words.text("{amount} off", ["amount": .text(money(amount, words))])
        case .freeShipping: return words.text("Free shipping")
        case .freeProduct(let sku): return words.text("Free product {sku}", ["sku": .text(sku)])
        case .salePrice(let sku, let price): return words.text("{sku} for {price}", ["sku": .text(sku), "price": .text(money(price, words))])
        }
    }

    /// A reward in a few words: "5.00 EUR off for 100 Stars", "100 Stars = 1.00 EUR".
    private static func summary(_ reward: Reward, _ program: Program, _ words: Localizer) -> String {
        switch reward.kind {
        case .fixed(let fixed):
            return words.text("{gives} for {points}", ["gives": .text(discount(fixed.discount, words)), "points": .points(fixed.cost, named: program.pointsName)])
        case .flexible(let flex):
            return words.text("{points} = {value}", ["points": .points(flex.points, named: program.pointsName), "value": .text(money(flex.value, words))])
        }
    }
}
