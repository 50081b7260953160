import LoyaltyCore

/// What a confirmation, once accepted, does.
public enum ConfirmPurpose: Equatable, Sendable {
    case launch
    case pause
    case resume
    case deleteRule(id: Int64)
    case deleteReward(id: Int64)
    case deleteTier(id: Int64)
    case deleteCampaign(id: Int64)
    /// A balance change typed in a form, shown as before → after before it is made; `seen` is the
    /// balance shown, so setting a balance someone else changed meanwhile is refused.
    case adjustPoints(memberID: Int64, mode: PointsAdjustment, points: Int64, reason: String, seen: Points)
    /// A redemption shown with the points it uses (`points`, as the store worked them out), the
    /// balance before → after and what the coupon gives; refused if it would now use others.
    case redeem(memberID: Int64, rewardID: Int64, orderTotal: Money?, points: Points)
    /// Marking a member's issued coupon used, or voiding it (its points go back).
    case changeCoupon(memberID: Int64, code: String, to: CouponState)
    case quitDiscardingEdits

    /// What accepting it changes, for the role check; nil when it changes no data.
    public var changeKind: ChangeKind? {
        switch self {
        case .launch, .pause, .resume, .deleteRule, .deleteReward, .deleteTier, .deleteCampaign: return .programme
        case .adjustPoints, .redeem, .changeCoupon: return .membersAndPoints
        case .quitDiscardingEdits: return nil
        }
    }
}

/// A yes/no question; the section that asked performs it on Yes.
public struct Confirmation: Equatable, Sendable {
    public var title: String
    public var message: String
    public var confirmLabel: String
    public var purpose: ConfirmPurpose
    public var owner: Section
    /// 0 is the confirm button, 1 is Cancel.
    public var selectedButton: Int = 1
    /// The form to go back to when the answer is No, so nothing typed is lost.
    public var resumeForm: FormState?

    public init(title: String, message: String, confirmLabel: String, purpose: ConfirmPurpose, owner: Section, resumeForm: FormState? = nil) {
        self.resumeForm = resumeForm
        self.title = title
        self.message = message
        self.confirmLabel = confirmLabel
        self.purpose = purpose
        self.owner = owner
    }
}

/// The layer above the panes that gets keys first, if any.
public enum Modal: Equatable, Sendable {
    case help
    case confirm(Confirmation)
    case form(FormState)
    /// The `:` command line being typed.
    case commandLine(TextField)

    /// What the form or confirmation would change, for the role check; nil for the others.
    public var changeKind: ChangeKind? {
        switch self {
        case .form(let form): return form.purpose.changeKind
        case .confirm(let confirmation): return confirmation.purpose.changeKind
        case .help, .commandLine: return nil
        }
    }
}
