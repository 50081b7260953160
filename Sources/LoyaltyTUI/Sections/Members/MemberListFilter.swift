import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// Which members the list shows and in what order: `f` filters by status and tier (a form), `o`
/// goes round the orders (name, highest balance, most recently active), Esc shows everyone again.
/// The list reads them through the same keyset-paged store query as `loyalty member list`, so a
/// filtered list pages as fast as the whole one.
enum MemberListFilter {
    private static let any = "Any"

    /// The form choosing the status and the tier, showing the filter in force.
    static func form(state: AppState) -> FormState {
        let filter = state.members.window.filter, tiers = state.data.tiers, words = state.words
        let tierName = tiers.first { $0.id == filter.tierID }?.name ?? any
        var status = FormField(key: "status", label: words.text("Status"), kind: .choice([any] + MemberStatus.allCases.map(\.label)),
                               value: filter.status?.label ?? any, hint: words.text("←/→: only members, visitors or pending, or any status"))
        status.optionLabels = [words.text("Any")] + MemberStatus.allCases.map { CoreWording.status($0, words) }
        var tier = FormField(key: "tier", label: words.text("Tier"), kind: .choice([any] + tiers.map(\.name)), value: tierName,
                             hint: words.text("←/→: only people in this tier, or any tier"))
        tier.optionLabels = [words.text("Any")]
        return FormState(title: words.text("Show members"), purpose: .members(.filter(tierIDs: tiers.map(\.id))), fields: [status, tier])
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
    static func describe(_ window: MemberWindow, tiers: [Tier], _ words: Localizer) -> String? {
        guard isFiltered(window) || window.sort != .name else { return nil }
        var parts: [String] = []
        switch window.filter.status {
        case .member?: parts.append(words.text("members"))
        case .visitor?: parts.append(words.text("visitors"))
        case .pending?: parts.append(words.text("pending"))
        case nil: parts.append(window.filter.tierID == nil ? words.text("everyone") : words.text("anyone"))
        }
        if let tierID = window.filter.tierID {
            parts.append(words.text("tier {name}", ["name": .text(tiers.first { $0.id == tierID }?.name ?? "#\(tierID)")]))
        }
        parts.append(sortName(window.sort, words))
        return parts.joined(separator: " · ")
    }

    /// How an order reads: "by name", "highest balance first", "most recently active first".
    static func sortName(_ sort: MemberSort, _ words: Localizer) -> String {
        switch sort {
        case .name: return words.text("by name")
        case .balance: return words.text("highest balance first")
        case .activity: return words.text("most recently active first")
        }
    }
}
