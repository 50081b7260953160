import LoyaltyCore
import LoyaltyStore
import Terminal

/// Tiers from the base tier up: the points that reach each, how much faster it earns, and how many
/// members are in it; add, edit and delete (never the base tier).
enum TiersPane: TablePane {
    enum Action: Sendable { case move(ListMove), add, edit, delete }

    static var list: WritableKeyPath<AppState, ListState> { \.tiers.list }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        setupKeyMap(state, move: Action.move, adding: [KeyBinding([.character("a")], .add, help: "Add tier", needs: .programme)],
                    edit: .edit, delete: .delete)
    }

    static func rowCount(_ state: AppState) -> Int { state.data.tiers.count }

    static func selectedTier(_ state: AppState) -> Tier? { selectedRow(state).map { state.data.tiers[$0] } }

    static func perform(_ action: Action, state: inout AppState, store: Store) throws {
        switch action {
        case .move(let move): self.move(move, state: &state)
        case .add: state.modal = .form(form(nil, state: state))
        case .edit: if let tier = selectedTier(state) { state.modal = .form(form(tier, state: state)) }
        case .delete: if let tier = selectedTier(state) { askToDelete(tier, state: &state) }
        }
    }

    private static func askToDelete(_ tier: Tier, state: inout AppState) {
        guard tier.threshold > 0 else {
            state.message = .error("The base tier \(tier.name) cannot be deleted; press e to rename it")
            return
        }
        let base: String = state.data.tiers.first.map(\.name) ?? "the base tier"
        state.modal = .confirm(Confirmation(title: "Delete tier",
                                            message: "Delete the tier \"\(tier.name)\"? Its \(members(in: tier, state)) members move to the highest tier their points still reach (at least \(base)).",
                                            confirmLabel: "Delete", purpose: .tiers(.delete(id: tier.id))))
    }

    static func form(_ tier: Tier?, state: AppState) -> FormState {
        let pointsName = state.data.program.pointsName, window = state.data.program.tierWindowMonths
        let isBase = tier?.threshold == 0
        return FormState(title: tier.map { "Edit tier \($0.name)" } ?? "Add tier", purpose: .tiers(tier.map { .edit(id: $0.id) } ?? .add), fields: [
            FormField(key: "name", label: "Name", value: tier?.name ?? "", hint: "e.g. Silver or Gold"),
            FormField(key: "threshold", label: "\(pointsName) to reach", kind: .number(allowsEmpty: false), value: tier.map { String($0.threshold) } ?? "",
                      hint: isBase ? "the base tier always starts at 0" : "\(pointsName) earned within \(window) months, e.g. 500"),
            FormField(key: "multiplier", label: "Multiplier", value: formatMultiplier(tier?.multiplier ?? 100),
                      hint: "how much faster members in it earn: 1x, 1.25x, 1.5x, 2x", replacedByTyping: true),
        ])
    }

    static func submit(_ purpose: TiersFormPurpose, _ form: FormState, state: inout AppState, store: Store) throws {
        let multiplier = try FormParsing.value("Multiplier") { try parseMultiplier(form["multiplier"]) }
        let threshold = Int64(form["threshold"]) ?? 0
        switch purpose {
        case .add:
            let tier = try store.addTier(Tier(name: form["name"], threshold: threshold, multiplier: multiplier))
            state.message = .success("Tier \(tier.name) added: reached at \(state.data.program.points(threshold))")
        case .edit(let id):
            let tier = try store.editTier(Tier(id: id, name: form["name"], threshold: threshold, multiplier: multiplier))
            state.message = .success("Tier \(tier.name) saved")
        }
    }

    static func confirm(_ purpose: TiersConfirmPurpose, state: inout AppState, store: Store) throws {
        switch purpose {
        case .delete(let id):
            guard let tier = state.data.tiers.first(where: { $0.id == id }) else { return }
            try store.deleteTier(id: id)
            state.message = .success("Tier \(tier.name) deleted; its members were moved to the tier their points reach")
        }
    }

    static func members(in tier: Tier, _ state: AppState) -> Int64 {
        state.data.statistics.membersByTier.first { $0.tier.id == tier.id }?.count ?? 0
    }

    static let columns = [TableColumn("Tier", width: .flexible(min: 10)), TableColumn("Reached at"),
                          TableColumn("Multiplier"), TableColumn("Members", alignment: .right)]

    /// The table's rows, less its header and the two lines kept below it.
    static func pageRows(_ state: AppState) -> Int { max(1, state.pageHeight - 3) }

    /// Room for the table, keeping two lines below it for the explanation.
    static func tableArea(in area: Rect, state: AppState) -> Rect {
        Rect(x: area.x, y: area.y, width: area.width, height: min(rowCount(state) + 1, area.height - 2))
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let pointsName = state.data.program.pointsName
        let rows = state.data.tiers.map { tier in
            [tier.name, tier.threshold == 0 ? "0 (base tier)" : "\(OverviewPane.grouped(tier.threshold)) \(Counting.pointsWord(tier.threshold, named: pointsName))",
             formatMultiplier(tier.multiplier), OverviewPane.grouped(members(in: tier, state))]
        }
        let table = tableArea(in: area, state: state)
        TableView(columns: columns, rows: rows, state: state.tiers.list).render(in: table, on: &grid, theme: state.theme)
        let note = "Members reach a tier with the \(pointsName) they earn in \(state.data.program.tierWindowMonths) months; higher tiers earn faster."
        let below = Rect(x: area.x + 1, y: table.y + table.height + 1, width: area.width - 1, height: area.y + area.height - table.y - table.height - 1)
        Paragraph(note).render(in: below, on: &grid, theme: state.theme)
        return nil
    }
}
