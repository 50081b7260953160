import LoyaltyStore

/// What a confirmation, once accepted, does: one of the purposes of the section that asked, or
/// leaving the dashboard.
public enum ConfirmPurpose: Equatable, Sendable {
    case program(ProgramConfirmPurpose)
    case waysToEarn(WaysToEarnConfirmPurpose)
    case rewards(RewardsConfirmPurpose)
    case tiers(TiersConfirmPurpose)
    case members(MembersConfirmPurpose)
    /// Quitting although a form has edits that were not saved.
    case quitDiscardingEdits

    /// Does what was confirmed, in the section that asked.
    func accept(state: inout AppState, store: Store) throws {
        switch self {
        case .program(let purpose): try ProgramPane.confirm(purpose, state: &state, store: store)
        case .waysToEarn(let purpose): try WaysToEarnPane.confirm(purpose, state: &state, store: store)
        case .rewards(let purpose): try RewardsPane.confirm(purpose, state: &state, store: store)
        case .tiers(let purpose): try TiersPane.confirm(purpose, state: &state, store: store)
        case .members(let purpose): try MembersPane.confirm(purpose, state: &state, store: store)
        case .quitDiscardingEdits: state.shouldQuit = true
        }
    }
}
