import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty member export|export-data|erase`: members out to the shop, a person's data request,
/// and erasure on request.
enum MemberDataCommands {
    static let exportColumns = ["name", "email", "phone", "birthday", "status", "tier", "balance", "earned", "redeemed", "joined"]

    static var export: Command {
        Command(name: "export", summary: "export every member (CSV or JSON), streamed",
                options: [Option("--format", "csv|json", "csv (default) or json (one array of objects)"),
                          Option("--output", "FILE", "write to FILE (created 0600, complete or not at all) instead of standard output")],
                details: """
                    Columns: \(exportColumns.joined(separator: ",")). Members are read in pages by key in one snapshot, so \
                    memory stays flat at a million members. In CSV, text that starts with = + - or @ gets a leading ' so a \
                    spreadsheet does not run it as a formula.
                    """,
                examples: ["loyalty member export --format csv --output members.csv"]) { invocation in
            let format = invocation.string("--format")?.lowercased() ?? "csv"
            guard format == "csv" || format == "json" else { throw invocation.usage(invocation.words.text("{option} \"{text}\" is not one of: {choices}", ["option": .text("--format"), "text": .text(format), "choices": .list(["csv", "json"])])) }
            let store = try invocation.openStore()
            let sink = try OutputSink(path: invocation.string("--output"))
            var count = 0
            let dates = ReusableDateFormat()
            do {
                try sink.write(format == "csv" ? CSV.row(exportColumns) : "[")
                try store.read { tx in
                    try tx.eachMember { member in
                        if format == "csv" {
                            try sink.write(CSV.row([CSV.text(member.name), CSV.text(member.email), member.details.phone ?? "", member.details.birthday ?? "",
                                                    member.status.rawValue, CSV.text(member.tierName), String(member.balance), String(member.earnedTotal),
                                                    String(member.redeemedTotal), dates.json(member.joined)]))
                        } else {
                            let object = JSONText.object([
                                ("balance", String(member.balance)), ("birthday", JSONText.string(member.details.birthday)),
                                ("earned", String(member.earnedTotal)), ("email", JSONText.string(member.email)),
                                ("joined", JSONText.string(dates.json(member.joined))), ("name", JSONText.string(member.name)),
                                ("phone", JSONText.string(member.details.phone)), ("redeemed", String(member.redeemedTotal)),
                                ("status", JSONText.string(member.status.rawValue)), ("tier", JSONText.string(member.tierName)),
                            ])
                            try sink.write((count == 0 ? "\n" : ",\n") + object)
                        }
                        count += 1
                    }
                }
                if format == "json" { try sink.write(count == 0 ? "]\n" : "\n]\n") }
                try sink.finish()
            } catch {
                sink.discard()
                throw error
            }
            if sink.isFile {
                Console.error(invocation.words.plural("Exported {count} member to {path}.", "Exported {count} members to {path}.", count: Int64(count),
                                                      ["count": .integer(Int64(count)), "path": .text(invocation.string("--output") ?? "")]))
            }
        }
    }

    static var exportData: Command {
        Command(name: "export-data", summary: "everything about one person as JSON, for a data request", arguments: ["EMAIL"],
                details: """
                    Answers a data request, pretty-printed JSON: member (details, totals,
                    erased_at, accepts_marketing), every activity entry, coupons, orders,
                    recorded events and shop_accounts (the customer accounts a customer import
                    linked, with the name, phone and consent it read).
                    """,
                examples: ["loyalty member export-data zoe@example.com > zoe.json"]) { invocation in
            let store = try invocation.openStore()
            let program = try store.program()
            let data = try store.personalData(email: invocation.argument(0))
            let money = { (minor: Int64) in Money(minorUnits: minor, currency: program.currency).decimalString }
            var member = MemberCommands.json(data.member)
            member["erased_at"] = JSON.orNull(data.erased.map(Formats.jsonDate))
            let document: JSONObject = [
                "programme": program.name, "points_name": program.pointsName, "exported_at": Formats.jsonDate(store.now()),
                "member": member,
                "activity": data.activity.map(MemberCommands.json),
                "coupons": data.coupons.map { coupon -> JSONObject in
                    var object = CouponCommands.json(coupon, email: data.member.email)
                    object["exported_to_shop"] = JSON.orNull(coupon.exported.map(Formats.jsonDate))
                    return object
                },
                "orders": data.orders.map { order -> JSONObject in
                    ["order": order.ref, "paid": money(order.paid), "refunded": money(order.refunded), "currency": program.currency.code,
                     "points_earned": order.earned, "points_reversed": order.reversed, "at": Formats.jsonDate(order.created)]
                },
                "shop_accounts": data.shopAccounts.map { account -> JSONObject in
                    ["key": account.key, "name": JSON.orNull(account.name), "phone": JSON.orNull(account.phone),
                     "accepts_marketing": JSON.orNull(account.acceptsMarketing), "created": JSON.orNull(account.created.map(Formats.jsonDate)),
                     "imported_at": Formats.jsonDate(account.imported)]
                },
                "events": data.events.map { event -> JSONObject in
                    ["key": event.key, "kind": event.kind, "details": event.payload, "points": event.points, "outcome": event.outcome,
                     "at": Formats.jsonDate(event.created)]
                },
            ]
            let json = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            Console.out(String(decoding: json, as: UTF8.self))
        }
    }

    static var erase: Command {
        Command(name: "erase", summary: "remove a person's personal data for good; their points history stays, anonymous",
                arguments: ["EMAIL"], options: [Option("--yes", "confirm: this cannot be undone")],
                details: """
                    Name, e-mail, phone and birthday are replaced by "Erased member <id>",
                    "erased-<id>@invalid" and nothing. Needs --yes; cannot be undone.
                    - In the database: every address they had is replaced in their recorded
                    events; an event key holding one (newsletter:zoe@example.com) becomes
                    redacted:<HMAC-SHA-256 of the key> under a secret of this database, so the
                    same event sent again still earns nothing twice (each such ledger rewrite is
                    logged in ledger_redactions). Texts about them (activity reasons, audit lines)
                    have the name, e-mail and phone they had when the text was written replaced by
                    [erased]. Their queued e-mails are deleted. Balances, totals, coupons and
                    orders stay, so loyalty check passes as before.
                    - In the files: deleted data is zeroed, the search index is merged, and the
                    write-ahead log is emptied into the file. When another process keeps reading
                    an older snapshot, it says how many pages still hold their details and until
                    when.
                    - Backups made before keep everything; restoring one erases them again.
                    - Outside Loyalty: exports, published pages and e-mails already sent are not
                    touched; the next page export deletes their page.
                    """,
                examples: ["loyalty member erase zoe@example.com --yes"]) { invocation in
            let email = invocation.argument(0)
            let store = try invocation.openStore()
            let member: Member
            do {
                member = try store.member(email: email)
            } catch let error as LoyaltyError where error.category == .notFound {
                throw Failure(message: invocation.words.text("no member has the e-mail {email}; nothing was erased", ["email": .text(email)]))
            }
            guard invocation.flag("--yes") else {
                throw Failure(message: invocation.words.text("erasing {email} removes their name, e-mail, phone and birthday for good (their points history stays under member {id}); run again with --yes to do it. Nothing was changed.",
                                                             ["email": .text(member.email), "id": .integer(member.id)]))
            }
            let erasure = try store.erase(email: member.email)
            let program = try store.program()
            let words = invocation.words
            Console.out(words.text("Erased member {id}: now \"{name}\" <{email}>; {reasons} and {keys} rewritten; balance {balance} and history kept.", [
                "id": .integer(erasure.memberID), "name": .text(erasure.name), "email": .text(erasure.email),
                "reasons": .text(words.plural("{count} activity reason", "{count} activity reasons", count: Int64(erasure.redactedEntries),
                                              ["count": .integer(Int64(erasure.redactedEntries))])),
                "keys": .text(words.plural("{count} event key", "{count} event keys", count: Int64(erasure.redactedKeys), ["count": .integer(Int64(erasure.redactedKeys))])),
                "balance": .points(member.balance, named: program.pointsName)]))
            Console.out(filesReport(erasure.files, path: store.path, words))
        }
    }

    /// What the database's files still hold of an erased person, in words.
    static func filesReport(_ files: ErasureFiles, path: String, _ words: Localizer) -> String {
        switch files {
        case .notChecked, .inMemory, .clean:
            return words.text("The database file and its write-ahead log hold nothing of their old details (checkpointed and checked).")
        case .waitingForReaders(let logPages, let notCopied):
            let pages = { (count: Int) in words.plural("{count} page", "{count} pages", count: Int64(count), ["count": .integer(Int64(count))]) }
            return words.text("Another process (e.g. an open dashboard, a backup or an export) is still reading the database as it was, so {path}-wal keeps {log} that hold their old details and {path} the old versions of {file} not yet overwritten. They go once that reading has ended and every Loyalty process using the database has closed (the last one to close empties the log into the file).",
                              ["path": .text(path), "log": .text(pages(logPages)), "file": .text(pages(notCopied))])
        }
    }
}
