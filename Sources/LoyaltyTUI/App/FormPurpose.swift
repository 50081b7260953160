import LoyaltyStore

/// What a form is for: one of the purposes of the section that opened it, which performs it on Save.
public enum FormPurpose: Equatable, Sendable {
    case program(ProgramFormPurpose)
    case waysToEarn(WaysToEarnFormPurpose)
    case rewards(RewardsFormPurpose)
    case tiers(TiersFormPurpose)
    case emails(EmailsFormPurpose)
    case members(MembersFormPurpose)
    case pages(PagesFormPurpose)

    /// Performs `form`, once its fields are valid, in the section it belongs to. Throwing keeps
    /// the form open with the reason.
    func submit(_ form: FormState, state: inout AppState, store: Store) throws {
        switch self {
        case .program(let purpose): try ProgramPane.submit(purpose, form, state: &state, store: store)
        case .waysToEarn(let purpose): try WaysToEarnPane.submit(purpose, form, state: &state, store: store)
        case .rewards(let purpose): try RewardsPane.submit(purpose, form, state: &state, store: store)
        case .tiers(let purpose): try TiersPane.submit(purpose, form, state: &state, store: store)
        case .emails(let purpose): try EmailsPane.submit(purpose, form, state: &state, store: store)
        case .members(let purpose): try MembersPane.submit(purpose, form, state: &state, store: store)
        case .pages(let purpose): try PagesPane.submit(purpose, form, state: &state, store: store)
        }
    }
}
