import LoyaltyCore
import LoyaltyStore

/// The Members section's own state: a window of the member list around the selection (in the
/// order and filter chosen), the incremental search, the marked members, and the member opened with Enter.
public struct MembersState: Sendable {
    /// The rows of the list that have been fetched (a few keyset pages around the selection).
    var window = MemberWindow()
    /// The `/` search while it is shown; `nil` shows the whole list.
    var search: MemberSearch?
    /// The member opened with Enter, shown instead of the list.
    var open: MemberDetail?
    /// The members marked with Space, by id, with the e-mail each had when marked.
    var marks: [Int64: String] = [:]

    public init() {}
}

/// The `/` search: what is typed, whether the field has the keys, and the matches.
struct MemberSearch: Sendable {
    var field = TextField()
    /// True while keys go into the field; Enter hands them to the result list.
    var typing = true
    var results: [Member] = []
    var list = ListState()
    /// How many matches a search shows: small, so every key press re-queries at once.
    static let limit = 50
}

/// A member with their coupons: what the member view and the "My Rewards" page show.
struct MemberCard: Sendable {
    var member: Member
    var coupons: [CouponRecord]

    static func load(id: Int64, store: Store) throws -> MemberCard {
        MemberCard(member: try store.member(id: id), coupons: try store.coupons(memberID: id))
    }
}

/// The opened member: their card and the points activity fetched so far, newest first.
struct MemberDetail: Sendable {
    var card: MemberCard
    var activity: [LedgerEntry] = []
    var list = ListState()
    /// True once the oldest entry has been fetched.
    var activityComplete = false
    /// The selected coupon while the coupons are shown instead of the activity (`c`); nil shows the activity.
    var couponList: ListState?
    /// How many entries one keyset page of activity fetches.
    static let pageSize = 50
}
