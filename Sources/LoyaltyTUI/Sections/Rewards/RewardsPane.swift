import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// The rewards members spend points on: fixed rewards (a discount for a set number of points) and
/// the one flexible reward (points turned into money off at a rate); add, edit, switch on or off, delete.
enum RewardsPane: TablePane {
    enum Action: Sendable { case move(ListMove), addFixed, addFlexible, edit, toggle, delete }

    static var list: WritableKeyPath<AppState, ListState> { \.rewards.list }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        setupKeyMap(state, move: Action.move, adding: [
            KeyBinding([.character("a")], .addFixed, help: "Add", needs: .programme),
            KeyBinding([.character("f")], .addFlexible, help: "Add flexible", needs: .programme),
        ], edit: .edit, toggle: .toggle, delete: .delete)
    }

    static func rowCount(_ state: AppState) -> Int { state.data.rewards.count }

    static func selectedReward(_ state: AppState) -> Reward? { selectedRow(state).map { state.data.rewards[$0] } }

    static func perform(_ action: Action, state: inout AppState, store: Store) throws {
        let words = state.words
        switch action {
        case .move(let move): self.move(move, state: &state)
        case .addFixed: state.modal = .form(RewardForms.fixed(nil, data: state.data, words: words))
        case .addFlexible: state.modal = .form(RewardForms.flexible(nil, data: state.data, words: words))
        case .edit:
            guard let reward = selectedReward(state) else { return }
            state.modal = .form(reward.isFlexible ? RewardForms.flexible(reward, data: state.data, words: words) : RewardForms.fixed(reward, data: state.data, words: words))
        case .toggle:
            guard let reward = selectedReward(state) else { return }
            let changed = try store.setRewardActive(id: reward.id, !reward.active), name: [String: SentenceValue] = ["name": .text(changed.name)]
            state.message = .success(changed.active ? words.text("\"{name}\" is on: members can redeem it", name)
                                                    : words.text("\"{name}\" is off: members cannot redeem it until you switch it on again", name))
        case .delete:
            guard let reward = selectedReward(state) else { return }
            state.modal = .confirm(Confirmation(title: words.text("Delete reward"),
                                                message: words.text("Delete the reward \"{name}\"? Coupons already issued for it stay valid.", ["name": .text(reward.name)]),
                                                confirmLabel: words.text("Delete"), purpose: .rewards(.delete(id: reward.id))))
        }
    }

    static func submit(_ purpose: RewardsFormPurpose, _ form: FormState, state: inout AppState, store: Store) throws {
        let words = state.words
        switch purpose {
        case .add(let flexible):
            let reward = try store.addReward(try RewardForms.reward(from: form, flexible: flexible, id: 0, active: true, data: state.data, words: words))
            state.message = .success(words.text("Reward \"{name}\" added: {summary}", ["name": .text(reward.name),
                                                 "summary": .text(CoreWording.summary(reward, state.data.program.pointsName, words))]))
        case .edit(let id):
            guard let existing = state.data.rewards.first(where: { $0.id == id }) else { return }
            let reward = try store.editReward(try RewardForms.reward(from: form, flexible: existing.isFlexible, id: id, active: existing.active, data: state.data, words: words))
            state.message = .success(words.text("Reward \"{name}\" saved", ["name": .text(reward.name)]))
        }
    }

    static func confirm(_ purpose: RewardsConfirmPurpose, state: inout AppState, store: Store) throws {
        switch purpose {
        case .delete(let id):
            guard let reward = state.data.rewards.first(where: { $0.id == id }) else { return }
            try store.deleteReward(id: id)
            state.message = .success(state.words.text("Reward \"{name}\" deleted", ["name": .text(reward.name)]))
        }
    }

    /// The table's rows, less its header and the two lines kept below it.
    static func pageRows(_ state: AppState) -> Int { max(1, state.pageHeight - 3) }

    static func tableArea(in area: Rect, state: AppState) -> Rect {
        Rect(x: area.x, y: area.y, width: area.width, height: min(max(rowCount(state), 1) + 1, area.height - 2))
    }

    /// All columns from 70 cells; below that the minimum order and tier are left to the edit form.
    static func columns(width: Int, _ words: Localizer) -> [TableColumn] {
        let wide = width >= 70
        return [TableColumn(words.text("Reward"), width: .fit(min: 10, max: 30)), TableColumn(words.text("Gives"), width: .flexible(min: 10)),
                TableColumn(words.text("Cost"), width: .fit(min: 10))]
            + (wide ? [TableColumn(words.text("Min order")), TableColumn(words.text("Tier"), width: .fit(max: 12))] : [])
            + [TableColumn(words.text("On"))]
    }

    static func row(_ reward: Reward, data: DashboardData, wide: Bool, _ words: Localizer) -> [String] {
        let pointsName = data.program.pointsName, on = reward.active ? words.text("On") : words.text("Off")
        switch reward.kind {
        case .fixed(let fixed):
            let tier = fixed.minimumTierID.flatMap { id in data.tiers.first { $0.id == id }?.name } ?? words.text("All")
            return [reward.name, CoreWording.discount(fixed.discount, words), CoreWording.points(fixed.cost, pointsName, words)]
                + (wide ? [fixed.minimumSubtotal.map { CoreWording.money($0, words) } ?? "—", tier] : []) + [on]
        case .flexible:
            return [reward.name, words.text("Money off"), CoreWording.summary(reward, pointsName, words)] + (wide ? ["—", words.text("All")] : []) + [on]
        }
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let table = tableArea(in: area, state: state), wide = area.width >= 70, words = state.words
        let rows = state.data.rewards.map { row($0, data: state.data, wide: wide, words) }
        TableView(columns: columns(width: area.width, words), rows: rows, state: state.rewards.list).render(in: table, on: &grid, theme: state.theme)
        if rows.isEmpty {
            Paragraph(words.text("No rewards yet. Press a for a fixed reward, e.g. 10% off for 200 {points}, or f to let members pay with {points}.",
                                 ["points": .text(state.data.program.pointsName)]))
                .render(in: Rect(x: area.x + 1, y: table.y + 1, width: area.width - 2, height: area.y + area.height - table.y - 1), on: &grid, theme: state.theme)
        }
        return nil
    }
}
