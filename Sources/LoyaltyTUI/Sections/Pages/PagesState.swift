/// The Pages preview section's own state.
public struct PagesState: Sendable {
    /// The two pages a programme gives its customers.
    enum Page: Sendable { case program, myRewards }

    var page = Page.program
    /// The member chosen here by search; wins over the member open in Members.
    var chosen: MemberCard?
    /// The first member in name order, shown when no member is chosen or open.
    var first: MemberCard?
    var offset = 0

    public init() {}
}
