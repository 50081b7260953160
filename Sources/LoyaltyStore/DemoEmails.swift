import LoyaltyCore

/// The e-mails the demo's history would have sent, as the real path leaves them in the outbox: a
/// welcome when a member joined and a coupon e-mail for each coupon, each written with the values of
/// that moment and marked sent. Without them the outbox would say the demo's members were never
/// welcomed, and the programme would welcome them again. Only automations switched on are written.
struct DemoEmails: Sendable {
    private let welcome: SplitTemplate?
    private let couponIssued: SplitTemplate?
    private let programValues: [String: String]
    private let baseTierName: String

    init(tx: Transaction) throws {
        let active = try tx.emailAutomations().filter(\.active)
        welcome = active.first { $0.trigger == .welcome }.map { SplitTemplate($0.template) }
        couponIssued = active.first { $0.trigger == .couponIssued }.map { SplitTemplate($0.template) }
        let program = try tx.program()
        programValues = ["points_name": program.pointsName, "program": program.name, "reward": try tx.cheapestActiveFixedReward()?.name ?? program.customerLanguage.text("a reward")]
        baseTierName = try tx.tiers().min { $0.threshold < $1.threshold }?.name ?? ""
    }

    /// The outbox rows for `member`: trigger, event key, subject, body and when it was sent.
    func messages(for member: DemoMember) -> [(trigger: EmailTrigger, key: String, mail: EmailTemplate, at: Int64)] {
        guard member.status == .member else { return [] }
        let history = member.history
        func values(balance: Points, tier: String) -> [String: String] {
            programValues.merging(["name": member.name, "email": member.email, "points": String(balance), "balance": String(balance), "tier": tier]) { $1 }
        }
        var messages: [(trigger: EmailTrigger, key: String, mail: EmailTemplate, at: Int64)] = []
        if let welcome {
            let signup = history.entries.first { $0.draft.eventKey == "signup:\(member.id)" }
            messages.append((.welcome, "member:\(member.id)", welcome.filled(with: values(balance: signup?.balanceAfter ?? 0, tier: baseTierName)), member.joined))
        }
        if let couponIssued {
            for coupon in history.coupons {
                let balance = history.entries.first { $0.id == coupon.entryID }?.balanceAfter ?? history.balance
                var filled = values(balance: balance, tier: member.tier.name)
                filled.merge(["coupon": coupon.code, "reward": coupon.reward.name, "points": String(coupon.points)]) { $1 }
                messages.append((.couponIssued, "coupon:\(coupon.code)", couponIssued.filled(with: filled), coupon.at))
            }
        }
        return messages
    }
}

/// A template cut once into its text and its `{field}`s, so filling it for each of a million demo
/// e-mails is a concatenation: the same result as `EmailTemplate.filled(with:)` (a field without a
/// value stays as written).
private struct SplitTemplate: Sendable {
    private enum Part: Sendable { case text(String), field(String) }
    private let subject: [Part]
    private let body: [Part]

    init(_ template: EmailTemplate) {
        subject = Self.parts(template.subject)
        body = Self.parts(template.body)
    }

    func filled(with values: [String: String]) -> EmailTemplate {
        EmailTemplate(subject: Self.join(subject, values), body: Self.join(body, values))
    }

    private static func parts(_ text: String) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            parts.append(.text(String(rest[..<open])))
            parts.append(.field(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        parts.append(.text(String(rest)))
        return parts
    }

    private static func join(_ parts: [Part], _ values: [String: String]) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .field(let name): result += values[name] ?? "{\(name)}"
            }
        }
        return result
    }
}
