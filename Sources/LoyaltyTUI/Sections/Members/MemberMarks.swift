import LoyaltyCore
import LoyaltyStore
import LoyaltyText

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

    /// "Mark · 3 marked": Space's help in the footer, with the count.
    static func markHelp(_ marks: [Int64: String], _ words: Localizer) -> String {
        words.plural("Mark · {count} marked", "Mark · {count} marked", count: Int64(marks.count))
    }

    /// The form choosing the status for everyone marked.
    static func statusForm(state: AppState) -> FormState {
        let words = state.words
        return FormState(title: words.plural("Status of {count} person marked", "Status of {count} people marked", count: Int64(state.members.marks.count)),
                         purpose: .members(.markedStatus), fields: [
            MemberForms.statusField(.member, hint: words.text("becoming a member earns the sign-up points once per person"), words),
        ])
    }

    /// Works out how many of the marked would change (the store's dry run) and asks before changing them.
    static func ask(_ form: FormState, state: inout AppState, store: Store) throws {
        let status = MemberStatus.allCases.first { $0.label == form["status"] } ?? .member
        let would = try store.setStatus(of: selection(state), to: status, reason: reason, dryRun: true)
        let words = state.words
        guard would.changed > 0 else {
            state.message = StatusMessage(allAlready(status, would.selected, words))
            return
        }
        let already = would.selected - would.changed
        let message = make(status, would.changed, words)
            + (already > 0 ? "\n" + alreadyOf(status, already, selected: would.selected, words) : "")
            + (status == .member ? "\n" + words.text("New members earn the sign-up points once.") : "")
        state.modal = .confirm(Confirmation(title: words.text("Change status"), message: message, confirmLabel: words.text("Change"),
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
            state.message = .error(state.words.plural("{names} changed elsewhere since marked; nothing was changed. Unmark them (Space) and press S again",
                                                      "{names} changed elsewhere since marked; nothing was changed. Unmark those (Space) and press S again",
                                                      count: Int64(refused.entries.count), ["names": .list(refused.entries.map(\.text))]))
            return
        }
        clear(state: &state)
        let already = change.selected - change.changed
        state.message = .success(made(status, change.changed, state.words) + (already > 0 ? " (" + alreadyCount(status, already, state.words) + ")" : ""))
    }

    /// Everyone marked, by the e-mail they had when marked, in the order of their ids.
    private static func selection(_ state: AppState) -> MemberSelection {
        .emails(state.members.marks.sorted { $0.key < $1.key }.map(\.value))
    }

    /// The audit log's reason for a change of the marked.
    private static let reason = "marked in the dashboard"

    /// "Make 2 people members?"
    private static func make(_ status: MemberStatus, _ count: Int, _ words: Localizer) -> String {
        let n = Int64(count)
        switch status {
        case .member: return words.plural("Make {count} person a member?", "Make {count} people members?", count: n)
        case .visitor: return words.plural("Make {count} person a visitor?", "Make {count} people visitors?", count: n)
        case .pending: return words.plural("Make {count} person pending?", "Make {count} people pending?", count: n)
        }
    }

    /// "Made 2 people members" (the CLI's own words).
    private static func made(_ status: MemberStatus, _ count: Int, _ words: Localizer) -> String {
        let n = Int64(count)
        switch status {
        case .member: return words.plural("Made {count} person a member", "Made {count} people members", count: n)
        case .visitor: return words.plural("Made {count} person a visitor", "Made {count} people visitors", count: n)
        case .pending: return words.plural("Made {count} person pending", "Made {count} people pending", count: n)
        }
    }

    /// "1 already a member", "3 already visitors" (the CLI's own words).
    private static func alreadyCount(_ status: MemberStatus, _ count: Int, _ words: Localizer) -> String {
        let n = Int64(count)
        switch status {
        case .member: return words.plural("{count} already a member", "{count} already members", count: n)
        case .visitor: return words.plural("{count} already a visitor", "{count} already visitors", count: n)
        case .pending: return words.plural("{count} already pending", "{count} already pending", count: n)
        }
    }

    /// "1 of the 3 marked is a member already."
    private static func alreadyOf(_ status: MemberStatus, _ count: Int, selected: Int, _ words: Localizer) -> String {
        let n = Int64(count), values: [String: SentenceValue] = ["selected": .grouped(Int64(selected))]
        switch status {
        case .member: return words.plural("{count} of the {selected} marked is a member already.", "{count} of the {selected} marked are members already.", count: n, values)
        case .visitor: return words.plural("{count} of the {selected} marked is a visitor already.", "{count} of the {selected} marked are visitors already.", count: n, values)
        case .pending: return words.plural("{count} of the {selected} marked is pending already.", "{count} of the {selected} marked are pending already.", count: n, values)
        }
    }

    /// "The marked person is a member already; nothing to change" / "All 3 marked people are …".
    private static func allAlready(_ status: MemberStatus, _ count: Int, _ words: Localizer) -> String {
        let n = Int64(count)
        switch status {
        case .member: return words.plural("The marked person is a member already; nothing to change", "All {count} marked people are members already; nothing to change", count: n)
        case .visitor: return words.plural("The marked person is a visitor already; nothing to change", "All {count} marked people are visitors already; nothing to change", count: n)
        case .pending: return words.plural("The marked person is pending already; nothing to change", "All {count} marked people are pending already; nothing to change", count: n)
        }
    }
}
