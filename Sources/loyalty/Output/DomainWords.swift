import LoyaltyCore
import LoyaltyText

/// The words the CLI's text output uses for the domain's values (a member's status, a coupon's
/// state, a ledger entry's action), in the operator's language. JSON and CSV keep the values'
/// stable English names.
enum DomainWords {
    /// A member's status as a table or a field shows it.
    static func status(_ status: MemberStatus, _ words: Localizer) -> String {
        switch status {
        case .member: return words.text("member")
        case .visitor: return words.text("visitor")
        case .pending: return words.text("pending")
        }
    }

    /// A programme's status.
    static func status(_ status: ProgramStatus, _ words: Localizer) -> String {
        switch status {
        case .draft: return words.text("draft")
        case .active: return words.text("active")
        case .paused: return words.text("paused")
        }
    }

    /// A user's role.
    static func role(_ role: Role, _ words: Localizer) -> String {
        switch role {
        case .owner: return words.text("owner")
        case .staff: return words.text("staff")
        case .viewer: return words.text("viewer")
        }
    }

    /// When an automatic e-mail goes out.
    static func trigger(_ trigger: EmailTrigger, _ words: Localizer) -> String {
        switch trigger {
        case .welcome: return words.text("Welcome new members")
        case .pointsEarned: return words.text("Points earned")
        case .rewardAvailable: return words.text("Reward available")
        case .couponIssued: return words.text("Coupon issued")
        case .pointsExpiring: return words.text("Points expiring soon")
        case .tierReached: return words.text("New tier reached")
        }
    }

    /// A coupon's state as a table shows it.
    static func state(_ state: CouponState, _ words: Localizer) -> String {
        switch state {
        case .issued: return words.text("issued")
        case .used: return words.text("used")
        case .voided: return words.text("voided")
        case .expired: return words.text("expired")
        }
    }

    /// What a ledger entry did, as the activity shows it.
    static func action(_ kind: EntryKind, _ words: Localizer) -> String {
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

    /// Whether a member agreed to marketing e-mails.
    static func marketing(_ consent: Bool?, _ words: Localizer) -> String {
        switch consent {
        case true?: return words.text("yes")
        case false?: return words.text("no (opted out)")
        case nil: return words.text("not known")
        }
    }

    /// "yes" / "no", for on/off columns.
    static func yesNo(_ value: Bool, _ words: Localizer) -> String { value ? words.text("yes") : words.text("no") }

    /// A number of the programme's points: "40 Stars", "1 Punt".
    static func points(_ points: Points, _ program: Program, _ words: Localizer) -> String {
        words.format(.points(points, named: program.pointsName))
    }
}
