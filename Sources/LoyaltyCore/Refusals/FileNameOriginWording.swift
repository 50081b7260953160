/// The English wording of where a file name comes from.
extension FileNameOrigin {
    public var sentence: Sentence {
        switch self {
        case .referralCode(let member): return Sentence("the referral code of member {member}", ["member": .integer(member)])
        case .pageToken(let member): return Sentence("the page token of member {member}", ["member": .integer(member)])
        case .erasedMembersPage: return Sentence("the page of an erased member")
        }
    }
}
