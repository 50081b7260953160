import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// Members: the list (a keyset window that stays instant at a million members, filtered and in the
/// order chosen), the `/` incremental search, marks for changing several members' status at once,
/// and the opened member with their activity or coupons, the balance actions and their details.
/// Four modes, each with its own keys: typing a search, browsing the list, viewing a member, their coupons.
enum MembersPane: Pane {
    enum Action: Sendable {
        case move(ListMove), open, back
        case search(MemberSearchKeys.Action)
        case add, adjust(PointsAdjustment), redeem, changeStatus, edit
        case coupons, changeCoupon(CouponState)
        case mark, unmarkAll, markedStatus
        case filter, sort, clearFilter
    }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        if let detail = state.members.open { return detail.couponList == nil ? memberKeys : couponKeys }
        if state.members.search?.typing == true { return searchKeys }
        return listKeys(state)
    }

    /// The list's keys (and the search results'). Space's help carries the count of marked members,
    /// so the footer shows it.
    private static func listKeys(_ state: AppState) -> KeyMap<Action> {
        let marks = state.members.marks, searching = state.members.search != nil
        let escape: [KeyBinding<Action>] = searching ? [KeyBinding([.escape], .search(.clear), help: "Clear search")]
            : MemberListFilter.isFiltered(state.members.window) ? [KeyBinding([.escape], .clearFilter, help: "Show everyone")] : []
        return KeyMap(ListNavigation.bindings(Action.move)
               + [KeyBinding([.enter], .open, help: "Open"),
                  KeyBinding([.character("a")], .add, help: "Add member", needs: .membersAndPoints),
                  KeyBinding([.character(" ")], .mark, help: marks.isEmpty ? state.words.text("Mark") : MemberMarks.markHelp(marks, state.words)),
                  KeyBinding([.character("S")], .markedStatus, help: "Status of marked", inFooter: !marks.isEmpty, needs: .membersAndPoints),
                  KeyBinding([.character("U")], .unmarkAll, help: "Unmark all", inFooter: false)]
               + escape
               + (searching ? [] : [KeyBinding([.character("f")], .filter, help: "Filter"), KeyBinding([.character("o")], .sort, help: "Order")])
               + [KeyBinding([.character("/")], .search(.find), help: "Find", inFooter: false)])
    }

    private static let searchKeys = KeyMap<Action>([
        KeyBinding([.enter, .down], .search(.showResults), help: "Keep results"),
        KeyBinding([.escape], .search(.clear), help: "Clear search"),
        KeyBinding([.backspace], .search(.erase), help: "Erase", inFooter: false),
        KeyBinding([.ctrl("u")], .search(.eraseAll), help: "Clear the text", inFooter: false),
        KeyBinding([.left], .search(.cursorLeft), help: "Cursor left", inFooter: false),
        KeyBinding([.right], .search(.cursorRight), help: "Cursor right", inFooter: false),
        KeyBinding.typing(label: "text", help: "Text in a name or e-mail (1–2 characters: its start)") { .search(.type($0)) },
    ])

    /// The opened member's keys. The activity is fetched a page at a time as the selection moves
    /// down, so there is no key for its last (oldest) row.
    private static let memberKeys = KeyMap<Action>(ListNavigation.bindings(toLastRow: false, Action.move) + [
        KeyBinding([.character("+")], .adjust(.give), help: "Give", needs: .membersAndPoints),
        KeyBinding([.character("-")], .adjust(.remove), help: "Remove", needs: .membersAndPoints),
        KeyBinding([.character("=")], .adjust(.set), help: "Set balance", needs: .membersAndPoints),
        KeyBinding([.character("R")], .redeem, help: "Redeem", needs: .membersAndPoints),
        KeyBinding([.character("s")], .changeStatus, help: "Status", needs: .membersAndPoints),
        KeyBinding([.character("e")], .edit, help: "Edit details", needs: .membersAndPoints),
        KeyBinding([.character("c")], .coupons, help: "Coupons"),
        KeyBinding([.escape], .back, help: "Back"),
        KeyBinding([.character("/")], .search(.find), help: "Find another member", inFooter: false),
    ])

    /// The opened member's keys while their coupons are shown (`c`).
    private static let couponKeys = KeyMap<Action>(ListNavigation.bindings(Action.move) + [
        KeyBinding([.character("u")], .changeCoupon(.used), help: "Mark used", needs: .membersAndPoints),
        KeyBinding([.character("v")], .changeCoupon(.voided), help: "Void (points back)", needs: .membersAndPoints),
        KeyBinding([.character("c"), .escape], .coupons, help: "Activity"),
        KeyBinding([.character("/")], .search(.find), help: "Find another member", inFooter: false),
    ])

    static func perform(_ action: Action, state: inout AppState, store: Store) throws {
        switch action {
        case .move(let move): try self.move(move, state: &state, store: store)
        case .open: try openSelected(state: &state, store: store)
        case .back: state.members.open = nil
        case .search(let action): try MemberSearchKeys.perform(action, state: &state, store: store)
        case .add: state.modal = .form(MemberForms.addMember(state.words))
        case .adjust(let mode): openForm(state: &state) { MemberForms.adjust($0, mode: mode, pointsName: $1.program.pointsName, words: $2) }
        case .redeem:
            guard let member = state.members.open?.card.member else { return }
            state.modal = .form(try RedeemForm.form(member, store: store, program: state.data.program, words: state.words))
        case .changeStatus: openForm(state: &state) { member, _, words in MemberForms.status(member, words) }
        case .edit: openForm(state: &state) { member, _, words in MemberEditForm.form(member, words) }
        case .mark: try MemberMarks.toggle(state: &state, store: store)
        case .unmarkAll: MemberMarks.clear(state: &state)
        case .markedStatus:
            guard !state.members.marks.isEmpty else { return state.message = .error(state.words.text("No one is marked: Space marks the selected member")) }
            state.modal = .form(MemberMarks.statusForm(state: state))
        case .filter: state.modal = .form(MemberListFilter.form(state: state))
        case .sort: try MemberListFilter.nextSort(state: &state, store: store)
        case .clearFilter: try MemberListFilter.clear(state: &state, store: store)
        case .coupons: MemberCoupons.toggle(state: &state)
        case .changeCoupon(let target): MemberCoupons.ask(target, state: &state)
        }
    }

    /// Opens a form about the opened member, built from them and the programme's data.
    private static func openForm(state: inout AppState, _ build: (Member, DashboardData, Localizer) -> FormState) {
        guard let member = state.members.open?.card.member else { return }
        state.modal = .form(build(member, state.data, state.words))
    }

    /// A list key's move, over whatever is shown. Unlike the other lists, the member list and the
    /// activity fetch pages from the store as the selection moves (see `MemberWindow`).
    private static func move(_ move: ListMove, state: inout AppState, store: Store) throws {
        if state.members.open?.couponList != nil { return MemberCoupons.move(move, state: &state) }
        switch move {
        case .up: try self.move(by: -1, state: &state, store: store)
        case .down: try self.move(by: 1, state: &state, store: store)
        case .pageUp: try self.move(by: -1, wholePages: true, state: &state, store: store)
        case .pageDown: try self.move(by: 1, wholePages: true, state: &state, store: store)
        case .first: try jumpToEnd(first: true, state: &state, store: store)
        case .last: try jumpToEnd(first: false, state: &state, store: store)
        }
    }

    /// Moves the selection of whatever is shown: the activity, the search results, or the list.
    private static func move(by amount: Int, wholePages: Bool = false, state: inout AppState, store: Store) throws {
        if var detail = state.members.open {
            let rows = MemberDetailView.activityRows(detail, height: state.pageHeight)
            try detail.move(by: wholePages ? amount * max(1, rows) : amount, visibleRows: rows, store: store)
            state.members.open = detail
        } else if var search = state.members.search {
            let rows = MembersListView.bodyRows(height: state.pageHeight)
            search.list.move(by: wholePages ? amount * max(1, rows) : amount, count: search.results.count, visibleRows: rows)
            state.members.search = search
        } else if wholePages {
            try state.members.window.page(by: amount, visibleRows: MembersListView.bodyRows(height: state.pageHeight), store: store)
        } else {
            try state.members.window.move(by: amount, visibleRows: MembersListView.bodyRows(height: state.pageHeight), store: store)
        }
    }

    private static func jumpToEnd(first: Bool, state: inout AppState, store: Store) throws {
        if state.members.open != nil || state.members.search != nil {
            try move(by: first ? Int.min / 2 : Int.max / 2, state: &state, store: store)
        } else if first {
            try state.members.window.loadFirst(store: store)
        } else {
            try state.members.window.loadLast(store: store, visibleRows: MembersListView.bodyRows(height: state.pageHeight))
        }
    }

    private static func openSelected(state: inout AppState, store: Store) throws {
        let member = state.members.search.map { $0.results[safe: $0.list.selected] } ?? state.members.window.selected
        guard let member else { return }
        state.members.open = try MemberDetail.load(memberID: member.id, store: store)
    }

    static func submit(_ purpose: MembersFormPurpose, _ form: FormState, state: inout AppState, store: Store) throws {
        try MemberForms.submit(purpose, form, state: &state, store: store)
    }

    static func confirm(_ purpose: MembersConfirmPurpose, state: inout AppState, store: Store) throws {
        switch purpose {
        case .redeem(let memberID, let rewardID, let orderTotal, let points):
            try RedeemForm.redeem(memberID: memberID, rewardID: rewardID, orderTotal: orderTotal, points: points, state: &state, store: store)
        case .changeCoupon(let memberID, let code, let target):
            try MemberCoupons.change(memberID: memberID, code: code, to: target, state: &state, store: store)
        case .adjustPoints(let memberID, let mode, let points, let reason, let seen):
            try MemberForms.adjust(memberID: memberID, mode: mode, points: points, reason: reason, seen: seen, state: &state, store: store)
        case .markedStatus(let status):
            try MemberMarks.apply(status, state: &state, store: store)
        }
    }

    static func click(row: Int, state: inout AppState, store: Store) throws {
        let area = ListNavigation.paneArea(state)
        if state.members.open?.couponList != nil {
            MemberCoupons.click(row: row, state: &state)
        } else if let detail = state.members.open {
            guard let index = MemberDetailView.activityIndex(atRow: row, detail, in: area) else { return }
            state.members.open?.list.select(index, count: detail.activity.count, visibleRows: MemberDetailView.activityRows(detail, in: area))
        } else if let search = state.members.search {
            guard let index = MembersListView.index(atRow: row, list: search.list, count: search.results.count, in: area) else { return }
            state.members.search?.typing = false
            state.members.search?.list.select(index, count: search.results.count, visibleRows: MembersListView.bodyRows(in: area))
        } else {
            let window = state.members.window
            guard let index = MembersListView.index(atRow: row, list: window.list, count: window.rows.count, in: area) else { return }
            state.members.window.select(index, visibleRows: MembersListView.bodyRows(in: area))
        }
    }

    static func scroll(by rows: Int, state: inout AppState, store: Store) throws {
        if state.members.open?.couponList != nil {
            for _ in 0..<abs(rows) { MemberCoupons.move(rows < 0 ? .up : .down, state: &state) }
            return
        }
        try move(by: rows, state: &state, store: store)
    }

    static func reload(state: inout AppState, store: Store) throws {
        try state.members.window.reload(store: store, visibleRows: MembersListView.bodyRows(height: state.pageHeight))
        if let search = state.members.search { try MemberSearchKeys.requery(search, state: &state, store: store) }
        if let detail = state.members.open { state.members.open = try detail.reloaded(store: store) }
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        if let detail = state.members.open {
            MemberDetailView.render(detail, state: state, in: area, on: &grid)
            return nil
        }
        return MembersListView.render(state, in: area, on: &grid)
    }
}
