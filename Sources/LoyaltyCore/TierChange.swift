/// A member moving from one tier to another.
public struct TierChange: Equatable, Sendable {
    public let memberID: Int64
    public let from: Tier
    public let to: Tier
    /// True when the member went up and the "tier reached" e-mail is switched on.
    public let announced: Bool

    public init(memberID: Int64, from: Tier, to: Tier, announced: Bool) {
        self.memberID = memberID
        self.from = from
        self.to = to
        self.announced = announced
    }

    /// The tier change when the member's tier-counting points change by `earnedChange` (earnings and
    /// manual gives add, reversals of them subtract): the tier the new total reaches, or nil when it
    /// is the tier they are in.
    public static func decide(member: MemberSnapshot, earnedChange: Points, programme: ProgramSnapshot) -> TierChange? {
        guard let target = tierReached(byEarned: member.earnedInWindow + earnedChange, tiers: programme.tiers),
              target.id != member.tierID, let current = programme.tier(id: member.tierID) else { return nil }
        return TierChange(memberID: member.id, from: current, to: target,
                          announced: programme.emailIsActive(.tierReached) && target.threshold > current.threshold)
    }
}
