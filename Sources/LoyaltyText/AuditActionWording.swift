import LoyaltyCore

extension Localizer {
    /// An audit line's action as this language names it ("points.give" reads "Points given"). The
    /// log keeps the action as a key ("points.give"), as `audit --json` prints it; an action of no
    /// known name is shown as that key.
    public func auditAction(_ action: String) -> String {
        if action.hasPrefix("event."), let kind = EarningKind(rawValue: String(action.dropFirst("event.".count))) {
            return text("Recorded: {way}", ["way": .sentence(Sentence(kind.label))])
        }
        return Self.auditActionNames[action].map { text($0) } ?? action
    }

    /// The English name of each action the store writes to the audit log, by its key.
    private static let auditActionNames: [String: String] = [
        "campaign.add": "Campaign added", "campaign.delete": "Campaign deleted", "campaign.edit": "Campaign changed",
        "coupon.use": "Coupon used", "coupon.void": "Coupon voided",
        "email.activate": "E-mail turned on", "email.deactivate": "E-mail turned off", "email.edit": "E-mail changed",
        "event.refund": "Refund recorded", "import.customers": "Customers imported",
        "job.daily": "Daily job", "job.expire": "Expiry job",
        "member.add": "Member added", "member.edit": "Details changed", "member.erase": "Member erased",
        "member.marketing": "Marketing changed", "member.status": "Status changed", "member.status.bulk": "Statuses changed",
        "points.give": "Points given", "points.redeem": "Points redeemed", "points.remove": "Points removed", "points.set": "Balance set",
        "program.edit": "Programme changed", "program.expiry": "Expiry changed", "program.launch": "Programme launched",
        "program.pause": "Programme paused", "program.resume": "Programme resumed",
        "reward.activate": "Reward turned on", "reward.add": "Reward added", "reward.deactivate": "Reward turned off",
        "reward.delete": "Reward deleted", "reward.edit": "Reward changed",
        "rule.activate": "Way to earn on", "rule.add": "Way to earn added", "rule.deactivate": "Way to earn off",
        "rule.delete": "Way to earn deleted", "rule.edit": "Way to earn changed",
        "shop.connect": "Shop connected", "shop.disconnect": "Shop disconnected", "shop.sync": "Shop synced", "shop.webhook": "Shop webhook",
        "tier.add": "Tier added", "tier.delete": "Tier deleted", "tier.edit": "Tier changed",
        "user.add": "User added", "user.remove": "User removed", "user.role": "Role changed",
    ]
}
