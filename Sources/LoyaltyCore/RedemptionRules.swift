/// Whether a member may redeem a reward, decided from plain values: the rule the store's redemption
/// applies before it spends anything, and the one every page, list and preview that tells a member
/// what they can redeem uses, so they never disagree. `quote` (RedemptionQuote.swift) then works out
/// what an allowed redemption does.
public enum RedemptionRules {
    /// Why a member cannot redeem a reward (yet).
    public enum Refusal: Equatable, Sendable {
        /// Nothing is redeemed while the programme is a draft or paused.
        case programmeNotActive(ProgramStatus)
        /// Only members redeem; visitors and pending people keep what they earned until they join.
        case notAMember(MemberStatus)
        /// The reward is switched off.
        case inactive
        /// The balance is below what the reward takes: a fixed reward's cost, or the fewest points the
        /// flexible reward uses (its minimum, and at least enough for the smallest coin of discount).
        case shortOfPoints(needed: Points, balance: Points)
        /// The reward is for members of `needed` and above.
        case belowTier(needed: Tier, current: Tier)
        /// The order is below the reward's minimum subtotal.
        case orderTooSmall(minimum: Money, order: Money)
    }

    /// Every reason `member` cannot redeem `reward` now, in the order the redemption checks them;
    /// empty when they can. `program` and `tiers` are the programme's; `orderTotal`, when known, is
    /// checked against a fixed reward's minimum subtotal (without it that condition is left to the order).
    public static func refusals(member: Member, reward: Reward, program: Program, tiers: [Tier], orderTotal: Money? = nil) -> [Refusal] {
        var refusals: [Refusal] = []
        if program.status != .active { refusals.append(.programmeNotActive(program.status)) }
        if member.status != .member { refusals.append(.notAMember(member.status)) }
        if !reward.active { refusals.append(.inactive) }
        let needed = pointsNeeded(for: reward)
        if member.balance < needed { refusals.append(.shortOfPoints(needed: needed, balance: member.balance)) }
        if case .fixed(let fixed) = reward.kind {
            if let neededID = fixed.minimumTierID, let neededTier = tiers.first(where: { $0.id == neededID }),
               let current = tiers.first(where: { $0.id == member.tierID }), current.threshold < neededTier.threshold {
                refusals.append(.belowTier(needed: neededTier, current: current))
            }
            if let minimum = fixed.minimumSubtotal, let orderTotal, orderTotal < minimum {
                refusals.append(.orderTooSmall(minimum: minimum, order: orderTotal))
            }
        }
        return refusals
    }

    /// The fewest points a member must hold to redeem `reward`: a fixed reward's cost; for the
    /// flexible reward its minimum, and at least the points worth one minor unit of money (at
    /// 10 points = 0.05, one point is worth half a cent and cannot be spent alone). Never below 1:
    /// redeeming needs a positive balance.
    public static func pointsNeeded(for reward: Reward) -> Points {
        switch reward.kind {
        case .fixed(let fixed): return max(1, fixed.cost)
        case .flexible(let flex):
            let forOneMinorUnit = (flex.points + flex.value.minorUnits - 1) / max(1, flex.value.minorUnits)
            return max(1, flex.minimumPoints, forOneMinorUnit)
        }
    }
}
