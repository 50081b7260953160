/// The Program section's form: the programme's details.
public enum ProgramFormPurpose: Equatable, Sendable {
    case details
}

/// What the Program section asks before doing (Review & launch asks the same).
public enum ProgramConfirmPurpose: Equatable, Sendable {
    case launch
    case pause
    case resume
}
