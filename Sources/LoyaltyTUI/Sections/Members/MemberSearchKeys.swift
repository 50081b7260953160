import LoyaltyStore

/// The `/` incremental search of the Members pane: every key typed re-queries the store for a
/// small number of members whose name or e-mail contains the text (starts with it, for one or two
/// characters).
enum MemberSearchKeys {
    /// What the search keys do.
    enum Action: Sendable { case find, type(Character), erase, eraseAll, cursorLeft, cursorRight, showResults, clear }

    static func perform(_ action: Action, state: inout AppState, store: Store) throws {
        var search = state.members.search ?? MemberSearch()
        switch action {
        case .find:
            search.typing = true
            state.members.open = nil
        case .type(let character): search.field.insert(character)
        case .erase: search.field.backspace()
        case .eraseAll: search.field = TextField()
        case .cursorLeft: search.field.moveLeft(state.writing); state.members.search = search; return
        case .cursorRight: search.field.moveRight(state.writing); state.members.search = search; return
        case .showResults: search.typing = false; state.members.search = search; return
        case .clear: state.members.search = nil; return
        }
        search.list = ListState()
        try requery(search, state: &state, store: store)
    }

    /// Runs the search again for the text in the field (after typing, or when the data changed).
    static func requery(_ search: MemberSearch, state: inout AppState, store: Store) throws {
        var search = search
        search.results = try store.searchMembers(search.field.value, limit: MemberSearch.limit)
        search.list.select(search.list.selected, count: search.results.count, visibleRows: search.results.count)
        state.members.search = search
    }
}
