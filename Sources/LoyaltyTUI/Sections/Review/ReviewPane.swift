import LoyaltyCore
import LoyaltyStore
import Terminal
import LoyaltyText

/// Review & launch: every part of the programme summarised, what is missing flagged with where to
/// fix it, and the "Launch programme" action (the demo flow ends here).
enum ReviewPane: Pane {
    enum Action: Sendable { case launch, pauseOrResume, go(Section) }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        var bindings: [KeyBinding<Action>] = []
        switch state.data.program.status {
        case .draft: bindings.append(KeyBinding([.enter, .character("l")], .launch, help: "Launch programme", needs: .programme))
        case .active, .paused:
            bindings.append(state.data.program.status == .active ? KeyBinding([.character("p")], .pauseOrResume, help: "Pause", needs: .programme)
                                                                 : KeyBinding([.character("p")], .pauseOrResume, help: "Resume", needs: .programme))
        }
        return KeyMap(bindings)
    }

    static func perform(_ action: Action, state: inout AppState, store: Store) throws {
        switch action {
        case .launch: askToLaunch(&state)
        case .pauseOrResume: try ProgramPane.perform(.pauseOrResume, state: &state, store: store)
        case .go(let section): state.section = section
        }
    }

    /// Asks before launching, or says at once why it cannot launch yet.
    static func askToLaunch(_ state: inout AppState) {
        let program = state.data.program, words = state.words
        guard state.data.launchProblems.isEmpty else {
            state.message = .error(words.plural("Cannot launch: {count} thing missing (marked ✗ in Review, {key})", "Cannot launch: {count} things missing (marked ✗ in Review, {key})",
                                                count: Int64(state.data.launchProblems.count), ["key": .text(Section.review.key)]))
            return
        }
        state.modal = .confirm(Confirmation(title: words.text("Launch programme"),
                                            message: words.text("Launch {name}? Customers start earning {points} at once.", ["name": .text(program.name), "points": .text(program.pointsName)]),
                                            confirmLabel: words.text("Launch"), purpose: .program(.launch)))
    }

    static func launch(state: inout AppState, store: Store) throws {
        let program = try store.launch()
        state.message = .success(state.words.text("{name} is launched: {status}", ["name": .text(program.name), "status": .text(CoreWording.status(program.status, state.words))]))
    }

    /// One checklist line: whether it is done, what it says, and the section that fixes it.
    struct Item {
        let done: Bool
        let text: String
        let fix: Section
    }

    static func items(_ data: DashboardData, _ words: Localizer) -> [Item] {
        let program = data.program
        let activeRules = data.rules.filter(\.active), activeRewards = data.rewards.filter(\.active)
        let activeEmails = data.emails.filter(\.active).count
        let rules = activeRules.map { "\($0.name) (\(CoreWording.award($0, program.pointsName, words)))" }
        let tiers = data.tiers.map { "\($0.name) \(CoreWording.number($0.threshold, words))+" }
        return [
            Item(done: !program.name.isEmpty, text: program.name.isEmpty ? words.text("Programme has no name")
                 : words.text("Programme: {name}, {icon} {points}", ["name": .text(program.name), "icon": .text(program.pointsIcon), "points": .text(program.pointsName)]), fix: .program),
            Item(done: !activeRules.isEmpty, text: activeRules.isEmpty ? words.text("No active way to earn")
                 : words.text("Ways to earn: {rules}", ["rules": .list(rules)]), fix: .waysToEarn),
            Item(done: !activeRewards.isEmpty, text: activeRewards.isEmpty ? words.text("No active reward")
                 : words.text("Rewards: {rewards}", ["rewards": .list(activeRewards.map(\.name))]), fix: .rewards),
            Item(done: true, text: words.text("Tiers: {tiers}", ["tiers": .list(tiers)]), fix: .tiers),
            Item(done: true, text: words.text("Emails: {on} of {count} on", ["on": .grouped(Int64(activeEmails)), "count": .grouped(Int64(data.emails.count))]), fix: .emails),
            Item(done: true, text: words.text("Points expiry: {expiry}", ["expiry": .text(CoreWording.expiry(months: program.expiryMonths, words))]), fix: .program),
        ]
    }

    /// Active rewards that give a product but say nothing customers can read about it (only its SKU
    /// is known): not a reason to wait with the launch, but worth a line.
    static func undescribedProducts(_ data: DashboardData) -> [Reward] {
        data.rewards.filter { reward in
            guard reward.active, reward.description == nil, case .fixed(let fixed) = reward.kind else { return false }
            return fixed.discount.sku != nil
        }
    }

    static func render(_ state: AppState, in area: Rect, on grid: inout CellGrid) -> CursorPosition? {
        let theme = state.theme, data = state.data, words = state.words
        var y = area.y
        func line(_ text: String, _ role: ThemeRole) {
            guard y < area.y + area.height else { return }
            grid.write(text, in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[role])
            y += 1
        }
        for item in items(data, words) {
            line(item.done ? " ✓ \(item.text)"
                 : " ✗ " + words.text("{item}: press {key} ({section})", ["item": .text(item.text), "key": .text(item.fix.key), "section": .text(item.fix.title(words))]),
                 item.done ? .normal : .error)
        }
        for reward in undescribedProducts(data) {
            line(" ! " + words.text("{reward} shows customers \"{gives}\": press {key}, e to name it",
                                    ["reward": .text(reward.name), "gives": .text(reward.customerGives(in: data.program.customerLanguage)), "key": .text(Section.rewards.key)]), .warning)
        }
        y += 1
        switch data.program.status {
        case .draft where data.launchProblems.isEmpty: line(" " + words.text("Ready. Press Enter to launch the programme."), .success)
        case .draft: line(" " + words.text("Fix the items marked ✗, then launch."), .warning)
        case .active: line(" " + words.text("The programme is Active."), .success)
        case .paused: line(" " + words.text("The programme is Paused: press p to resume."), .warning)
        }
        return nil
    }
}
