/// The person an earning event is for, as recording it needs them: their id and who referred them,
/// neither of which an event changes.
struct EarningMember: Equatable {
    let id: Int64
    let referredBy: Int64?
}

/// The people an import has met so far, by e-mail, so each address is looked up once per import
/// rather than once per order. Addresses are compared as the database compares them (`COLLATE
/// NOCASE`: ASCII letters in either case are the same, any other character must match exactly), so
/// a visitor created by one line is found by a later line that writes the address differently.
/// Holds at most `capacity` people (about 100 bytes each) and starts afresh when full.
final class KnownMembers {
    private var byEmail: [String: EarningMember] = [:]
    private let capacity: Int

    init(capacity: Int = 250_000) {
        self.capacity = capacity
    }

    func member(email: String) -> EarningMember? { byEmail[KnownMembers.key(email)] }

    func remember(_ member: EarningMember, email: String) {
        if byEmail.count >= capacity { byEmail.removeAll(keepingCapacity: true) }
        byEmail[KnownMembers.key(email)] = member
    }

    /// The address with ASCII capitals made small, as `NOCASE` compares it.
    static func key(_ email: String) -> String {
        guard email.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return email }
        return String(decoding: email.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
