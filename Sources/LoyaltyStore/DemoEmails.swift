import LoyaltyCore

/// The e-mails the demo's history would have sent, as the real path leaves them in the outbox: a
/// welcome when a member joined and a coupon e-mail for each coupon, each written with the values of
/// that moment and marked sent. Without them the outbox would say the demo's members were never
/// welcomed, and the programme would welcome them again. Only automations switched on are written.
struct DemoEmails: Sendable {
    private let welcome: EmailTemplate?
    private let couponIssued: EmailTemplate?
    private let programValues: [String: String]
    private let baseTierName: String

    init(tx: Transaction) throws {
        let active = try tx.emailAutomations().filter(\.active)
        welcome = active.first { $0.trigger == .welcome }?.template
        couponIssued = active.first { $0.trigger == .couponIssued }?.template
        let program = try tx.program()
        programValues = ["points_name": program.pointsName, "program": program.name, "reward": try tx.cheapestActiveFixedReward()?.name ?? "a reward"]
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
