import Foundation

/// Something a customer did that may earn points, from the CLI, an import or the dashboard.
public struct EarningEvent: Sendable, Equatable {
    public var kind: EarningKind
    /// The shop's own id for it (an order number, a review id); with `kind` it forms the idempotency key.
    public var externalID: String
    public var email: String
    /// Used when the person is new and is created as a visitor.
    public var name: String?
    /// The phone number the order gives (an import's): fills the member's phone when they have none.
    /// Not part of `payload`: the same order sent again with another phone is still the same order.
    public var phone: String?
    /// The amount spent (orders, bookings, tickets), excluding shipping and tax.
    public var amount: Money?
    /// The custom action's name, for `custom` events.
    public var action: String?
    /// When it happened (the order was placed or paid); nil when it happens as it is recorded. Not part
    /// of `payload`: the same event sent again without its date, or with another, is still the same event.
    public var occurredAt: Date?

    public init(kind: EarningKind, externalID: String, email: String, name: String? = nil, amount: Money? = nil, action: String? = nil,
                occurredAt: Date? = nil, phone: String? = nil) {
        self.kind = kind
        self.externalID = externalID
        self.email = email
        self.name = name
        self.phone = phone
        self.amount = amount
        self.action = action
        self.occurredAt = occurredAt
    }

    /// The idempotency key, e.g. "order:1042".
    public var key: String { "\(kind.rawValue):\(externalID)" }

    /// What must be the same when the key arrives again.
    public var payload: String {
        "email=\(email.trimmingWhitespace().lowercased());amount=\(amount.map { "\($0.minorUnits) \($0.currency.code)" } ?? "-");action=\(action ?? "-")"
    }

    /// The activity line for it, e.g. "Order 1042 (49.99 EUR)".
    public var reason: String {
        switch kind {
        case .order: return "Order \(externalID)" + (amount.map { " (\($0))" } ?? "")
        case .custom: return "\(action ?? "Custom action") (\(externalID))"
        default: return "\(kind.label) (\(externalID))"
        }
    }
}

/// An earning the programme itself grants: a member's sign-up, or a referrer's reward for a referred
/// member's first order. Its key makes it once per person.
public struct ProgrammeEarning: Equatable, Sendable {
    public let kind: EarningKind
    public let key: String
    public let payload: String
    public let reason: String

    /// Sign-up points for a person who became a member.
    public static func signup(memberID: Int64) -> ProgrammeEarning {
        ProgrammeEarning(kind: .signup, key: "signup:\(memberID)", payload: "member=\(memberID)", reason: "Signed up")
    }

    /// The referrer's points when the member they referred places a first order.
    public static func referral(of memberID: Int64, named name: String) -> ProgrammeEarning {
        ProgrammeEarning(kind: .referral, key: "referral:\(memberID)", payload: "referred=\(memberID)", reason: "Referral: \(name) placed a first order")
    }
}
