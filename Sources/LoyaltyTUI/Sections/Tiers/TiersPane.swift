import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

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
        let words = state.words
        guard tier.threshold > 0 else {
            state.message = .error(words.text("The base tier {name} cannot be deleted; press e to rename it", ["name": .text(tier.name)]))
            return
        }
        let base: String = state.data.tiers.first.map(\.name) ?? ""
        state.modal = .confirm(Confirmation(title: words.text("Delete tier"),
                                            message: words.plural("Delete the tier \"{name}\"? Its {count} member moves to the highest tier their points still reach (at least {base}).",
                                                                  "Delete the tier \"{name}\"? Its {count} members move to the highest tier their points still reach (at least {base}).",
                                                                  count: members(in: tier, state), ["name": .text(tier.name), "base": .text(base)]),
                                            confirmLabel: words.text("Delete"), purpose: .tiers(.delete(id: tier.id))))
    }

    static func form(_ tier: Tier?, state: AppState) -> FormState {
        let words = state.words, window = state.data.program.tierWindowMonths
        let points: [String: SentenceValue] = ["points": .text(state.data.program.pointsName)]
        let isBase = tier?.threshold == 0
        return FormState(title: tier.map { words.text("Edit tier {name}", ["name": .text($0.name)]) } ?? words.text("Add tier"),
                         purpose: .tiers(tier.map { .edit(id: $0.id) } ?? .add), fields: [
            FormField(key: "name", label: words.text("Name"), value: tier?.name ?? "", hint: words.text("e.g. Silver or Gold")),
            FormField(key: "threshold", label: words.text("{points} to reach", points), kind: .number(allowsEmpty: false), value: tier.map { String($0.threshold) } ?? "",
                      hint: isBase ? words.text("the base tier always starts at 0")
                          : words.plural("{points} earned within {count} month, e.g. 500", "{points} earned within {count} months, e.g. 500", count: Int64(window), points)),
            FormField(key: "multiplier", label: words.text("Multiplier"), value: formatMultiplier(tier?.multiplier ?? 100),
                      hint: words.text("how much faster members in it earn: 1x, 1.25x, 1.5x, 2x"), replacedByTyping: true),
        ])
    }

    static func submit(_ purpose: TiersFormPurpose, _ form: FormState, state: inout AppState, store: Store) throws {
        let words = state.words
        let multiplier = try FormParsing.value(words.text("Multiplier")) { try parseMultiplier(form["multiplier"]) }
        let threshold = Int64(form["threshold"]) ?? 0
        switch purpose {
        case .add:
            let tier = try store.addTier(Tier(name: form["name"], threshold: threshold, multiplier: multiplier))
            state.message = .success(words.text("Tier {name} added: reached at {points}", ["name": .text(tier.name),
                                                "points": .text(CoreWording.points(threshold, state.data.program.pointsName, words))]))
        case .edit(let id):
            let tier = try store.editTier(Tier(id: id, name: form["name"], threshold: threshold, multiplier: multiplier))
            state.message = .success(words.text("Tier {name} saved", ["name": .text(tier.name)]))
        }
    }

    static func confirm(_ purpose: TiersConfirmPurpose, state: inout AppState, store: Store) throws {
        switch purpose {
        case .delete(let id):
            guard let tier = state.data.tiers.first(where: { $0.id == id }) else { return }
            try store.deleteTier(id: id)
            state.message = .success(state.words.text("Tier {name} deleted; its members were moved to the tier their points reach", ["name": .text(tier.name)]))
        }
    }

    static func members(in tier: Tier, _ state: AppState) -> Int64 {
        state.data.statistics.membersByTier.first { $0.tier.id == tier.id }?.count ?? 0
    }

    static func columns(_ words: Localizer) -> [TableColumn] {
        [TableColumn(words.text("Tier"), width: .flexible(min: 10)), TableColumn(words.text("Reached at")),
         TableColumn(words.text("Multiplier")), TableColumn(words.text("Members"), alignment: .right)]
    }

    /// The table's rows, less its header and the two lines kept below it.
    static func pageRows(_ state: AppState) -> Int { max(1, state.pageHeight - 3) }

    /// Room for the table, keeping two lines below it for the explanation.
    static func tableArea(in area: Rect, state: AppState) -> Rect {
        Rect(x: area.x, y: area.y, width: area.width, height: min(rowCount(state) + 1, area.height - 2))
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let pointsName = state.data.program.pointsName, words = state.words
        let rows = state.data.tiers.map { tier in
            [tier.name, tier.threshold == 0 ? words.text("0 (base tier)") : CoreWording.points(tier.threshold, pointsName, words),
             words.format(.multiplier(tier.multiplier)), CoreWording.number(members(in: tier, state), words)]
        }
        let table = tableArea(in: area, state: state)
        TableView(columns: columns(words), rows: rows, state: state.tiers.list).render(in: table, on: &grid, theme: state.theme)
        let note = words.plural("Members reach a tier with the {points} they earn in {count} month; higher tiers earn faster.",
                                "Members reach a tier with the {points} they earn in {count} months; higher tiers earn faster.",
                                count: Int64(state.data.program.tierWindowMonths), ["points": .text(pointsName)])
        let below = Rect(x: area.x + 1, y: table.y + table.height + 1, width: area.width - 1, height: area.y + area.height - table.y - table.height - 1)
        Paragraph(note).render(in: below, on: &grid, theme: state.theme)
        return nil
    }
}
