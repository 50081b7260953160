import LoyaltyCore
import LoyaltyStore

/// The Members pane's forms (add a member, give / remove / set points, change status; redeeming is `RedeemForm`)
/// and what they do once filled in. Balance changes go through a confirmation that shows the
/// balance before → after; a refusal from the store comes back in the form, nothing lost.
enum MemberForms {
    static func addMember() -> FormState {
        FormState(title: "Add member", purpose: .members(.addMember), fields: [
            FormField(key: "name", label: "Name", hint: "as the customer writes it, e.g. Zoë Jansen"),
            FormField(key: "email", label: "E-mail", hint: "required, e.g. zoe@example.com"),
            FormField(key: "phone", label: "Phone", hint: "optional; digits, spaces, + - ( ) ."),
            FormField(key: "birthday", label: "Birthday", hint: "optional; 1990-04-17 or 04-17"),
            FormField(key: "status", label: "Status", kind: .choice(MemberStatus.allCases.map(\.label)), value: MemberStatus.member.label,
                      hint: "members redeem; visitors only earn; pending await approval"),
        ])
    }

    static func adjust(_ member: Member, mode: PointsAdjustment, pointsName: String, points: String = "", reason: String = "") -> FormState {
        let title: String, label: String
        switch mode {
        case .give: (title, label) = ("Give \(pointsName) to \(member.name)", "Points to give")
        case .remove: (title, label) = ("Remove \(pointsName) from \(member.name)", "Points to remove")
        case .set: (title, label) = ("Set the balance of \(member.name)", "New balance")
        }
        return FormState(title: title, purpose: .members(.adjustPoints(memberID: member.id, mode: mode)), fields: [
            FormField(key: "points", label: label, kind: .number(allowsEmpty: false), value: points, hint: "balance now \(Counting.points(member.balance, named: pointsName))"),
            FormField(key: "reason", label: "Reason", value: reason, hint: "required, e.g. in-store purchase"),
        ])
    }

    static func status(_ member: Member) -> FormState {
        FormState(title: "Status of \(member.name)", purpose: .members(.status(memberID: member.id)), fields: [
            FormField(key: "status", label: "Status", kind: .choice(MemberStatus.allCases.map(\.label)), value: member.status.label,
                      hint: "becoming a member earns the sign-up points once"),
        ])
    }

    static func submit(_ purpose: MembersFormPurpose, _ form: FormState, state: inout AppState, store: Store) throws {
        switch purpose {
        case .addMember:
            let status = MemberStatus.allCases.first { $0.label == form["status"] } ?? .member
            let member = try store.addMember(MemberDetails(name: form["name"], email: form["email"], phone: form["phone"], birthday: form["birthday"]),
                                             status: status)
            state.message = .success("\(member.name) added as \(member.status.rawValue)")
        case .adjustPoints(let memberID, let mode):
            try askToAdjust(form, memberID: memberID, mode: mode, state: &state, store: store)
        case .redeem(let memberID, let rewardIDs):
            try RedeemForm.ask(form, memberID: memberID, rewardIDs: rewardIDs, state: &state, store: store)
        case .status(let memberID):
            let member = try store.member(id: memberID)
            let status = MemberStatus.allCases.first { $0.label == form["status"] } ?? member.status
            let changed = try store.setStatus(email: member.email, status)
            state.message = .success("\(changed.name) is now \(changed.status.phrase) · \(state.data.program.points(changed.balance))")
        case .markedStatus:
            try MemberMarks.ask(form, state: &state, store: store)
        case .filter(let tierIDs):
            try MemberListFilter.apply(form, tierIDs: tierIDs, state: &state, store: store)
        case .editDetails(let memberID, let seen):
            try MemberEditForm.save(form, memberID: memberID, seen: seen, state: &state, store: store)
        }
    }

    /// Checks the form and asks "before → after" before changing the balance.
    private static func askToAdjust(_ form: FormState, memberID: Int64, mode: PointsAdjustment, state: inout AppState, store: Store) throws {
        let member = try store.member(id: memberID), pointsName = state.data.program.pointsName
        let points = Int64(form["points"]) ?? 0
        let adjustment = try ManualAdjustment.decide(mode, points: points, reason: form["reason"], who: member.name, balance: member.balance, pointsName: pointsName)
        let (after, reason) = (adjustment.after, adjustment.reason)
        let verb = mode == .give ? "Give" : mode == .remove ? "Remove" : "Set balance"
        state.modal = .confirm(Confirmation(title: verb, message: "\(member.name): \(member.balance) → \(Counting.points(after, named: pointsName))\nReason: \(reason)",
                                            confirmLabel: verb, purpose: .members(.adjustPoints(memberID: memberID, mode: mode, points: points, reason: reason, seen: member.balance)),
                                            resumeForm: form))
    }

    /// Makes a confirmed balance change; a refusal reopens the form with the reason. Setting a
    /// balance that someone else changed since it was shown is refused, and the form shows the new one.
    static func adjust(memberID: Int64, mode: PointsAdjustment, points: Int64, reason: String, seen: Points, state: inout AppState, store: Store) throws {
        let member = try store.member(id: memberID), pointsName = state.data.program.pointsName
        do {
            let entry: LedgerEntry
            switch mode {
            case .give: entry = try store.give(email: member.email, points: points, reason: reason)
            case .remove: entry = try store.remove(email: member.email, points: points, reason: reason)
            case .set: entry = try store.setBalance(email: member.email, to: points, reason: reason, expected: seen)
            }
            state.message = .success("\(member.name): \(entry.balanceAfter - entry.delta) → \(Counting.points(entry.balanceAfter, named: pointsName)) (\(DisplayFormat.change(entry.delta)), \(reason))")
        } catch {
            var form = adjust(try store.member(id: memberID), mode: mode, pointsName: pointsName, points: String(points), reason: reason)
            form.error = DashboardErrorWording.text(error)
            state.modal = .form(form)
        }
    }
}
