import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty member add|list|find|show|activity|set-status|edit`: the people in the programme.
enum MemberCommands {
    static var command: Command {
        Command(name: "member", summary: "members: add, list, find, show, activity, set-status, edit, export, export-data, erase",
                details: """
                    Anyone can earn; only a member can redeem. Becoming a member earns the sign-up
                    points and the welcome e-mail once: someone set to visitor and back, or who
                    joined before the welcome was switched on, is not welcomed again. A member is
                    named by their e-mail address.
                    """,
                subcommands: [add, list, find, show, activity, setStatus, edit,
                             MemberDataCommands.export, MemberDataCommands.exportData, MemberDataCommands.erase])
    }

    private static let limitOption = Option("--limit", "N", "show at most N (default 50)")
    private static let statuses = MemberStatus.allCases.map(\.rawValue).joined(separator: "|")

    static var add: Command {
        Command(name: "add", summary: "add a person (a member gets the sign-up points at once)",
                options: [Option("--email", "EMAIL", "their e-mail address (required, unique)"),
                          Option("--name", "TEXT", "their name (default: the part of the e-mail before @)"),
                          Option("--phone", "PHONE", "their phone number"),
                          Option("--birthday", "DATE", "1990-04-17 or 04-17"),
                          Option("--status", statuses, "member (default), visitor (earns, cannot redeem) or pending"),
                          Option("--referred-by", "CODE", "the referral code of the member who referred them")],
                details: """
                    An e-mail address must be one plain address (here, in member edit, event,
                    imports and the dashboard alike): letters of any script, digits and
                    . ! # $ % & ' * + - / = ? ^ _ ` { | } ~ before the @, a domain of letters,
                    digits and - in dot-separated labels after it; spaces and < > , ; : " ( ) [ ] \\
                    are refused, so no address can add a second recipient.
                    """,
                examples: ["loyalty member add --name \"Zoë\" --email zoe@example.com --birthday 1990-04-17"]) { invocation in
            let details = MemberDetails(name: invocation.string("--name") ?? "", email: try invocation.required("--email"),
                                        phone: invocation.string("--phone"), birthday: invocation.string("--birthday"))
            let status = try invocation.string("--status").map { try invocation.choice($0, "--status", as: MemberStatus.self) } ?? .member
            let store = try invocation.openStore()
            let member = try store.addMember(details, status: status, referralCode: invocation.string("--referred-by"))
            let words = invocation.words, program = try store.program()
            let values: [String: SentenceValue] = ["name": .text(member.name), "email": .text(member.email), "code": .text(member.referralCode),
                                                   "balance": .points(member.balance, named: program.pointsName)]
            switch member.status {
            case .member: Console.out(words.text("Added {name} <{email}> as a member; balance {balance}, referral code {code}.", values))
            case .visitor: Console.out(words.text("Added {name} <{email}> as a visitor; balance {balance}, referral code {code}.", values))
            case .pending: Console.out(words.text("Added {name} <{email}> as pending; balance {balance}, referral code {code}.", values))
            }
        }
    }

    static var list: Command {
        Command(name: "list", summary: "list members in name, balance or activity order, a page at a time",
                options: [limitOption, Option("--status", statuses, "only people with this status"),
                          Option("--tier", "TIER", "only members of this tier (its name or id)"),
                          Option("--sort", MemberSort.allCases.map(\.rawValue).joined(separator: "|"),
                                 "name (A to Z, the default), balance (highest first) or activity (most recent first; never active last)"),
                          Option("--after", "NAME|EMAIL", "start after this member: the last one of the previous page (by name; by e-mail with --sort balance or activity)"),
                          .json],
                details: """
                    A page is read by key, so the first and the thousandth page take as long at any
                    number of members. For the next page pass the last row's name (--sort name) or
                    e-mail (--sort balance or activity) to --after, with the same --status, --tier
                    and --sort.
                    """,
                examples: ["loyalty member list --limit 20", "loyalty member list --after \"Zoë\"",
                           "loyalty member list --status member --tier Gold --sort balance",
                           "loyalty member list --sort activity --after zoe@example.com"]) { invocation in
            let store = try invocation.openStore()
            let sort = try invocation.string("--sort").map { try invocation.choice($0, "--sort", as: MemberSort.self) } ?? .name
            let status = try invocation.string("--status").map { try invocation.choice($0, "--status", as: MemberStatus.self) }
            let tier = try invocation.string("--tier").map { try TierCommands.resolve($0, in: try store.tiers()).id }
            let cursor = try invocation.string("--after").map { after -> MemberListCursor in
                sort == .name ? MemberListCursor(value: .name(after), id: Int64.max) : .after(try store.member(email: after), sortedBy: sort)
            }
            try printMembers(try store.members(sortedBy: sort, filter: MemberFilter(status: status, tierID: tier), after: cursor,
                                               limit: try invocation.limit(default: 50)), invocation, activity: sort == .activity)
        }
    }

    static var find: Command {
        Command(name: "find", summary: "find members whose name or e-mail contains TEXT (1–2 characters: starts with it)", arguments: ["TEXT"],
                options: [limitOption, .json], examples: ["loyalty member find zoe"]) { invocation in
            let store = try invocation.openStore()
            try printMembers(try store.searchMembers(invocation.argument(0), limit: try invocation.limit(default: 50)), invocation)
        }
    }

    static var show: Command {
        Command(name: "show", summary: "show a member: details, balance, tier, coupons, their My Rewards page", arguments: ["EMAIL"], options: [.json],
                details: """
                    Marketing says whether they agreed to marketing e-mails: yes, no (opted out:
                    programme news is held, coupon e-mails still go) or not known.

                    --json prints id, email, name, phone, birthday, status, tier, tier_id, balance,
                    earned, redeemed, referral_code, referred_by_id, joined, last_activity,
                    accepts_marketing (true, false or null), page
                    (their My Rewards page in a page export directory, members/<page token>.html;
                    null once erased) and coupons (each with code, state, reward, description,
                    discount_type, points, order, issued, email).
                    """,
                examples: ["loyalty member show zoe@example.com --json"]) { invocation in
            let store = try invocation.openStore()
            try present(try store.member(email: invocation.argument(0)), store, invocation)
        }
    }

    static var activity: Command {
        Command(name: "activity", summary: "a member's points history, newest first", arguments: ["EMAIL"],
                options: [Option("--limit", "N", "show at most N entries (default 20)"), .json],
                details: """
                    Each entry: when it happened, action, change, balance after, reason (with the
                    day it was recorded, when that is another day) and who made it; --json gives
                    when it happened ("at") and when it was recorded ("recorded").
                    """,
                examples: ["loyalty member activity zoe@example.com --limit 10"]) { invocation in
            let store = try invocation.openStore()
            let member = try store.member(email: invocation.argument(0))
            let entries = try store.activity(memberID: member.id, limit: try invocation.limit(default: 20))
            if invocation.json { return try JSON.print(entries.map(json)) }
            let words = invocation.words
            var table = Table([words.text("DATE"), words.text("ACTION"), words.text("CHANGE"), words.text("BALANCE"), words.text("REASON"), words.text("BY")],
                              numeric: [2, 3])
            for entry in entries {
                let recorded = Formats.day(entry.recorded) == Formats.day(entry.at) ? ""
                    : " · " + words.text("recorded {day}", ["day": .text(Formats.day(entry.recorded))])
                table.add([Formats.date(entry.at), DomainNames.entryKind(entry.kind, words), Formats.signed(entry.delta), String(entry.balanceAfter),
                           words.reason(entry) + recorded, entry.actor])
            }
            table.print(empty: words.text("{email} has no activity yet.", ["email": .text(member.email)]))
        }
    }

    static var setStatus: Command {
        Command(name: "set-status", summary: "make someone (or many at once) a member, visitor or pending", arguments: ["[EMAIL]", "STATUS"],
                options: BulkStatusCommand.options + [.json],
                details: """
                    STATUS is \(statuses). Becoming a member earns the sign-up points and the welcome
                    e-mail (both once per person); only members can redeem.

                    With --from-file FILE or --all-visitors, give only STATUS: everyone named is
                    changed in one transaction, each change in the audit log, and the count is
                    printed. A line of FILE that is not an e-mail address, or names no one, is
                    named (FILE:LINE) and nothing is changed. --dry-run prints the count only.
                    """,
                examples: ["loyalty member set-status zoe@example.com member", "loyalty member set-status --from-file joined.txt member --dry-run",
                           "loyalty member set-status --all-visitors member"]) { invocation in
            if invocation.hasAny(["--from-file", "--all-visitors"]) { return try BulkStatusCommand.run(invocation) }
            guard invocation.positionals.count == 2 else { throw invocation.usage(invocation.words.text("name the person and the status: set-status EMAIL STATUS")) }
            if invocation.flag("--dry-run") { throw invocation.usage(invocation.words.text("--dry-run goes with --from-file or --all-visitors")) }
            let status = try invocation.choice(invocation.argument(1), "STATUS", as: MemberStatus.self)
            let store = try invocation.openStore()
            let member = try store.setStatus(email: invocation.argument(0), status)
            if invocation.json { return try JSON.print(json(member)) }
            Console.out(StatusChangeWording.changed(member, pointsName: try store.program().pointsName, invocation.words))
        }
    }

    static var edit: Command {
        Command(name: "edit", summary: "change a member's contact details", arguments: ["EMAIL"],
                options: [Option("--name", "TEXT", "their name"),
                          Option("--email", "EMAIL", "their new e-mail address"),
                          Option("--phone", "PHONE", "their phone number (\"\" to clear)"),
                          Option("--birthday", "DATE", "1990-04-17 or 04-17 (\"\" to clear)"),
                          Option("--marketing", "yes|no", "whether they agree to marketing e-mails (no: programme news is held, coupons still sent)")],
                examples: ["loyalty member edit zoe@example.com --phone \"+31 6 1234 5678\"", "loyalty member edit zoe@example.com --marketing no"]) { invocation in
            guard invocation.hasAny(["--name", "--email", "--phone", "--birthday", "--marketing"]) else { throw invocation.usage(invocation.words.text("say what to change, e.g. --phone …")) }
            let marketing = try invocation.string("--marketing").map { try MarketingChoice.parse($0, invocation) }
            let store = try invocation.openStore()
            let member = try store.member(email: invocation.argument(0))
            let details = MemberDetails(name: invocation.string("--name") ?? member.name, email: invocation.string("--email") ?? member.email,
                                        phone: invocation.string("--phone") ?? member.details.phone,
                                        birthday: invocation.string("--birthday") ?? member.details.birthday)
            let saved = try marketing.map { try store.updateMember(email: member.email, details, acceptsMarketing: $0) }
                ?? store.updateMember(email: member.email, details)
            Console.out(invocation.words.text("Changed {name} <{email}>.", ["name": .text(saved.name), "email": .text(saved.email)]))
        }
    }

    /// Members as a table (or JSON array), as `list` and `find` print them.
    private static func printMembers(_ members: [Member], _ invocation: Invocation, activity: Bool = false) throws {
        if invocation.json { return try JSON.print(members.map { json($0) }) }
        let words = invocation.words
        var table = Table([words.text("NAME"), words.text("EMAIL"), words.text("STATUS"), words.text("TIER"), words.text("BALANCE"),
                           activity ? words.text("LAST ACTIVITY") : words.text("JOINED")], numeric: [4])
        for member in members {
            let day = activity ? member.lastActivity.map(Formats.day) ?? words.text("never") : Formats.day(member.joined)
            table.add([member.name, member.email, DomainWords.status(member.status, words), member.tierName, String(member.balance), day])
        }
        table.print(empty: words.text("No members found."))
    }

    /// One member in full, with their coupons.
    private static func present(_ member: Member, _ store: Store, _ invocation: Invocation) throws {
        let coupons = try store.coupons(memberID: member.id)
        let page = try store.read { try $0.erasedAt(memberID: member.id) } == nil ? member.pagePath : nil
        if invocation.json {
            var object = json(member)
            object["page"] = JSON.orNull(page)
            object["coupons"] = coupons.map { CouponCommands.json($0, email: member.email) }
            return try JSON.print(object)
        }
        let program = try store.program(), words = invocation.words
        let points = { (points: Points) in DomainWords.points(points, program, words) }
        printFields([
            (words.text("Name"), member.name), (words.text("E-mail"), member.email), (words.text("Phone"), member.details.phone ?? "-"),
            (words.text("Birthday"), member.details.birthday ?? "-"), (words.text("Status"), DomainWords.status(member.status, words)),
            (words.text("Tier"), member.tierName), (words.text("Balance"), points(member.balance)), (words.text("Earned"), points(member.earnedTotal)),
            (words.text("Redeemed"), points(member.redeemedTotal)), (words.text("Marketing"), DomainWords.marketing(member.acceptsMarketing, words)),
            (words.text("Referral code"), member.referralCode), (words.text("Page"), page ?? "-"), (words.text("Joined"), Formats.date(member.joined)),
            (words.text("Last activity"), member.lastActivity.map(Formats.date) ?? "-"),
            (words.text("Coupons"), coupons.isEmpty ? words.text("none") : ""),
        ])
        guard !coupons.isEmpty else { return }
        var table = Table([words.text("CODE"), words.text("STATE"), words.text("REWARD"), words.text("GIVES"), words.text("POINTS"), words.text("ISSUED")],
                          numeric: [4])
        for coupon in coupons {
            table.add([coupon.code, DomainNames.couponState(coupon.state, words), coupon.rewardName, coupon.description, String(coupon.points), Formats.date(coupon.issued)])
        }
        table.print(empty: "", indent: "  ")
    }

    static func json(_ member: Member) -> JSONObject {
        ["id": member.id, "email": member.email, "name": member.name, "phone": JSON.orNull(member.details.phone),
         "birthday": JSON.orNull(member.details.birthday), "status": member.status.rawValue, "tier": member.tierName, "tier_id": member.tierID,
         "balance": member.balance, "earned": member.earnedTotal, "redeemed": member.redeemedTotal, "referral_code": member.referralCode,
         "referred_by_id": JSON.orNull(member.referredBy), "joined": Formats.jsonDate(member.joined),
         "last_activity": JSON.orNull(member.lastActivity.map(Formats.jsonDate)), "accepts_marketing": JSON.orNull(member.acceptsMarketing)]
    }

    static func json(_ entry: LedgerEntry) -> JSONObject {
        ["id": entry.id, "at": Formats.jsonDate(entry.at), "recorded": Formats.jsonDate(entry.recorded), "kind": entry.kind.rawValue, "change": entry.delta, "balance_after": entry.balanceAfter,
         "reason": entry.reason, "actor": entry.actor, "event_key": JSON.orNull(entry.eventKey)]
    }
}
