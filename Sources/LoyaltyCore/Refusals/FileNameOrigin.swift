/// Where a value that becomes a file name comes from, as a refusal names it (`FileNamePart.checked`).
/// Each front end words it (`sentence`).
public enum FileNameOrigin: Equatable, Sendable {
    /// The referral code of the member with this id (older versions named pages by it).
    case referralCode(member: Int64)
    /// The page token of the member with this id, which names the member's page.
    case pageToken(member: Int64)
    /// The page left behind by a member who has been erased.
    case erasedMembersPage
}
