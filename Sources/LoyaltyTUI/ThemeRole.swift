/// What a piece of the screen is, for choosing its style from a `Theme`. The raw value is the
/// name used in theme files.
public enum ThemeRole: String, CaseIterable, Sendable {
    case normal
    case header
    case headerBadgeActive
    case headerBadgeDraft
    case headerBadgePaused
    case sidebar
    case sidebarSelected
    case selection
    case columnHeader
    case footer
    case footerKey
    case muted
    case error
    case success
    case warning
    case border
    case title
    case chartBar
    case input
    case inputFocused
    case dialog
}
