import LoyaltyCore

/// The Members section's forms.
public enum MembersFormPurpose: Equatable, Sendable {
    case addMember
    case adjustPoints(memberID: Int64, mode: PointsAdjustment)
    /// Redeeming for a member; `rewardIDs` are the rewards of the choice, in its order.
    case redeem(memberID: Int64, rewardIDs: [Int64])
    case status(memberID: Int64)
    /// The status for everyone marked in the list.
    case markedStatus
    /// Which members the list shows; `tierIDs` are the tiers of the choice after "Any", in its order.
    case filter(tierIDs: [Int64])
    /// A member's details, as they were when the form opened (`seen`).
    case editDetails(memberID: Int64, seen: MemberDetails)
}

/// What the Members section asks before doing.
public enum MembersConfirmPurpose: Equatable, Sendable {
    /// A balance change typed in a form, shown as before → after before it is made; `seen` is the
    /// balance shown, so setting a balance someone else changed meanwhile is refused.
    case adjustPoints(memberID: Int64, mode: PointsAdjustment, points: Int64, reason: String, seen: Points)
    /// A redemption shown with the points it uses (`points`, as the store worked them out), the
    /// balance before → after and what the coupon gives; refused if it would now use others.
    case redeem(memberID: Int64, rewardID: Int64, orderTotal: Money?, points: Points)
    /// Marking a member's issued coupon used, or voiding it (its points go back).
    case changeCoupon(memberID: Int64, code: String, to: CouponState)
    /// Setting the status of everyone marked in the list.
    case markedStatus(MemberStatus)
}
