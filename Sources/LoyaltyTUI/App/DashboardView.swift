import LoyaltyCore
import Terminal

/// Draws the whole screen from the state: header, sections, the current pane in a frame, the
/// message line, the footer of key hints, and any dialog on top.
enum DashboardView {
    /// Right to left, the screen is drawn left to right and mirrored as a whole (see `WritingMode`).
    static func render(_ state: AppState) -> (grid: CellGrid, cursor: CursorPosition?) {
        let (grid, cursor) = renderLeftToRight(state)
        guard state.writing.isRightToLeft else { return (grid, cursor) }
        return (grid.mirrored(), cursor.map { (grid.mirroredColumn($0.x), $0.y) })
    }

    private static func renderLeftToRight(_ state: AppState) -> (grid: CellGrid, cursor: CursorPosition?) {
        let theme = state.theme
        var grid = CellGrid(width: max(state.width, 1), height: max(state.height, 1), style: theme[.normal], writing: state.writing)
        let layout = DashboardLayout(width: state.width, height: state.height)
        guard !layout.isTooSmall else {
            renderTooSmall(layout, on: &grid, theme: theme)
            return (grid, nil)
        }
        HeaderBar(state: state).render(in: layout.header, on: &grid)
        if layout.hasSidebar {
            renderSidebar(state, in: layout.sections, on: &grid)
        } else {
            SectionTabs(current: state.section).render(in: layout.sections, on: &grid, theme: theme)
        }
        Box(title: state.section.title).render(in: layout.frame, on: &grid, theme: theme)
        var cursor = state.section.pane.render(state, in: layout.pane, on: &grid)
        renderMessage(state, in: layout.message, on: &grid)
        Footer(entries: footerEntries(state)).render(in: layout.footer, on: &grid, theme: theme)
        switch state.modal {
        case .help?:
            HelpOverlay(sections: helpSections(state)).render(in: Rect(width: state.width, height: state.height), on: &grid, theme: theme)
            cursor = nil
        case .confirm(let confirmation)?:
            Dialog(title: confirmation.title, message: confirmation.message, buttons: [confirmation.confirmLabel, "Cancel"],
                   selectedButton: confirmation.selectedButton).render(in: Rect(width: state.width, height: state.height), on: &grid, theme: theme)
            cursor = nil
        case .form(let form)?:
            cursor = FormView.render(form, in: layout.form, on: &grid, theme: theme)
        case .commandLine(let field)?:
            grid.fill(layout.message, style: theme[.normal])
            grid.write(":", x: 0, y: layout.message.y, style: theme[.normal], maxWidth: 1)
            cursor = field.render(in: Rect(x: 1, y: layout.message.y, width: layout.message.width - 1, height: 1), on: &grid, theme: theme, focused: true)
        case nil:
            break
        }
        return (grid, cursor)
    }

    /// The footer's hints: the top layer's keys, then (outside dialogs) the global keys. The keys
    /// of the section the user may not use come after those they may, so what they can do shows first.
    static func footerEntries(_ state: AppState) -> [HelpEntry] {
        switch state.modal {
        case .help?: return ModalKeys.help.footerEntries
        case .confirm?: return ModalKeys.confirm.footerEntries
        case .form(let form)?: return (form.fields[safe: form.focused]?.isMultiline == true ? ModalKeys.formLines : ModalKeys.form).footerEntries
        case .commandLine?: return ModalKeys.commandLine.footerEntries
        case nil:
            let section = state.section.pane.footerEntries(state)
            return section.filter { $0.onlyFor == nil } + section.filter { $0.onlyFor != nil } + KeyMap<GlobalAction>.global.footerEntries
        }
    }

    /// The `?` overlay's sections: the current pane's keys, then the keys that work everywhere.
    static func helpSections(_ state: AppState) -> [(title: String, entries: [HelpEntry])] {
        [(state.section.title, state.section.pane.helpEntries(state)),
         ("Everywhere", KeyMap<GlobalAction>.global.helpEntries + [HelpEntry(keys: "Esc", help: "Close or cancel (never quits)")]),
         ("In forms", ModalKeys.form.helpEntries), ("In a text of several lines", ModalKeys.formLines.helpEntries)]
    }

    private static func renderTooSmall(_ layout: DashboardLayout, on grid: inout CellGrid, theme: Theme) {
        let lines = ["Terminal too small", "\(layout.width)×\(layout.height); Loyalty needs at least",
                     "\(DashboardLayout.minimumWidth)×\(DashboardLayout.minimumHeight). Enlarge the window.", "q quits"]
        let area = Rect(width: layout.width, height: layout.height)
        let top = max(0, (layout.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < layout.height {
            grid.write(line, in: Rect(x: 0, y: top + index, width: area.width, height: 1), style: theme[index == 0 ? .warning : .normal], alignment: .center)
        }
    }

    private static func renderSidebar(_ state: AppState, in area: Rect, on grid: inout CellGrid) {
        let theme = state.theme
        grid.fill(area, style: theme[.sidebar])
        for section in Section.allCases {
            let row = Rect(x: area.x, y: area.y + 1 + section.rawValue, width: area.width - 1, height: 1)
            guard row.y < area.y + area.height else { break }
            let role: ThemeRole = section == state.section ? .sidebarSelected : .sidebar
            grid.fill(row, style: theme[role])
            grid.write(" \(section.key) \(section.title)", in: row, style: theme[role])
        }
    }

    private static func renderMessage(_ state: AppState, in area: Rect, on grid: inout CellGrid) {
        guard let message = state.message else { return }
        let role: ThemeRole = message.kind == .error ? .error : message.kind == .success ? .success : .normal
        let text = message.text.replacingOccurrences(of: "\n", with: " ")
        grid.write(" " + text, in: area, style: state.theme[role])
    }
}
