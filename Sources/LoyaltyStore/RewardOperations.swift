import LoyaltyCore

extension Transaction {
    static let rewardColumns = "id, name, kind, cost, discount_type, discount_value, sku, min_subtotal, min_tier_id, rate_points, rate_value, min_points, max_discount_amount, max_discount_percent, active, description"

    /// Every reward, in the order added.
    public func rewards() throws -> [Reward] {
        let currency = try program().currency
        return try db.all("SELECT \(Transaction.rewardColumns) FROM rewards ORDER BY id") { Transaction.reward(from: $0, currency: currency) }
    }

    func reward(id: Int64) throws -> Reward {
        let currency = try program().currency
        guard let reward = try db.one("SELECT \(Transaction.rewardColumns) FROM rewards WHERE id = ?", [id], { Transaction.reward(from: $0, currency: currency) }) else {
            throw LoyaltyError.reward(.noSuchID(id))
        }
        return reward
    }

    static func reward(from row: Row, currency: Currency) -> Reward {
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: currency) }
        let kind: Reward.Kind
        if row.text(2) == "flexible" {
            let cap: FlexibleCap? = row.optionalInt(12).map { .amount(money($0)) } ?? row.optionalInt(13).map { .percentOfOrder($0) }
            kind = .flexible(FlexibleReward(points: row.int(9), value: money(row.int(10)), minimumPoints: row.optionalInt(11) ?? 1, maximumDiscount: cap))
        } else {
            let value = row.optionalInt(5) ?? 0, sku = row.optionalText(6) ?? ""
            let discount: Discount
            switch row.text(4) {
            case "percent_off": discount = .percentOff(value)
            case "amount_off": discount = .amountOff(money(value))
            case "free_product": discount = .freeProduct(sku: sku)
            case "sale_price": discount = .salePrice(sku: sku, price: money(value))
            default: discount = .freeShipping
            }
            kind = .fixed(FixedReward(cost: row.int(3), discount: discount, minimumSubtotal: row.optionalInt(7).map(money), minimumTierID: row.optionalInt(8)))
        }
        return Reward(id: row.int(0), name: row.text(1), kind: kind, active: row.bool(14), description: row.optionalText(15))
    }

    private func columns(of reward: Reward) throws -> [any SQLBindable] {
        let currency = try program().currency
        func minor(_ money: Money?) throws -> Int64? {
            guard let money else { return nil }
            guard money.currency == currency else { throw LoyaltyError.reward(.notInProgrammeCurrency(currency: currency.code)) }
            return money.minorUnits
        }
        switch reward.kind {
        case .fixed(let fixed):
            if let tierID = fixed.minimumTierID { _ = try tier(id: tierID) }
            _ = try minor(fixed.discount.amount)
            return [reward.name, "fixed", fixed.cost, fixed.discount.typeName, fixed.discount.storedValue, fixed.discount.sku,
                    try minor(fixed.minimumSubtotal), fixed.minimumTierID,
                    Int64?.none, Int64?.none, Int64?.none, Int64?.none, Int64?.none, reward.active, reward.description]
        case .flexible(let flex):
            var capAmount: Int64?, capPercent: Int64?
            switch flex.maximumDiscount {
            case .amount(let m)?: capAmount = try minor(m)
            case .percentOfOrder(let p)?: capPercent = p
            case nil: break
            }
            return [reward.name, "flexible", Int64?.none, String?.none, Int64?.none, String?.none, Int64?.none, Int64?.none,
                    flex.points, try minor(flex.value), flex.minimumPoints, capAmount, capPercent, reward.active, reward.description]
        }
    }

    private func refuseSecondFlexible(_ reward: Reward) throws {
        guard reward.isFlexible else { return }
        if let other = try db.one("SELECT id, name FROM rewards WHERE kind = 'flexible' AND id != ?", [reward.id], { ($0.int(0), $0.text(1)) }) {
            throw LoyaltyError.reward(.secondFlexible(name: other.1, id: other.0))
        }
    }

    /// Adds `reward`; one without a name is named by what it gives, in the customer language
    /// (`Reward.defaultName`).
    func addReward(_ reward: Reward) throws -> Reward {
        var named = reward
        if named.name.trimmingWhitespace().isEmpty {
            let program = try program()
            named.name = Reward.defaultName(for: reward.kind, in: program.customerLanguage, pointsName: program.pointsName)
        }
        let checked = try named.validated()
        try refuseSecondFlexible(checked)
        try db.run("""
            INSERT INTO rewards(name, kind, cost, discount_type, discount_value, sku, min_subtotal, min_tier_id, rate_points, rate_value,
                min_points, max_discount_amount, max_discount_percent, active, description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, try columns(of: checked) + [nowSeconds])
        return try self.reward(id: db.lastInsertRowID)
    }

    func replaceReward(_ reward: Reward) throws -> Reward {
        let existing = try self.reward(id: reward.id)
        guard existing.isFlexible == reward.isFlexible else {
            throw LoyaltyError.reward(.cannotSwitchFixedAndFlexible)
        }
        let checked = try reward.validated()
        try db.run("""
            UPDATE rewards SET name = ?, kind = ?, cost = ?, discount_type = ?, discount_value = ?, sku = ?, min_subtotal = ?, min_tier_id = ?,
                rate_points = ?, rate_value = ?, min_points = ?, max_discount_amount = ?, max_discount_percent = ?, active = ?, description = ? WHERE id = ?
            """, try columns(of: checked) + [reward.id])
        return try self.reward(id: reward.id)
    }
}

extension Store {
    public func rewards() throws -> [Reward] { try read { try $0.rewards() } }

    /// The reward with this id; refused when there is none.
    public func reward(id: Int64) throws -> Reward { try read { try $0.reward(id: id) } }

    /// Adds a reward (named by what it gives when it has no name); a second flexible reward is
    /// refused with the reason.
    public func addReward(_ reward: Reward) throws -> Reward {
        try write(.programme) { tx in
            let added = try tx.addReward(reward)
            try tx.audit("reward.add", added.auditSubject, from: nil, to: added)
            return added
        }
    }

    /// Replaces a reward's settings (its id names it).
    public func editReward(_ reward: Reward) throws -> Reward { try write(.programme) { try $0.auditedReplace(reward, "reward.edit") } }

    public func setRewardActive(id: Int64, _ active: Bool) throws -> Reward {
        try write(.programme) { tx in
            var reward = try tx.reward(id: id)
            reward.active = active
            return try tx.auditedReplace(reward, active ? "reward.activate" : "reward.deactivate")
        }
    }

    /// Deletes a reward; coupons already issued for it keep their details.
    public func deleteReward(id: Int64) throws {
        try write(.programme) { tx in
            let before = try tx.reward(id: id)
            try tx.db.run("DELETE FROM rewards WHERE id = ?", [id])
            try tx.audit("reward.delete", before.auditSubject, from: before, to: nil)
        }
    }
}

extension Transaction {
    /// `replaceReward`, with the changed fields in the audit log.
    func auditedReplace(_ reward: Reward, _ action: String) throws -> Reward {
        let before = try self.reward(id: reward.id)
        let after = try replaceReward(reward)
        try audit(action, before.auditSubject, from: before, to: after)
        return after
    }
}

extension Reward {
    /// How the audit log names a reward: "reward 2 (Free coffee)".
    var auditSubject: String { "reward \(id) (\(name))" }
}
