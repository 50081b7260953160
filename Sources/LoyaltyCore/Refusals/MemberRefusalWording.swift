/// The English wording of refusals about members.
extension MemberRefusal {
    public var sentence: Sentence {
        switch self {
        case .noSuchID(let id): return Sentence("no member with id {id}", ["id": .integer(id)])
        case .noSuchEmail(let email): return Sentence("no member with e-mail {email}", ["email": .text(email)])
        case .alreadyInProgramme(let email): return Sentence("{email} is already in the programme", ["email": .text(email)])
        case .noSuchReferralCode(let code): return Sentence("no member has the referral code {code}", ["code": .text(code)])
        case .changedSinceOpened(let email):
            return Sentence("{email}'s details changed since you opened them (someone else edited them); nothing was changed: check them and edit again",
                            ["email": .text(email)])
        case .emailTaken(let email): return Sentence("{email} belongs to another member already", ["email": .text(email)])
        case .badPhone(let phone): return Sentence("phone \"{phone}\" may hold only digits, spaces and + - ( ) .", ["phone": .text(phone)])
        case .badName: return Sentence("name must be at most 200 printable characters (no control characters)")
        case .notAnEmail(let text): return Sentence("\"{text}\" is not an e-mail address like name@example.com", ["text": .text(text)])
        case .noSearchMatch(let text, true): return Sentence("no member's name or e-mail contains \"{text}\"", ["text": .text(text)])
        case .noSearchMatch(let text, false): return Sentence("no member's name or e-mail starts with \"{text}\"", ["text": .text(text)])
        case .badBirthday(let text): return Sentence("birthday \"{text}\" must look like 1990-04-17 or 04-17", ["text": .text(text)])
        case .alreadyErased(let id, let moment):
            return Sentence("member {id} was already erased on {moment}; nothing was changed", ["id": .integer(id), "moment": .moment(moment)])
        }
    }
}
