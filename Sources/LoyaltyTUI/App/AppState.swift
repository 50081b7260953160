import LoyaltyCore
import Terminal

/// Everything the dashboard shows, as a value: rendering is a function of it, and keys change it
/// only through the `Dashboard` reducer.
public struct AppState: Sendable {
    /// The section on screen. A draft programme opens on Review & launch, the checklist of what
    /// it still needs; a launched one on the Overview.
    public var section: Section
    public var width: Int
    public var height: Int
    public var data: DashboardData
    public var modal: Modal?
    public var message: StatusMessage?
    public var theme: Theme
    public var themeName: String
    /// Right to left for Hebrew (the whole screen mirrored), and whether text is put in visual order.
    public var writing: WritingMode = .leftToRight
    /// The Ways to earn section: the selected rule or campaign.
    public var waysToEarn = WaysToEarnState()
    /// The Rewards section: the selected reward.
    public var rewards = RewardsState()
    /// The Tiers section: the selected tier.
    public var tiers = TiersState()
    /// The Members section: its page of rows, search and the open member.
    public var members = MembersState()
    /// The Emails section: the selected automation and its preview, when one is open.
    public var emails = EmailsState()
    /// The Pages preview section: which page, and for which member.
    public var pages = PagesState()
    /// Set when the user asked to quit; the run loop ends.
    public var shouldQuit = false
    /// The Audit log section's lines.
    public var audit = AuditState()
    /// Who is at the keyboard, what they may do, and which database is open, for the header.
    public let user: String
    public let role: Role
    public let databasePath: String

    public init(width: Int, height: Int, data: DashboardData, theme: Theme, themeName: String, user: String, role: Role = .owner, databasePath: String) {
        self.width = width
        self.height = height
        self.data = data
        self.section = data.program.status == .draft ? .review : .overview
        self.theme = theme
        self.themeName = themeName
        self.user = user
        self.role = role
        self.databasePath = databasePath
    }

    /// The rows of the current section's pane: a section takes its own lines off to know how far a
    /// page of its list moves (PgUp/PgDn). Drawing clamps each selection and scroll to what it
    /// really shows, so keys need this number and not the layout.
    public var pageHeight: Int { DashboardLayout(width: width, height: height).pane.height }

    /// The selection of a section's list; an empty one for a section without a list.
    public func list(_ section: Section) -> ListState {
        switch section {
        case .waysToEarn: return waysToEarn.list
        case .rewards: return rewards.list
        case .tiers: return tiers.list
        case .emails: return emails.list
        case .audit: return audit.list
        case .overview, .program, .members, .review, .pages: return ListState()
        }
    }

    /// The open form, if the modal layer is one.
    public var form: FormState? {
        if case .form(let form)? = modal { return form }
        return nil
    }
}
