import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// Editing the opened member's details (`e`): name, e-mail, phone, birthday and marketing consent,
/// saved through the store operation `loyalty member edit` uses, with its checks and audit entries.
/// Details someone else changed since the form opened are not overwritten: the form says so.
enum MemberEditForm {
    private static let yes = "yes", no = "no (opted out)", unknown = "not known"

    static func form(_ member: Member, _ words: Localizer) -> FormState {
        let consent = member.acceptsMarketing.map { $0 ? yes : no } ?? unknown
        let choices = member.acceptsMarketing == nil ? [unknown, yes, no] : [yes, no]
        var marketing = FormField(key: "marketing", label: words.text("Marketing"), kind: .choice(choices), value: consent,
                                  hint: words.text("whether they agree to marketing e-mails; no: programme news is held, coupons still go"))
        marketing.optionLabels = choices.map { choice in
            choice == yes ? words.text("yes") : choice == no ? words.text("no (opted out)") : words.text("not known")
        }
        return FormState(title: words.text("Edit {name}", ["name": .text(member.name)]), purpose: .members(.editDetails(memberID: member.id, seen: member.details)), fields: [
            FormField(key: "name", label: words.text("Name"), value: member.name, hint: words.text("as the customer writes it, e.g. Zoë Jansen")),
            FormField(key: "email", label: words.text("E-mail"), value: member.email, hint: words.text("required, e.g. zoe@example.com")),
            FormField(key: "phone", label: words.text("Phone"), value: member.details.phone ?? "", hint: words.text("optional; digits, spaces, + - ( ) .; empty clears it")),
            FormField(key: "birthday", label: words.text("Birthday"), value: member.details.birthday ?? "", hint: words.text("optional; 1990-04-17 or 04-17; empty clears it")),
            marketing,
        ])
    }

    /// Saves the details as the form has them; a refusal (a bad e-mail, an address someone else
    /// has, details changed elsewhere) keeps the form open with the reason.
    static func save(_ form: FormState, memberID: Int64, seen: MemberDetails, state: inout AppState, store: Store) throws {
        let member = try store.member(id: memberID)
        let details = MemberDetails(name: form["name"], email: form["email"], phone: form["phone"], birthday: form["birthday"])
        let saved: Member
        switch form["marketing"] {
        case yes: saved = try store.updateMember(email: member.email, details, acceptsMarketing: true, expected: seen)
        case no: saved = try store.updateMember(email: member.email, details, acceptsMarketing: false, expected: seen)
        default: saved = try store.updateMember(email: member.email, details, expected: seen)
        }
        if state.members.marks[saved.id] != nil { state.members.marks[saved.id] = saved.email }
        state.message = .success(state.words.text("Changed {name} <{email}>", ["name": .text(saved.name), "email": .text(saved.email)]))
    }
}
