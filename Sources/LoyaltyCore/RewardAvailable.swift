/// The "reward available" e-mail: it tells a member their balance now reaches the cheapest active
/// fixed reward. Every ledger entry is decided against it once the entry exists, so each crossing is
/// its own event, whatever moved the balance (an order, a manual change, a refund).
public enum RewardAvailable {
    /// The e-mail to queue when entry `entryID` moved `memberID`'s balance from `before` to `after`:
    /// only when the balance rose from below the cheapest active fixed reward's cost to at least it and
    /// the e-mail is switched on; nil otherwise (or when the programme has no such reward).
    public static func email(memberID: Int64, from before: Points, to after: Points, entryID: Int64, programme: ProgramSnapshot) -> EmailToQueue? {
        guard after > before, programme.emailIsActive(.rewardAvailable), let reward = programme.cheapestReward,
              before < reward.cost, after >= reward.cost else { return nil }
        return EmailToQueue(.rewardAvailable, memberID: memberID, values: ["reward": reward.name], key: "entry:\(entryID)")
    }
}
