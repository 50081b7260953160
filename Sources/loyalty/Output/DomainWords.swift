import LoyaltyCore
import LoyaltyText

/// The words the CLI's text output uses for the domain's values (a member's or the programme's
/// status, yes and no, points), in the operator's language. JSON and CSV keep the values'
/// stable English names. Roles, e-mail triggers, coupon states and kinds of ledger entry are
/// `DomainNames`, shared with the dashboard.
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
