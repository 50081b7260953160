import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// Emails: the six automations with On/Off (installed Off), editing a subject and body, and a
/// preview with a real member's values filled in, scrolled inside the pane.
enum EmailsPane: TablePane {
    enum Action: Sendable { case move(ListMove), toggle, edit, preview, scroll(Int), closePreview }

    static var list: WritableKeyPath<AppState, ListState> { \.emails.list }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        if state.emails.preview != nil {
            return KeyMap([
                KeyBinding([.escape, .character("p")], .closePreview, help: "Close preview"),
                KeyBinding([.character("e")], .edit, help: "Edit", needs: .programme),
            ] + TextScrollKeys.bindings(Action.scroll))
        }
        return KeyMap(ListNavigation.bindings(Action.move) + [
            KeyBinding([.character(" ")], .toggle, help: "On/Off", needs: .programme),
            KeyBinding([.enter, .character("e")], .edit, help: "Edit", needs: .programme),
            KeyBinding([.character("p")], .preview, help: "Preview"),
        ])
    }

    static func rowCount(_ state: AppState) -> Int { state.data.emails.count }

    /// The table's rows, less its header.
    static func pageRows(_ state: AppState) -> Int { max(1, state.pageHeight - 1) }

    /// The table shows every automation, as far as the pane is high.
    static func tableArea(in area: Rect, state: AppState) -> Rect {
        Rect(x: area.x, y: area.y, width: area.width, height: min(area.height, rowCount(state) + 1))
    }

    private static func selected(_ state: AppState) -> EmailAutomation? {
        if let preview = state.emails.preview { return state.data.emails.first { $0.trigger == preview.trigger } }
        return selectedRow(state).map { state.data.emails[$0] }
    }

    static func perform(_ action: Action, state: inout AppState, store: Store) throws {
        switch action {
        case .move(let move):
            self.move(move, state: &state)
        case .toggle:
            guard let email = selected(state), let index = state.data.emails.firstIndex(of: email) else { return }
            state.data.emails[index] = try store.setEmailActive(email.trigger, !email.active)
            let words = state.words
            state.message = .success(DomainNames.trigger(email.trigger, words) + ": " + (state.data.emails[index].active ? words.text("On") : words.text("Off")))
        case .edit:
            guard let email = selected(state) else { return }
            state.modal = .form(EmailEditing.form(email, state.words))
        case .preview:
            guard let email = selected(state) else { return }
            let memberID = try state.members.open?.card.member.id ?? store.members(after: nil, limit: 1).first?.id
            guard let memberID else {
                state.message = .error(state.words.text("A preview needs a member to fill in; add one in Members (a)"))
                return
            }
            state.emails.preview = try preview(email.trigger, memberID: memberID, store: store)
        case .scroll(let rows):
            guard var preview = state.emails.preview else { return }
            let area = ListNavigation.paneArea(state)
            preview.offset = min(max(0, preview.offset + rows), EmailPreviewView.textView(preview, offset: 0, state.words).maxOffset(in: EmailPreviewView.body(in: area)))
            state.emails.preview = preview
        case .closePreview:
            state.emails.preview = nil
        }
    }

    private static func preview(_ trigger: EmailTrigger, memberID: Int64, store: Store) throws -> EmailPreview {
        let member = try store.member(id: memberID)
        return EmailPreview(trigger: trigger, memberID: memberID, recipient: "\(member.name) <\(member.email)>",
                            email: try store.previewEmail(trigger, memberID: memberID))
    }

    static func submit(_ purpose: EmailsFormPurpose, _ form: FormState, state: inout AppState, store: Store) throws {
        switch purpose {
        case .edit(let trigger):
            try EmailEditing.submit(form, trigger: trigger, store: store)
            state.message = .success(state.words.text("E-mail saved"))
        }
    }

    static func click(row: Int, state: inout AppState, store: Store) throws {
        guard state.emails.preview == nil else { return }
        selectRow(underPaneRow: row, state: &state)
    }

    /// The wheel scrolls the preview when one is open, else moves the selection.
    static func scroll(by rows: Int, state: inout AppState, store: Store) throws {
        guard state.emails.preview != nil else { return moveSelection(by: rows, state: &state) }
        try perform(.scroll(rows), state: &state, store: store)
    }

    /// Fills the open preview in again, so an edit or a change elsewhere shows at once.
    static func reload(state: inout AppState, store: Store) throws {
        guard let open = state.emails.preview else { return }
        var fresh = try preview(open.trigger, memberID: open.memberID, store: store)
        fresh.offset = open.offset
        state.emails.preview = fresh
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let words = state.words
        if let preview = state.emails.preview {
            EmailPreviewView.render(preview, in: area, on: &grid, theme: state.theme, words: words)
            return nil
        }
        let rows = state.data.emails.map { [DomainNames.trigger($0.trigger, words), $0.active ? words.text("On") : words.text("Off"), $0.template.subject] }
        let columns = [TableColumn(words.text("Automation"), width: .fit(min: 12)), TableColumn(words.text("Sends")),
                       TableColumn(words.text("Subject"), width: .flexible(min: 10))]
        let table = tableArea(in: area, state: state)
        TableView(columns: columns, rows: rows, state: state.emails.list).render(in: table, on: &grid, theme: state.theme)
        let help = " " + words.text("Automations are installed Off: Space switches one On. Enter edits the subject and body; p previews it for a real member.")
        let text = Rect(x: area.x, y: table.y + table.height + 1, width: area.width, height: max(0, area.y + area.height - table.y - table.height - 1))
        let helpView = TextView(lines: [(help, .muted)])
        helpView.render(in: text, on: &grid, theme: state.theme)
        let below = text.y + helpView.rows(width: text.width).count + 1
        EmailOutboxView.render(state.data, in: Rect(x: area.x, y: below, width: area.width, height: max(0, area.y + area.height - below)),
                               on: &grid, theme: state.theme, words: words)
        return nil
    }
}
