import LoyaltyCore
import LoyaltyStore

/// Which members the list shows and in what order: `f` filters by status and tier (a form), `o`
/// goes round the orders (name, highest balance, most recently active), Esc shows everyone again.
/// The list reads them through the same keyset-paged store query as `loyalty member list`, so a
/// filtered list pages as fast as the whole one.
enum MemberListFilter {
    private static let any = "Any"

    /// The form choosing the status and the tier, showing the filter in force.
    static func form(state: AppState) -> FormState {
        let filter = state.members.window.filter, tiers = state.data.tiers
        let tierName = tiers.first { $0.id == filter.tierID }?.name ?? any
        return FormState(title: "Show members", purpose: .members(.filter(tierIDs: tiers.map(\.id))), fields: [
            FormField(key: "status", label: "Status", kind: .choice([any] + MemberStatus.allCases.map(\.label)),
                      value: filter.status?.label ?? any, hint: "←/→: only members, visitors or pending, or any status"),
            FormField(key: "tier", label: "Tier", kind: .choice([any] + tiers.map(\.name)), value: tierName,
                      hint: "←/→: only people in this tier, or any tier"),
        ])
    }

    /// Shows the members the form chose, from the top of the list.
    static func apply(_ form: FormState, tierIDs: [Int64], state: inout AppState, store: Store) throws {
        let status = MemberStatus.allCases.first { $0.label == form["status"] }
        guard let field = form.fields.first(where: { $0.key == "tier" }), case .choice(let names) = field.kind else { return }
        let tier = names.firstIndex(of: field.value).flatMap { $0 > 0 ? tierIDs[safe: $0 - 1] : nil }
        try show(MemberFilter(status: status, tierID: tier), sort: state.members.window.sort, state: &state, store: store)
    }

    /// The next order: name → highest balance → most recently active → name.
    static func nextSort(state: inout AppState, store: Store) throws {
        let orders = MemberSort.allCases, sort = state.members.window.sort
        let next = orders[((orders.firstIndex(of: sort) ?? 0) + 1) % orders.count]
        try show(state.members.window.filter, sort: next, state: &state, store: store)
    }

    /// Everyone again, in the order chosen.
    static func clear(state: inout AppState, store: Store) throws {
        try show(MemberFilter(), sort: state.members.window.sort, state: &state, store: store)
    }

    private static func show(_ filter: MemberFilter, sort: MemberSort, state: inout AppState, store: Store) throws {
        state.members.window.filter = filter
        state.members.window.sort = sort
        try state.members.window.loadFirst(store: store)
    }

    /// Whether the list shows only some members.
    static func isFiltered(_ window: MemberWindow) -> Bool { window.filter != MemberFilter() }

    /// What the list shows, for its top line: "members · tier Gold · highest balance first", or nil
    /// for everyone by name.
    static func describe(_ window: MemberWindow, tiers: [Tier]) -> String? {
        guard isFiltered(window) || window.sort != .name else { return nil }
        var parts: [String] = []
        switch window.filter.status {
        case .member?: parts.append("members")
        case .visitor?: parts.append("visitors")
        case .pending?: parts.append("pending")
        case nil: parts.append(window.filter.tierID == nil ? "everyone" : "anyone")
        }
        if let tierID = window.filter.tierID { parts.append("tier \(tiers.first { $0.id == tierID }?.name ?? "#\(tierID)")") }
        parts.append(sortName(window.sort))
        return parts.joined(separator: " · ")
    }

    /// How an order reads: "by name", "highest balance first", "most recently active first".
    static func sortName(_ sort: MemberSort) -> String {
        switch sort {
        case .name: return "by name"
        case .balance: return "highest balance first"
        case .activity: return "most recently active first"
        }
    }
}
