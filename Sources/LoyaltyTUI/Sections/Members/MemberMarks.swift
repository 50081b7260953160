import LoyaltyCore
import LoyaltyStore

/// Several members at once: `Space` marks (or unmarks) the selected row of the list or of the search
/// results and moves to the next; marks are kept by member, so they survive paging, the search,
/// a filter and a new order. `S` changes the status of everyone marked: a form to choose the
/// status, a confirmation with how many change, then one audited transaction through the store's
/// bulk status change (the one `loyalty member set-status --from-file` uses). Marks clear after.
enum MemberMarks {
    /// Marks the selected row, or unmarks it when it is marked, and selects the next row.
    static func toggle(state: inout AppState, store: Store) throws {
        let selected = state.members.search.map { $0.results[safe: $0.list.selected] } ?? state.members.window.selected
        guard let member = selected else { return }
        if state.members.marks.removeValue(forKey: member.id) == nil { state.members.marks[member.id] = member.email }
        if var search = state.members.search {
            let rows = MembersListView.bodyRows(height: state.pageHeight)
            search.list.move(by: 1, count: search.results.count, visibleRows: rows)
            state.members.search = search
        } else {
            try state.members.window.move(by: 1, visibleRows: MembersListView.bodyRows(height: state.pageHeight), store: store)
        }
    }

    /// Unmarks everyone.
    static func clear(state: inout AppState) {
        state.members.marks = [:]
    }

    /// "3 marked": the footer's count.
    static func count(_ marks: [Int64: String]) -> String { "\(OverviewPane.grouped(Int64(marks.count))) marked" }

    /// The form choosing the status for everyone marked.
    static func statusForm(state: AppState) -> FormState {
        let people = Counting.count(state.members.marks.count, "person", "people")
        return FormState(title: "Status of \(people) marked", purpose: .members(.markedStatus), fields: [
            FormField(key: "status", label: "Status", kind: .choice(MemberStatus.allCases.map(\.label)), value: MemberStatus.member.label,
                      hint: "becoming a member earns the sign-up points once per person"),
        ])
    }

    /// Works out how many of the marked would change (the store's dry run) and asks before changing them.
    static func ask(_ form: FormState, state: inout AppState, store: Store) throws {
        let status = MemberStatus.allCases.first { $0.label == form["status"] } ?? .member
        let would = try store.setStatus(of: selection(state), to: status, reason: reason, dryRun: true)
        guard would.changed > 0 else {
            let who = would.selected == 1 ? "The marked person is" : "All \(would.selected) marked people are"
            state.message = StatusMessage("\(who) \(plural(status, would.selected)) already; nothing to change")
            return
        }
        let already = would.selected - would.changed
        let message = "Make \(Counting.count(would.changed, "person", "people")) \(plural(status, would.changed))?"
            + (already > 0 ? "\n\(already) of the \(would.selected) marked \(already == 1 ? "is" : "are") \(plural(status, already)) already." : "")
            + (status == .member ? "\nNew members earn the sign-up points once." : "")
        state.modal = .confirm(Confirmation(title: "Change status", message: message, confirmLabel: "Change",
                                            purpose: .members(.markedStatus(status)), resumeForm: form))
    }

    /// Changes the status of everyone marked, as confirmed, in one transaction; then clears the marks.
    /// Someone marked whose e-mail was changed or who was erased elsewhere meanwhile refuses the
    /// whole change, and the marks stay.
    static func apply(_ status: MemberStatus, state: inout AppState, store: Store) throws {
        let change: BulkStatusChange
        do {
            change = try store.setStatus(of: selection(state), to: status, reason: reason)
        } catch let refused as BulkStatusRefused {
            let names = refused.entries.map(\.text).joined(separator: ", ")
            state.message = .error("\(names) changed elsewhere since marked; nothing was changed. Unmark \(refused.entries.count == 1 ? "them" : "those") (Space) and press S again")
            return
        }
        clear(state: &state)
        let already = change.selected - change.changed
        state.message = .success("Made \(Counting.count(change.changed, "person", "people")) \(plural(status, change.changed))"
                                 + (already > 0 ? " (\(already) already \(plural(status, already)))" : ""))
    }

    /// Everyone marked, by the e-mail they had when marked, in the order of their ids.
    private static func selection(_ state: AppState) -> MemberSelection {
        .emails(state.members.marks.sorted { $0.key < $1.key }.map(\.value))
    }

    /// The audit log's reason for a change of the marked.
    private static let reason = "marked in the dashboard"

    /// "a member" / "members", "a visitor" / "visitors", "pending", for `count` people.
    private static func plural(_ status: MemberStatus, _ count: Int) -> String {
        count == 1 || status == .pending ? status.phrase : "\(status.rawValue)s"
    }
}
