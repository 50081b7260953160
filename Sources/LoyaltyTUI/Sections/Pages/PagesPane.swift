import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// Pages preview: the programme page and a member's "My Rewards" page, as the shop's customers
/// read them. The member is the one chosen here (f), else the one open in Members, else the
/// first member in name order.
enum PagesPane: Pane {
    enum Action: Sendable { case switchPage, chooseMember, scroll(Int) }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        KeyMap([
            KeyBinding([.character(" "), .left, .right], label: "Space/←/→", help: "Other page") { _ in .switchPage },
            KeyBinding([.character("f")], .chooseMember, help: "Choose member"),
        ] + TextScrollKeys.bindings(Action.scroll))
    }

    /// Whose "My Rewards" page is shown.
    static func card(_ state: AppState) -> MemberCard? {
        state.pages.chosen ?? state.members.open?.card ?? state.pages.first
    }

    static func perform(_ action: Action, state: inout AppState, store: Store) throws {
        switch action {
        case .switchPage:
            state.pages.page = state.pages.page == .program ? .myRewards : .program
            state.pages.offset = 0
        case .chooseMember:
            let words = state.words
            state.modal = .form(FormState(title: words.text("My Rewards for…"), purpose: .pages(.chooseMember), fields: [
                FormField(key: "text", label: words.text("Name or e-mail"), hint: words.text("part of it, e.g. Zoë or zoe@")),
            ]))
        case .scroll(let rows):
            let area = ListNavigation.paneArea(state)
            state.pages.offset = min(max(0, state.pages.offset + rows), textView(state).maxOffset(in: body(in: area)))
        }
    }

    static func submit(_ purpose: PagesFormPurpose, _ form: FormState, state: inout AppState, store: Store) throws {
        switch purpose {
        case .chooseMember: try showMyRewards(of: form["text"], state: &state, store: store)
        }
    }

    /// Shows the "My Rewards" page of the first member whose name or e-mail matches `text`.
    private static func showMyRewards(of text: String, state: inout AppState, store: Store) throws {
        guard let member = try store.searchMembers(text, limit: 1).first else {
            throw LoyaltyError.member(.noSearchMatch(text: text.trimmingWhitespace(), contains: MembersListView.searchesInside(text)))
        }
        state.pages.chosen = try MemberCard.load(id: member.id, store: store)
        state.pages.page = .myRewards
        state.pages.offset = 0
    }

    static func scroll(by rows: Int, state: inout AppState, store: Store) throws {
        try perform(.scroll(rows), state: &state, store: store)
    }

    static func reload(state: inout AppState, store: Store) throws {
        if let chosen = state.pages.chosen { state.pages.chosen = try MemberCard.load(id: chosen.member.id, store: store) }
        state.pages.first = try store.members(after: nil, limit: 1).first.map { try MemberCard.load(id: $0.id, store: store) }
    }

    private static func body(in area: Rect) -> Rect { Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2) }

    private static func textView(_ state: AppState) -> TextView {
        switch state.pages.page {
        case .program: return TextView(lines: ProgramPageText.lines(state.data), offset: state.pages.offset)
        case .myRewards: return TextView(lines: MyRewardsPageText.lines(card(state), data: state.data, state.words), offset: state.pages.offset)
        }
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let theme = state.theme, words = state.words
        var x = area.x + 1
        for (page, title) in [(PagesState.Page.program, words.text("Programme page")), (.myRewards, words.text("My Rewards"))] {
            let role: ThemeRole = page == state.pages.page ? .selection : .muted
            x += grid.write(" \(title) ", x: x, y: area.y, style: theme[role], maxWidth: area.x + area.width - x) + 1
        }
        textView(state).render(in: body(in: area), on: &grid, theme: theme)
        return nil
    }
}
