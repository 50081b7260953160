/// The Pages preview's form.
public enum PagesFormPurpose: Equatable, Sendable {
    /// Choosing, by name or e-mail, whose "My Rewards" page is shown.
    case chooseMember
}
