import Foundation

/// What an event earns and what recording it changes.
public struct EarningDecision: Equatable, Sendable {
    public let points: Points
    /// "earned 40 Points", or why nothing was awarded.
    public let message: String
    /// The entry, tier change and "points earned" e-mail to apply; empty when nothing is awarded.
    public let changes: Decision
}

public enum Earning {
    /// Decides an event of `kind` that happened at `moment` (now when nil) for a member: the active way
    /// to earn for it (custom actions by name), its base points times the member's tier and the
    /// multipliers of the campaigns running at that moment, capped per event and per day (the member
    /// snapshot holds that day's earnings); the entry under `key`, dated `moment`, the tier it reaches
    /// and the "points earned" e-mail. Refuses an event that would earn more than one change may give.
    public static func decide(kind: EarningKind, action: String? = nil, amount: Money?, key: String, reason: String,
                              programme: ProgramSnapshot, member: MemberSnapshot, at moment: Date? = nil) throws -> EarningDecision {
        let program = programme.program
        guard program.status == .active else { return nothing("not awarded: the programme is \(program.status.rawValue)") }
        guard let rule = programme.activeRule(kind: kind, action: action) else {
            return nothing("not awarded: no active way to earn for \(kind == .custom ? "the action \"\(action ?? "")\"" : kind.rawValue)")
        }
        guard let tier = programme.tier(id: member.tierID) else {
            throw LoyaltyError.tier(.noSuchID(member.tierID))
        }
        let base = try basePoints(for: rule, amount: amount)
        let points = awardedPoints(base: base, rule: rule, tierMultiplier: tier.multiplier, campaignMultiplier: programme.campaignMultiplier(ruleID: rule.id, at: moment),
                                   earnedTodayFromRule: member.earnedTodayByRule[rule.id] ?? 0)
        guard points <= Limits.maximumChange else {
            throw LoyaltyError.event(.wouldEarnTooMuch(points: points, pointsName: program.pointsName, limit: Limits.maximumChange))
        }
        guard points > 0 else {
            return nothing(base == 0 ? "not awarded: the amount is below what earns a point" : "not awarded: the daily maximum for \(rule.name) is reached")
        }
        let happened = moment ?? programme.now
        if let expiry = programme.expiry(ofPointsEarnedAt: happened), expiry <= programme.now {
            return EarningDecision(points: points, message: "earned \(program.points(points)), expired since \(EventMoment.day(expiry, in: programme.calendar.timeZone))",
                                   changes: Decision(postings: [Posting(memberID: member.id, kind: .earn, delta: points, reason: reason, eventKey: key, ruleID: rule.id,
                                                                        occurred: moment)],
                                                     tierChange: TierChange.decide(member: member, earnedChange: points, programme: programme)))
        }
        let emails = programme.emailIsActive(.pointsEarned) ? [EmailToQueue(.pointsEarned, memberID: member.id, values: ["points": String(points)], key: key)] : []
        return EarningDecision(points: points, message: "earned \(program.points(points))", changes: Decision(
            postings: [Posting(memberID: member.id, kind: .earn, delta: points, reason: reason, eventKey: key, ruleID: rule.id, occurred: moment)],
            tierChange: TierChange.decide(member: member, earnedChange: points, programme: programme), emails: emails))
    }

    /// `decide` for an event from the shop.
    public static func decide(_ event: EarningEvent, programme: ProgramSnapshot, member: MemberSnapshot) throws -> EarningDecision {
        try decide(kind: event.kind, action: event.action, amount: event.amount, key: event.key, reason: event.reason, programme: programme, member: member,
                   at: event.occurredAt)
    }

    /// `decide` for an earning the programme grants (sign-up, referral) at `moment` (now when nil).
    public static func decide(_ earning: ProgrammeEarning, programme: ProgramSnapshot, member: MemberSnapshot, at moment: Date? = nil) throws -> EarningDecision {
        try decide(kind: earning.kind, amount: nil, key: earning.key, reason: earning.reason, programme: programme, member: member, at: moment)
    }

    /// Whether an order by this member pays their referrer: it is their first order and someone referred them.
    public static func paysReferrer(_ kind: EarningKind, member: MemberSnapshot) -> Bool {
        kind == .order && member.referrer != nil && member.orders == 0
    }

    private static func nothing(_ message: String) -> EarningDecision {
        EarningDecision(points: 0, message: message, changes: .none)
    }
}
