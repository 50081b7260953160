import LoyaltyCore

/// Whose status a bulk change sets.
public enum MemberSelection: Sendable, Equatable {
    /// The people with these e-mail addresses (a file's lines, in order; the same address twice counts once).
    case emails([String])
    /// Every visitor (not erased).
    case allVisitors
}

/// What a bulk status change did, or with `dryRun` would do.
public struct BulkStatusChange: Sendable, Equatable {
    public let status: MemberStatus
    public let dryRun: Bool
    /// People selected, and of them those whose status changes (the rest have it already).
    public var selected = 0
    public var changed = 0

    public init(status: MemberStatus, dryRun: Bool) {
        self.status = status
        self.dryRun = dryRun
    }
}

/// A bulk status change refused: the entries of the list that name no one, by their position in it
/// (from 0). Nothing was changed.
public struct BulkStatusRefused: Error, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        /// The entry is not an e-mail address.
        case notAnEmail
        /// No one in the programme has this address.
        case noSuchMember
    }

    public struct Entry: Sendable, Equatable {
        public let position: Int
        public let text: String
        public let problem: Problem
    }

    public let entries: [Entry]
}

extension Store {
    /// Sets the status of everyone `selection` names in ONE transaction, each change audited with
    /// `reason`, through the same step as a single status change (becoming a member earns the sign-up
    /// points and the welcome e-mail once per person). An entry that names no one refuses the whole
    /// change (`BulkStatusRefused`, naming every such entry): nothing is changed. With `dryRun`
    /// nothing is written and the counts say what would change.
    public func setStatus(of selection: MemberSelection, to status: MemberStatus, reason: String, dryRun: Bool = false) throws -> BulkStatusChange {
        if dryRun { return try read { try $0.setStatus(of: selection, to: status, reason: reason, dryRun: true) } }
        return try write(.membersAndPoints) { try $0.setStatus(of: selection, to: status, reason: reason, dryRun: false) }
    }
}

extension Transaction {
    fileprivate func setStatus(of selection: MemberSelection, to status: MemberStatus, reason: String, dryRun: Bool) throws -> BulkStatusChange {
        let people = try selected(selection)
        var change = BulkStatusChange(status: status, dryRun: dryRun)
        change.selected = people.count
        for person in people where person.status != status {
            change.changed += 1
            guard !dryRun else { continue }
            let after = try setStatus(email: person.email, status)
            try audit("member.status", after.email, before: "status: \(person.status.rawValue)", after: "status: \(after.status.rawValue)",
                      reason: reason, memberID: after.id)
        }
        if !dryRun, change.changed > 0 {
            try audit("member.status.bulk", reason, after: "\(change.changed) of \(change.selected) set to \(status.rawValue)")
        }
        return change
    }

    /// The people `selection` names, each once, or `BulkStatusRefused` naming the entries that name no one.
    private func selected(_ selection: MemberSelection) throws -> [(email: String, status: MemberStatus)] {
        switch selection {
        case .allVisitors:
            return try db.all("SELECT email, status FROM members WHERE status = 'visitor' AND erased_at IS NULL ORDER BY id") {
                ($0.text(0), MemberStatus(rawValue: $0.text(1)) ?? .visitor)
            }
        case .emails(let emails):
            var people: [(email: String, status: MemberStatus)] = [], seen = Set<Int64>(), problems: [BulkStatusRefused.Entry] = []
            for (position, text) in emails.enumerated() {
                guard let email = try? MemberDetails.validateEmail(text) else {
                    problems.append(.init(position: position, text: text, problem: .notAnEmail))
                    continue
                }
                guard let member = try member(email: email) else {
                    problems.append(.init(position: position, text: text, problem: .noSuchMember))
                    continue
                }
                if seen.insert(member.id).inserted { people.append((member.email, member.status)) }
            }
            guard problems.isEmpty else { throw BulkStatusRefused(entries: problems) }
            return people
        }
    }
}
