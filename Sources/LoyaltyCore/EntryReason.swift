import Foundation

/// A ledger entry's reason, read back for showing it in the operator's language. Loyalty writes
/// the reasons of earnings, redemptions, refunds, voided coupons and expiries itself, as English
/// sentences of a fixed shape kept as history ("Order 1042 (49.99 EUR)", "Signed up"); an operator
/// types the reasons of points given, removed or set. The entry's kind and event key tell which is
/// which, so no stored reason needs rewriting: a reason Loyalty wrote is read back into its parts
/// and worded afresh (`sentence`), any other is shown as it was typed.
public enum EntryReason: Equatable, Sendable {
    /// Points for an order, with its amount when the order had one.
    case order(id: String, amount: Money?)
    /// Points for another way to earn, by the shop's id for the event ("Write a review (r-17)").
    case earned(EarningKind, id: String)
    /// Points for a custom action, named by the programme.
    case customAction(action: String, id: String)
    case signedUp
    /// The referrer's points for `name`'s first order.
    case referral(name: String)
    /// Points spent on `reward`, for coupon `coupon`.
    case redeemed(reward: String, coupon: String)
    /// Points of an order taken back by its refund.
    case refund(order: String)
    /// Points spent on a coupon given back by a refund of the order that used it.
    case refundReturned(order: String, coupon: String)
    /// Points given back when a coupon was voided.
    case couponVoided(coupon: String)
    /// Points earned on `day` (yyyy-mm-dd) that expired unspent.
    case expired(day: String)
    /// An operator's own words, or a reason of no known shape: shown as it is.
    case typed(String)

    /// The reason of `entry`.
    public init(_ entry: LedgerEntry) {
        self = Self.written(entry) ?? .typed(entry.reason)
    }

    /// The reason Loyalty wrote, as a sentence to word in the operator's language; nil for a typed one.
    public var sentence: Sentence? {
        switch self {
        case .order(let id, nil): return Sentence("Order {order}", ["order": .text(id)])
        case .order(let id, let amount?): return Sentence("Order {order} ({amount})", ["order": .text(id), "amount": .money(amount)])
        case .earned(let kind, let id): return Sentence("{way} ({id})", ["way": .sentence(Sentence(kind.label)), "id": .text(id)])
        case .customAction(let action, let id): return Sentence("{way} ({id})", ["way": .text(action), "id": .text(id)])
        case .signedUp: return Sentence("Signed up")
        case .referral(let name): return Sentence("Referral: {name} placed a first order", ["name": .text(name)])
        case .redeemed(let reward, let coupon): return Sentence("{reward}: coupon {code}", ["reward": .text(reward), "code": .text(coupon)])
        case .refund(let order): return Sentence("Refund of order {order}", ["order": .text(order)])
        case .refundReturned(let order, let coupon):
            return Sentence("Refund of order {order}: points spent returned (coupon {code})", ["order": .text(order), "code": .text(coupon)])
        case .couponVoided(let coupon): return Sentence("Coupon {code} voided: points returned", ["code": .text(coupon)])
        case .expired(let day): return Sentence("Points earned {day} expired", ["day": .text(day)])
        case .typed: return nil
        }
    }

    /// The parts of a reason Loyalty wrote, or nil for an operator's.
    private static func written(_ entry: LedgerEntry) -> EntryReason? {
        let reason = entry.reason
        switch entry.kind {
        case .give, .remove, .set: return nil
        case .earn: return earning(reason, key: entry.eventKey)
        case .redeem:
            guard let range = reason.range(of: ": coupon ", options: .backwards) else { return nil }
            return .redeemed(reward: String(reason[..<range.lowerBound]), coupon: String(reason[range.upperBound...]))
        case .reverse:
            if let coupon = between(reason, "Coupon ", " voided: points returned") { return .couponVoided(coupon: coupon) }
            if let rest = between(reason, "Refund of order ", ")"), let range = rest.range(of: ": points spent returned (coupon ", options: .backwards) {
                return .refundReturned(order: String(rest[..<range.lowerBound]), coupon: String(rest[range.upperBound...]))
            }
            return between(reason, "Refund of order ", "").map { .refund(order: $0) }
        case .expire:
            return between(reason, "Points earned ", " expired").map { .expired(day: $0) }
        }
    }

    /// An earning's reason, checked against its event key ("order:1042", "signup:7").
    private static func earning(_ reason: String, key: String?) -> EntryReason? {
        guard let key, let colon = key.firstIndex(of: ":"), let kind = EarningKind(rawValue: String(key[..<colon])) else { return nil }
        let id = String(key[key.index(after: colon)...])
        switch kind {
        case .signup: return reason == "Signed up" ? .signedUp : nil
        case .referral: return between(reason, "Referral: ", " placed a first order").map { .referral(name: $0) }
        case .order:
            if reason == "Order \(id)" { return .order(id: id, amount: nil) }
            guard let amount = between(reason, "Order \(id) (", ")"), let money = money(amount) else { return nil }
            return .order(id: id, amount: money)
        case .custom:
            return between(reason, "", " (\(id))").map { $0 == kind.label ? .earned(kind, id: id) : .customAction(action: $0, id: id) }
        default:
            return reason == "\(kind.label) (\(id))" ? .earned(kind, id: id) : nil
        }
    }

    /// "49.99 EUR" as `Money.description` writes it.
    private static func money(_ text: String) -> Money? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let currency = try? Currency(code: String(parts[1])) else { return nil }
        return try? Money.parse(String(parts[0]), currency: currency)
    }

    /// What `text` holds between `prefix` and `suffix`, when it starts and ends so and has something between.
    private static func between(_ text: String, _ prefix: String, _ suffix: String) -> String? {
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.count > prefix.count + suffix.count else { return nil }
        return String(text.dropFirst(prefix.count).dropLast(suffix.count))
    }
}
