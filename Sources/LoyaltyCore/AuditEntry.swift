import Foundation

/// One line of the audit log: who changed what, when, from what to what, and why.
/// The log is append-only; it records every manual change and every programme change.
public struct AuditEntry: Equatable, Sendable, Identifiable {
    public var id: Int64
    public var at: Date
    /// The OS account that made the change.
    public var actor: String
    /// What was done, e.g. "points.give", "rule.edit", "user.add".
    public var action: String
    /// What it was done to, e.g. "zoe@example.com", "rule 3 (Place an order)".
    public var subject: String
    /// The changed fields before and after ("" when there was nothing before or after).
    public var before: String
    public var after: String
    /// Why, when the change asked for a reason.
    public var reason: String

    public init(id: Int64 = 0, at: Date, actor: String, action: String, subject: String, before: String = "", after: String = "", reason: String = "") {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.subject = subject
        self.before = before
        self.after = after
        self.reason = reason
    }
}

extension AuditEntry {
    /// "before → after", or the side that exists ("… → removed" when something was deleted).
    public var change: String {
        switch (before.isEmpty, after.isEmpty) {
        case (false, false): return "\(before) → \(after)"
        case (true, false): return after
        case (false, true): return "\(before) → removed"
        case (true, true): return ""
        }
    }
}

/// Something the audit log can describe as named fields in a fixed order.
public protocol AuditDescribable {
    var auditFields: [(name: String, value: String)] { get }
}

/// The fields that differ between `before` and `after`, each side as "name: value; name: value".
/// A side that does not exist (an object added or deleted) is empty and the other lists every field.
public func auditDifference(before: [(name: String, value: String)]?, after: [(name: String, value: String)]?) -> (before: String, after: String) {
    func joined(_ fields: [(name: String, value: String)]) -> String {
        fields.map { "\($0.name): \($0.value.isEmpty ? "\"\"" : $0.value)" }.joined(separator: "; ")
    }
    guard let before, let after else { return (joined(before ?? []), joined(after ?? [])) }
    let old = Dictionary(before.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    let new = Dictionary(after.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    let changed = Set(before.map(\.name) + after.map(\.name)).filter { old[$0] != new[$0] }
    return (joined(before.filter { changed.contains($0.name) }), joined(after.filter { changed.contains($0.name) }))
}

private func yesNo(_ flag: Bool) -> String { flag ? "on" : "off" }
private func optional<T>(_ value: T?, _ show: (T) -> String) -> String { value.map(show) ?? "none" }

extension Program: AuditDescribable {
    public var auditFields: [(name: String, value: String)] {
        [("name", name), ("points name", pointsName), ("icon", pointsIcon), ("currency", currency.code), ("status", status.rawValue),
         ("expiry", optional(expiryMonths) { "\($0) months" }), ("tier window", "\(tierWindowMonths) months"),
         ("customer language", customerLanguage.rawValue)]
    }
}

extension EarningRule: AuditDescribable {
    public var auditFields: [(name: String, value: String)] {
        let award: String
        switch self.award {
        case .fixed(let points): award = Counting.count(points, "point")
        case .perSpend(let points, let per): award = "\(Counting.count(points, "point")) per \(per)"
        }
        return [("kind", kind.rawValue), ("name", name), ("award", award), ("max per event", optional(maxPerEvent) { "\($0)" }),
                ("max per member per day", optional(maxPerMemberPerDay) { "\($0)" }), ("active", yesNo(active))]
    }
}

extension Reward: AuditDescribable {
    public var auditFields: [(name: String, value: String)] {
        var fields: [(name: String, value: String)] = [("name", name), ("description", optional(description) { $0 })]
        switch kind {
        case .fixed(let fixed):
            fields += [("cost", Counting.count(fixed.cost, "point")), ("discount", fixed.discount.label),
                       ("minimum subtotal", optional(fixed.minimumSubtotal) { "\($0)" }), ("minimum tier", optional(fixed.minimumTierID) { "tier \($0)" })]
        case .flexible(let flexible):
            let cap = optional(flexible.maximumDiscount) { cap -> String in
                switch cap {
                case .amount(let money): return "\(money)"
                case .percentOfOrder(let percent): return "\(percent)% of the order"
                }
            }
            fields += [("rate", "\(Counting.count(flexible.points, "point")) = \(flexible.value)"), ("minimum points", "\(flexible.minimumPoints)"), ("maximum discount", cap)]
        }
        return fields + [("active", yesNo(active))]
    }
}

extension Tier: AuditDescribable {
    public var auditFields: [(name: String, value: String)] {
        [("name", name), ("threshold", Counting.count(threshold, "point")), ("multiplier", formatMultiplier(multiplier))]
    }
}

extension Campaign: AuditDescribable {
    public var auditFields: [(name: String, value: String)] {
        let format = ISO8601DateFormatter()
        return [("name", name), ("multiplier", formatMultiplier(multiplier)), ("starts", format.string(from: starts)),
                ("ends", format.string(from: ends)), ("rules", ruleIDs.sorted().map(String.init).joined(separator: ", "))]
    }
}

extension MemberDetails: AuditDescribable {
    public var auditFields: [(name: String, value: String)] {
        [("name", name), ("email", email), ("phone", phone ?? "none"), ("birthday", birthday ?? "none")]
    }
}
