import Terminal

/// The style of every `ThemeRole`. Load one from a theme file (see `themes/README.md`) or use
/// `Theme.monochrome`, which needs no colours at all.
public struct Theme: Equatable, Sendable {
    private var styles: [ThemeRole: CellStyle]

    /// The style for `role`.
    public subscript(role: ThemeRole) -> CellStyle {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// No colours, attributes only: for `NO_COLOR` and terminals without colour. The selection
    /// and other highlights are reverse video, so they stay visible.
    public static let monochrome = Theme(styles: [
        .normal: .plain,
        .header: CellStyle(attributes: [.reverse, .bold]),
        .headerBadgeActive: CellStyle(attributes: [.reverse, .bold]),
        .headerBadgeDraft: CellStyle(attributes: [.reverse, .dim]),
        .headerBadgePaused: CellStyle(attributes: [.reverse, .underline]),
        .sidebar: .plain,
        .sidebarSelected: CellStyle(attributes: [.reverse, .bold]),
        .selection: CellStyle(attributes: [.reverse]),
        .columnHeader: CellStyle(attributes: [.bold, .underline]),
        .footer: CellStyle(attributes: [.reverse]),
        .footerKey: CellStyle(attributes: [.reverse, .bold]),
        .muted: CellStyle(attributes: [.dim]),
        .error: CellStyle(attributes: [.bold]),
        .success: .plain,
        .warning: CellStyle(attributes: [.bold]),
        .border: .plain,
        .title: CellStyle(attributes: [.bold]),
        .chartBar: .plain,
        .input: CellStyle(attributes: [.underline]),
        .inputFocused: CellStyle(attributes: [.reverse]),
        .dialog: .plain,
    ])
}
