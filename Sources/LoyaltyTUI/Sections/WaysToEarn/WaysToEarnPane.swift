import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// The ways members earn points (kind, points or rate, caps, on/off), and below them the campaigns
/// that multiply some of them for a while. One selection runs down both lists: the rules first,
/// then the campaigns.
enum WaysToEarnPane: ListPane {
    enum Action: Sendable { case move(ListMove), add, edit, toggle, delete, addCampaign, deleteCampaign }

    static var list: WritableKeyPath<AppState, ListState> { \.waysToEarn.list }

    /// What the selection is on.
    enum Selected {
        case rule(EarningRule)
        case campaign(Campaign)
    }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        var bindings = ListNavigation.bindings(Action.move) + [KeyBinding([.character("a")], .add, help: "Add", needs: .programme)]
        switch selected(state) {
        case .rule?: bindings += SetupListKeys.rowBindings(edit: .edit, toggle: .toggle, delete: .delete)
        case .campaign?: bindings += SetupListKeys.rowBindings(edit: .edit, delete: .deleteCampaign)
        case nil:
            break
        }
        bindings.append(KeyBinding([.character("c")], .addCampaign, help: "Add campaign", needs: .programme))
        if !state.data.campaigns.isEmpty { bindings.append(KeyBinding([.character("x")], .deleteCampaign, help: "Delete campaign", needs: .programme)) }
        return KeyMap(bindings)
    }

    static func selected(_ state: AppState) -> Selected? {
        let rules = state.data.rules, campaigns = state.data.campaigns, index = state.waysToEarn.list.selection(in: rowCount(state))
        if index < rules.count { return .rule(rules[index]) }
        return campaigns[safe: index - rules.count].map(Selected.campaign)
    }

    static func perform(_ action: Action, state: inout AppState, store: Store) throws {
        let selection = selected(state), words = state.words
        switch (action, selection) {
        case (.move(let move), _):
            self.move(move, state: &state)
        case (.add, _):
            state.modal = .form(RuleForms.kindChoice(state.data, words))
        case (.edit, .rule(let rule)?):
            state.modal = .form(RuleForms.rule(kind: rule.kind, editing: rule, data: state.data, words: words))
        case (.edit, .campaign(let campaign)?):
            state.modal = .form(CampaignForm.form(editing: campaign, data: state.data, days: CalendarDays(calendar: store.calendar, language: state.words.language), words: words))
        case (.toggle, .rule(let rule)?):
            let change = try store.setRuleActive(id: rule.id, !rule.active)
            state.message = .success(toggleMessage(rule, change: change, programStatus: state.data.program.status, words))
        case (.delete, .rule(let rule)?):
            state.modal = .confirm(Confirmation(title: words.text("Delete way to earn"),
                                                message: words.text("Delete the way to earn \"{name}\"? Members keep what they earned with it.", ["name": .text(rule.name)]),
                                                confirmLabel: words.text("Delete"), purpose: .waysToEarn(.deleteRule(id: rule.id))))
        case (.addCampaign, _):
            state.modal = .form(CampaignForm.form(data: state.data, today: store.now(), days: CalendarDays(calendar: store.calendar, language: state.words.language), words: words))
        case (.deleteCampaign, .campaign(let campaign)?):
            state.modal = .confirm(Confirmation(title: words.text("Delete campaign"),
                                                message: words.text("Delete the campaign \"{name}\" ({multiplier}, {days})? Points already earned with it stay.", [
                                                    "name": .text(campaign.name), "multiplier": .multiplier(campaign.multiplier),
                                                    "days": .text(CampaignForm.period(campaign, days: .local(words.language), words))]),
                                                confirmLabel: words.text("Delete"), purpose: .waysToEarn(.deleteCampaign(id: campaign.id))))
        case (.deleteCampaign, _):
            state.message = .error(words.text("x deletes a campaign: first select one in the Campaigns list below the ways to earn (↓ or G)"))
        case (.edit, _), (.toggle, _), (.delete, _):
            break
        }
    }

    static func pausedNote(_ words: Localizer) -> String { words.text("; the programme is now paused because no way to earn is active") }

    static func toggleMessage(_ rule: EarningRule, change: RuleChange, programStatus: ProgramStatus, _ words: Localizer) -> String {
        let name: [String: SentenceValue] = ["name": .text(rule.name)]
        if rule.active {
            return words.text("\"{name}\" turned off", name) + (change.pausedProgram ? pausedNote(words) : words.text(": members no longer earn with it"))
        }
        return words.text("\"{name}\" turned on", name)
            + (programStatus == .paused ? words.text("; the programme is still paused: resume it in Program (p)") : words.text(": members earn with it"))
    }

    static func submit(_ purpose: WaysToEarnFormPurpose, _ form: FormState, state: inout AppState, store: Store) throws {
        let data = state.data, words = state.words, days = CalendarDays(calendar: store.calendar, language: state.words.language)
        let saved = { (campaign: Campaign) -> [String: SentenceValue] in
            ["name": .text(campaign.name), "multiplier": .multiplier(campaign.multiplier), "points": .text(data.program.pointsName),
             "days": .text(CampaignForm.period(campaign, days: days, words))]
        }
        switch purpose {
        case .chooseRuleKind:
            state.modal = .form(RuleForms.rule(kind: RuleForms.kind(of: form), editing: nil, data: data, words: words))
        case .addRule:
            let rule = try store.addRule(RuleForms.rule(from: form, id: 0, active: true, name: nil, data: data, language: words.language))
            state.message = .success(words.text("\"{name}\" added: {award}", ["name": .text(rule.name), "award": .text(CoreWording.award(rule, data.program.pointsName, words))]))
        case .editRule(let id):
            guard let existing = data.rules.first(where: { $0.id == id }) else { return }
            let change = try store.editRule(RuleForms.rule(from: form, id: id, active: existing.active, name: existing.name, data: data, language: words.language))
            state.message = .success(words.text("\"{name}\" saved", ["name": .text(change.rule?.name ?? existing.name)]) + (change.pausedProgram ? pausedNote(words) : ""))
        case .addCampaign:
            let campaign = try store.addCampaign(try CampaignForm.campaign(from: form, data: data, days: days, words: words))
            state.message = .success(words.text("Campaign \"{name}\" added: {multiplier} {points} from {days}", saved(campaign)))
        case .editCampaign(let id):
            guard let existing = data.campaigns.first(where: { $0.id == id }) else { return }
            let campaign = try store.editCampaign(try CampaignForm.campaign(from: form, data: data, days: days, editing: existing, words: words))
            state.message = .success(words.text("Campaign \"{name}\" saved: {multiplier} {points} from {days}", saved(campaign)))
        }
    }

    static func confirm(_ purpose: WaysToEarnConfirmPurpose, state: inout AppState, store: Store) throws {
        let words = state.words
        switch purpose {
        case .deleteRule(let id):
            let name = state.data.rules.first { $0.id == id }?.name ?? ""
            let change = try store.deleteRule(id: id)
            state.message = .success(words.text("\"{name}\" deleted", ["name": .text(name)]) + (change.pausedProgram ? pausedNote(words) : ""))
        case .deleteCampaign(let id):
            let name = state.data.campaigns.first { $0.id == id }?.name ?? ""
            try store.deleteCampaign(id: id)
            state.message = .success(words.text("Campaign \"{name}\" deleted", ["name": .text(name)]))
        }
    }

    // MARK: Selection and mouse

    static func rowCount(_ state: AppState) -> Int { state.data.rules.count + state.data.campaigns.count }

    /// The selection as each table shows it: its own row, and whether it is the highlighted table.
    static func tableStates(_ state: AppState) -> (rules: ListState, campaigns: ListState, inRules: Bool) {
        let index = state.waysToEarn.list.selection(in: rowCount(state)), ruleCount = state.data.rules.count
        return (ListState(selected: min(index, max(0, ruleCount - 1))), ListState(selected: index - ruleCount), index < ruleCount)
    }

    /// Rows of the table the selection is in, for paging.
    static func pageRows(_ state: AppState) -> Int {
        let rows = WaysToEarnLayout.bodyRows(height: state.pageHeight, data: state.data)
        return max(1, tableStates(state).inRules ? rows.rules : rows.campaigns)
    }

    static func click(row: Int, state: inout AppState, store: Store) throws {
        let area = ListNavigation.paneArea(state), layout = WaysToEarnLayout(area: area, data: state.data)
        let tables = tableStates(state), rules = state.data.rules.count, campaigns = state.data.campaigns.count
        let y = area.y + row
        var index: Int?
        if layout.rules.contains(x: area.x, y: y) {
            index = ListNavigation.tableRow(atLine: y - layout.rules.y, list: tables.rules, count: rules, visibleRows: TableView.visibleRows(in: layout.rules))
        } else if layout.campaigns.contains(x: area.x, y: y) {
            index = ListNavigation.tableRow(atLine: y - layout.campaigns.y, list: tables.campaigns, count: campaigns,
                                            visibleRows: TableView.visibleRows(in: layout.campaigns)).map { rules + $0 }
        }
        if let index { select(index, state: &state) }
    }

    // MARK: Drawing

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let theme = state.theme, data = state.data, layout = WaysToEarnLayout(area: area, data: data), tables = tableStates(state), words = state.words
        let pointsName = data.program.pointsName
        TableView(columns: WaysToEarnRows.ruleColumns(width: area.width, words),
                  rows: data.rules.map { WaysToEarnRows.rule($0, pointsName: pointsName, wide: area.width >= 70, words) },
                  state: tables.rules, highlightsSelection: tables.inRules).render(in: layout.rules, on: &grid, theme: theme)
        if data.rules.isEmpty {
            Paragraph(words.text("No ways to earn yet. Press a to add one, e.g. 10 {points} for every {amount} spent on orders.",
                                 ["points": .text(pointsName), "amount": .money(Money(minorUnits: 100, currency: data.program.currency))]))
                .render(in: Rect(x: area.x + 1, y: layout.rules.y + 1, width: area.width - 2, height: layout.rules.height - 1), on: &grid, theme: theme)
        }
        grid.write(" " + words.text("Campaigns"), in: layout.campaignsTitle, style: theme[.title])
        let days = CalendarDays.local(words.language)
        TableView(columns: WaysToEarnRows.campaignColumns(width: area.width, words),
                  rows: data.campaigns.map { WaysToEarnRows.campaign($0, rules: data.rules, days: days, words) },
                  state: tables.campaigns, highlightsSelection: !tables.inRules).render(in: layout.campaigns, on: &grid, theme: theme)
        if data.campaigns.isEmpty {
            Paragraph(words.text("None. Press c to add one, e.g. 2x {points} on orders in December.", ["points": .text(pointsName)]))
                .render(in: Rect(x: area.x + 1, y: layout.campaigns.y + 1, width: area.width - 2, height: layout.campaigns.height - 1), on: &grid, theme: theme)
        }
        return nil
    }
}
