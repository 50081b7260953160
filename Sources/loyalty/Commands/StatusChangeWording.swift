import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// What `member set-status` says, in the operator's language. One whole sentence per status, so
/// that each language can agree its words with the status and the count.
enum StatusChangeWording {
    /// "zoe@example.com is now a member; balance 40 Stars."
    static func changed(_ member: Member, pointsName: String, _ words: Localizer) -> String {
        let values: [String: SentenceValue] = ["email": .text(member.email), "balance": .points(member.balance, named: pointsName)]
        switch member.status {
        case .member: return words.text("{email} is now a member; balance {balance}.", values)
        case .visitor: return words.text("{email} is now a visitor; balance {balance}.", values)
        case .pending: return words.text("{email} is now pending; balance {balance}.", values)
        }
    }

    /// "Made 2 people members (3 selected, 1 already a member)."; with --dry-run "Would make 2
    /// people members (…); nothing was changed."
    static func bulk(_ change: BulkStatusChange, _ words: Localizer) -> String {
        let values: [String: SentenceValue] = [
            "made": .text(made(change, words)), "selected": .grouped(Int64(change.selected)),
            "already": .text(already(Int64(change.selected - change.changed), change.status, words)),
        ]
        return change.dryRun
            ? words.text("{made} ({selected} selected, {already}); nothing was changed.", values)
            : words.text("{made} ({selected} selected, {already}).", values)
    }

    private static func made(_ change: BulkStatusChange, _ words: Localizer) -> String {
        let count = Int64(change.changed)
        switch (change.status, change.dryRun) {
        case (.member, false): return words.plural("Made {count} person a member", "Made {count} people members", count: count)
        case (.visitor, false): return words.plural("Made {count} person a visitor", "Made {count} people visitors", count: count)
        case (.pending, false): return words.plural("Made {count} person pending", "Made {count} people pending", count: count)
        case (.member, true): return words.plural("Would make {count} person a member", "Would make {count} people members", count: count)
        case (.visitor, true): return words.plural("Would make {count} person a visitor", "Would make {count} people visitors", count: count)
        case (.pending, true): return words.plural("Would make {count} person pending", "Would make {count} people pending", count: count)
        }
    }

    private static func already(_ count: Int64, _ status: MemberStatus, _ words: Localizer) -> String {
        switch status {
        case .member: return words.plural("{count} already a member", "{count} already members", count: count)
        case .visitor: return words.plural("{count} already a visitor", "{count} already visitors", count: count)
        case .pending: return words.plural("{count} already pending", "{count} already pending", count: count)
        }
    }

    /// A line of the --from-file list that names no one, or is no e-mail address.
    static func refusedLine(file: String, line: Int, text: String, notAnEmail: Bool, _ words: Localizer) -> String {
        let values: [String: SentenceValue] = ["file": .text(file), "line": .integer(Int64(line)), "text": .text(text)]
        return notAnEmail
            ? words.text("{file}:{line}: \"{text}\" is not an e-mail address like name@example.com", values)
            : words.text("{file}:{line}: \"{text}\" is no one in the programme (no member has this e-mail)", values)
    }

    /// The end of a refused --from-file list: "FILE: 2 lines name no one; nothing was changed. …"
    static func refusedList(file: String, lines: Int, _ words: Localizer) -> String {
        words.plural("{file}: {count} line names no one; nothing was changed. Fix or remove it and run again.",
                     "{file}: {count} lines name no one; nothing was changed. Fix or remove them and run again.",
                     count: Int64(lines), ["file": .text(file)])
    }
}
