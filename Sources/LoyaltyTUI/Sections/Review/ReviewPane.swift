import LoyaltyCore
import LoyaltyStore
import Terminal

/// Review & launch: every part of the programme summarised, what is missing flagged with where to
/// fix it, and the "Launch programme" action (the demo flow ends here).
enum ReviewPane: Pane {
    enum Action: Sendable { case launch, pauseOrResume, go(Section) }

    static func keyMap(_ state: AppState) -> KeyMap<Action> {
        var bindings: [KeyBinding<Action>] = []
        switch state.data.program.status {
        case .draft: bindings.append(KeyBinding([.enter, .character("l")], .launch, help: "Launch programme", needs: .programme))
        case .active, .paused:
            let help = state.data.program.status == .active ? "Pause" : "Resume"
            bindings.append(KeyBinding([.character("p")], .pauseOrResume, help: help, needs: .programme))
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
        let program = state.data.program
        guard state.data.launchProblems.isEmpty else {
            let count = state.data.launchProblems.count
            state.message = .error("Cannot launch: \(count) thing\(count == 1 ? "" : "s") missing (marked ✗ in Review, \(Section.review.key))")
            return
        }
        state.modal = .confirm(Confirmation(title: "Launch programme",
                                            message: "Launch \(program.name)? Customers start earning \(program.pointsName) at once.",
                                            confirmLabel: "Launch", purpose: .program(.launch)))
    }

    static func launch(state: inout AppState, store: Store) throws {
        let program = try store.launch()
        state.message = .success("\(program.name) is launched: \(program.status.label)")
    }

    /// One checklist line: whether it is done, what it says, and the section that fixes it.
    struct Item {
        let done: Bool
        let text: String
        let fix: Section
    }

    static func items(_ data: DashboardData) -> [Item] {
        let program = data.program
        let activeRules = data.rules.filter(\.active), activeRewards = data.rewards.filter(\.active)
        let activeEmails = data.emails.filter(\.active).count
        return [
            Item(done: !program.name.isEmpty, text: program.name.isEmpty ? "Programme has no name" : "Programme: \(program.name), \(program.pointsIcon) \(program.pointsName)", fix: .program),
            Item(done: !activeRules.isEmpty, text: activeRules.isEmpty ? "No active way to earn"
                 : "Ways to earn: " + activeRules.map { "\($0.name) (\($0.awardDescription(pointsName: program.pointsName)))" }.joined(separator: ", "), fix: .waysToEarn),
            Item(done: !activeRewards.isEmpty, text: activeRewards.isEmpty ? "No active reward"
                 : "Rewards: " + activeRewards.map { $0.name }.joined(separator: ", "), fix: .rewards),
            Item(done: true, text: "Tiers: " + data.tiers.map { "\($0.name) \($0.threshold)+" }.joined(separator: ", "), fix: .tiers),
            Item(done: true, text: "Emails: \(activeEmails) of \(data.emails.count) on", fix: .emails),
            Item(done: true, text: "Points expiry: " + ExpiryWording.summary(months: program.expiryMonths), fix: .program),
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
        let theme = state.theme, data = state.data
        var y = area.y
        func line(_ text: String, _ role: ThemeRole) {
            guard y < area.y + area.height else { return }
            grid.write(text, in: Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[role])
            y += 1
        }
        for item in items(data) {
            line(item.done ? " ✓ \(item.text)" : " ✗ \(item.text): press \(item.fix.key) (\(item.fix.title))", item.done ? .normal : .error)
        }
        for reward in undescribedProducts(data) {
            line(" ! \(reward.name) shows customers \"\(reward.customerGives)\": press \(Section.rewards.key), e to name it", .warning)
        }
        y += 1
        switch data.program.status {
        case .draft where data.launchProblems.isEmpty: line(" Ready. Press Enter to launch the programme.", .success)
        case .draft: line(" Fix the items marked ✗, then launch.", .warning)
        case .active: line(" The programme is Active.", .success)
        case .paused: line(" The programme is Paused: press p to resume.", .warning)
        }
        return nil
    }
}
