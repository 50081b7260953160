import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// The Members pane's forms (add a member, give / remove / set points, change status; redeeming is `RedeemForm`)
/// and what they do once filled in. Balance changes go through a confirmation that shows the
/// balance before → after; a refusal from the store comes back in the form, nothing lost.
enum MemberForms {
    static func addMember(_ words: Localizer) -> FormState {
        FormState(title: words.text("Add member"), purpose: .members(.addMember), fields: [
            FormField(key: "name", label: words.text("Name"), hint: words.text("as the customer writes it, e.g. Zoë Jansen")),
            FormField(key: "email", label: words.text("E-mail"), hint: words.text("required, e.g. zoe@example.com")),
            FormField(key: "phone", label: words.text("Phone"), hint: words.text("optional; digits, spaces, + - ( ) .")),
            FormField(key: "birthday", label: words.text("Birthday"), hint: words.text("optional; 1990-04-17 or 04-17")),
            statusField(.member, hint: words.text("members redeem; visitors only earn; pending await approval"), words),
        ])
    }

    /// A choice of status, shown in the operator's language, its value the status' English label.
    static func statusField(_ status: MemberStatus, hint: String, _ words: Localizer) -> FormField {
        var field = FormField(key: "status", label: words.text("Status"), kind: .choice(MemberStatus.allCases.map(\.label)), value: status.label, hint: hint)
        field.optionLabels = MemberStatus.allCases.map { CoreWording.status($0, words) }
        return field
    }

    static func adjust(_ member: Member, mode: PointsAdjustment, pointsName: String, points: String = "", reason: String = "", words: Localizer) -> FormState {
        let title: String, label: String
        let who: [String: SentenceValue] = ["points": .text(pointsName), "name": .text(member.name)]
        switch mode {
        case .give: (title, label) = (words.text("Give {points} to {name}", who), words.text("Points to give"))
        case .remove: (title, label) = (words.text("Remove {points} from {name}", who), words.text("Points to remove"))
        case .set: (title, label) = (words.text("Set the balance of {name}", who), words.text("New balance"))
        }
        return FormState(title: title, purpose: .members(.adjustPoints(memberID: member.id, mode: mode)), fields: [
            FormField(key: "points", label: label, kind: .number(allowsEmpty: false), value: points,
                      hint: words.text("balance now {balance}", ["balance": .text(CoreWording.points(member.balance, pointsName, words))])),
            FormField(key: "reason", label: words.text("Reason"), value: reason, hint: words.text("required, e.g. in-store purchase")),
        ])
    }

    static func status(_ member: Member, _ words: Localizer) -> FormState {
        FormState(title: words.text("Status of {name}", ["name": .text(member.name)]), purpose: .members(.status(memberID: member.id)), fields: [
            statusField(member.status, hint: words.text("becoming a member earns the sign-up points once"), words),
        ])
    }

    static func submit(_ purpose: MembersFormPurpose, _ form: FormState, state: inout AppState, store: Store) throws {
        switch purpose {
        case .addMember:
            let status = MemberStatus.allCases.first { $0.label == form["status"] } ?? .member
            let member = try store.addMember(MemberDetails(name: form["name"], email: form["email"], phone: form["phone"], birthday: form["birthday"]),
                                             status: status)
            let name: [String: SentenceValue] = ["name": .text(member.name)]
            switch member.status {
            case .member: state.message = .success(state.words.text("{name} added as member", name))
            case .visitor: state.message = .success(state.words.text("{name} added as visitor", name))
            case .pending: state.message = .success(state.words.text("{name} added as pending", name))
            }
        case .adjustPoints(let memberID, let mode):
            try askToAdjust(form, memberID: memberID, mode: mode, state: &state, store: store)
        case .redeem(let memberID, let rewardIDs):
            try RedeemForm.ask(form, memberID: memberID, rewardIDs: rewardIDs, state: &state, store: store)
        case .status(let memberID):
            let member = try store.member(id: memberID)
            let status = MemberStatus.allCases.first { $0.label == form["status"] } ?? member.status
            let changed = try store.setStatus(email: member.email, status)
            let worded: [String: SentenceValue] = ["name": .text(changed.name), "balance": .text(CoreWording.points(changed.balance, state.data.program.pointsName, state.words))]
            switch changed.status {
            case .member: state.message = .success(state.words.text("{name} is now a member · {balance}", worded))
            case .visitor: state.message = .success(state.words.text("{name} is now a visitor · {balance}", worded))
            case .pending: state.message = .success(state.words.text("{name} is now pending · {balance}", worded))
            }
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
        let words = state.words
        let verb = mode == .give ? words.text("Give") : mode == .remove ? words.text("Remove") : words.text("Set balance")
        let message = words.text("{name}: {before} → {after}", ["name": .text(member.name), "before": .grouped(member.balance),
                                                                 "after": .text(CoreWording.points(after, pointsName, words))])
            + "\n" + words.text("Reason: {reason}", ["reason": .text(reason)])
        state.modal = .confirm(Confirmation(title: verb, message: message,
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
            state.message = .success(state.words.text("{name}: {before} → {after} ({change}, {reason})", [
                "name": .text(member.name), "before": .grouped(entry.balanceAfter - entry.delta), "after": .text(CoreWording.points(entry.balanceAfter, pointsName, state.words)),
                "change": .text(DisplayFormat.change(entry.delta, state.words)), "reason": .text(reason)]))
        } catch {
            var form = adjust(try store.member(id: memberID), mode: mode, pointsName: pointsName, points: String(points), reason: reason, words: state.words)
            form.error = DashboardErrorWording.text(error, state.words)
            state.modal = .form(form)
        }
    }
}
