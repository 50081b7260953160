import LoyaltyCore

/// The names the domain's values go by in the operator's language, the same for the command line
/// and the dashboard: a user's role, when an automatic e-mail goes out, a coupon's state, what a
/// ledger entry did. JSON, CSV and the store keep the values' stable English raw values.
public enum DomainNames {
    /// A user's role: "owner", "staff", "viewer".
    public static func role(_ role: Role, _ words: Localizer) -> String {
        switch role {
        case .owner: return words.text("owner")
        case .staff: return words.text("staff")
        case .viewer: return words.text("viewer")
        }
    }

    /// When an automatic e-mail goes out: "Welcome new members", "Points earned", ….
    public static func trigger(_ trigger: EmailTrigger, _ words: Localizer) -> String {
        switch trigger {
        case .welcome: return words.text("Welcome new members")
        case .pointsEarned: return words.text("Points earned")
        case .rewardAvailable: return words.text("Reward available")
        case .couponIssued: return words.text("Coupon issued")
        case .pointsExpiring: return words.text("Points expiring soon")
        case .tierReached: return words.text("New tier reached")
        }
    }

    /// A coupon's state: "issued", "used", "voided", "expired".
    public static func couponState(_ state: CouponState, _ words: Localizer) -> String {
        switch state {
        case .issued: return words.text("issued")
        case .used: return words.text("used")
        case .voided: return words.text("voided")
        case .expired: return words.text("expired")
        }
    }

    /// What a ledger entry did, as a member's activity shows it: "Earned", "Balance set", ….
    public static func entryKind(_ kind: EntryKind, _ words: Localizer) -> String {
        switch kind {
        case .earn: return words.text("Earned")
        case .redeem: return words.text("Redeemed")
        case .give: return words.text("Given")
        case .remove: return words.text("Removed")
        case .set: return words.text("Balance set")
        case .reverse: return words.text("Reversed")
        case .expire: return words.text("Expired")
        }
    }
}
