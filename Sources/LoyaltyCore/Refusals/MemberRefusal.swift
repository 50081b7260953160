import Foundation

/// Refusals about members.
public enum MemberRefusal: Refusal, Equatable {
    /// No member has this id.
    case noSuchID(Int64)
    /// No member has this e-mail address.
    case noSuchEmail(String)
    /// A member with this e-mail address is in the programme already.
    case alreadyInProgramme(email: String)
    /// No member has this referral code.
    case noSuchReferralCode(String)
    /// The member's details changed since they were opened for editing.
    case changedSinceOpened(email: String)
    /// Another member has this e-mail address.
    case emailTaken(String)
    /// The phone number holds characters other than digits, spaces and + - ( ) .
    case badPhone(String)
    /// The name is longer than 200 characters or holds control characters.
    case badName
    /// The text is not an e-mail address.
    case notAnEmail(String)
    /// The birthday is not a date such as 1990-04-17 or 04-17.
    case badBirthday(String)
    /// The member was erased already, at `moment`.
    case alreadyErased(id: Int64, moment: Date)
    /// No member's name or e-mail matches the search `text`: contains it (`contains`), or starts with it.
    case noSearchMatch(text: String, contains: Bool)

    public var category: RefusalCategory {
        switch self {
        case .noSuchID, .noSuchEmail, .noSuchReferralCode, .noSearchMatch: return .notFound
        case .alreadyInProgramme, .emailTaken, .alreadyErased: return .refused
        case .changedSinceOpened: return .conflict
        case .badPhone, .badName, .notAnEmail, .badBirthday: return .invalid
        }
    }
}
