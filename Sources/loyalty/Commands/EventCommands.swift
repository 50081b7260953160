import LoyaltyCore
import LoyaltyStore

/// `loyalty event <kind>` records what a customer did, once per id; `loyalty refund` takes back an order's points.
enum EventCommands {
    static var command: Command {
        let others = EarningKind.allCases.filter { $0 != .order && $0 != .signup && $0 != .referral }
        return Command(name: "event", summary: "record what a customer did (an order, a review, …); each id counts once",
                       details: """
                           Sign-up and referral points are awarded by the programme itself. An unknown
                           e-mail is added as a visitor. Each id counts once: the same id again changes
                           nothing and prints the first result; the same id with different details is
                           refused. When the programme is not active, the event is recorded as not
                           awarded, with the reason.
                           """,
                       subcommands: [order] + others.map(event))
    }

    /// `--at`: when it happened; an event recorded later keeps its own date.
    static let atOption = Option("--at", "DATE", "when it happened: 2025-03-14, \"2025-03-14 09:30\" or 2025-03-14T09:30:00+01:00 (default: now)")

    private static let personOptions = [
        Option("--email", "EMAIL", "the customer's e-mail (required)"),
        Option("--name", "TEXT", "their name, used when they are new"),
    ]

    static var order: Command {
        Command(name: "order", summary: "record an order; a paid order earns points on its subtotal",
                options: personOptions + [Option("--order", "REF", "the order number (required; each counts once)"),
                                          Option("--subtotal", "AMOUNT", "the subtotal without shipping and tax (required)"),
                                          Option("--paid", "the order is paid (unpaid orders earn nothing and are not recorded)"), atOption, .json],
                details: """
                    The order's idempotency key is order:REF: the same order again changes nothing
                    and prints the first result; the same order with different details is refused.
                    An order without --paid earns nothing and is not recorded (exit 0). When the
                    programme is not active, the event is recorded as not awarded, with the reason.
                    With --at, the order is dated when it was placed: campaigns, the daily
                    maximum, the tier window and expiry count from then (see Dates in the README).
                    """,
                examples: ["loyalty event order --email zoe@example.com --order 1042 --subtotal 49.99 --paid",
                           "loyalty event order --email zoe@example.com --order 977 --subtotal 20.00 --paid --at 2025-12-14"]) { invocation in
            let email = try invocation.required("--email"), ref = try invocation.required("--order")
            let subtotalText = try invocation.required("--subtotal")
            let store = try invocation.openStore()
            let subtotal = try invocation.money(subtotalText, "--subtotal", currency: try store.program().currency)
            let moment = try invocation.moment("--at")
            guard invocation.flag("--paid") else {
                return Console.out(invocation.words.text("Order {order} is not paid: unpaid orders earn nothing, so nothing was recorded. Record it with --paid once it is paid.",
                                                         ["order": .text(ref)]))
            }
            let event = EarningEvent(kind: .order, externalID: ref, email: email, name: invocation.string("--name"), amount: subtotal, occurredAt: moment)
            try report(try store.record(event), store, invocation)
        }
    }

    private static func event(_ kind: EarningKind) -> Command {
        var options = personOptions + [Option("--id", "ID", "your id for this event (required; each counts once)")]
        if kind.canEarnPerSpend { options.append(Option("--amount", "AMOUNT", "the amount spent, when the rule earns per amount")) }
        if kind == .custom { options.append(Option("--action", "NAME", "the custom action's name, as in `loyalty rule list` (required)")) }
        options.append(atOption)
        let example = kind == .custom ? " --action \"Follow us on Instagram\"" : kind.canEarnPerSpend ? " --amount 35.00" : ""
        return Command(name: kind.rawValue, summary: "record: \(kind.label.lowercased())", options: options + [.json],
                       examples: ["loyalty event \(kind.rawValue) --email zoe@example.com --id \(kind.rawValue)-17\(example)"]) { invocation in
            let email = try invocation.required("--email"), id = try invocation.required("--id")
            let action = kind == .custom ? try invocation.required("--action") : nil
            let store = try invocation.openStore()
            let amount = try invocation.money("--amount", currency: try store.program().currency)
            let event = EarningEvent(kind: kind, externalID: id, email: email, name: invocation.string("--name"), amount: amount, action: action,
                                     occurredAt: try invocation.moment("--at"))
            try report(try store.record(event), store, invocation)
        }
    }

    /// What an event did: points earned, or why none; for a repeated id, the first result.
    private static func report(_ outcome: EventOutcome, _ store: Store, _ invocation: Invocation) throws {
        let member = try store.member(id: outcome.memberID)
        if invocation.json {
            return try JSON.print(["key": outcome.key, "email": member.email, "points": outcome.points, "awarded": outcome.awarded,
                                   "message": outcome.message, "duplicate": outcome.duplicate, "balance": member.balance] as JSONObject)
        }
        let program = try store.program()
        let values: [String: SentenceValue] = ["key": .text(outcome.key), "email": .text(member.email), "outcome": .text(outcome.message),
                                               "points": .points(outcome.points, named: program.pointsName),
                                               "balance": .points(member.balance, named: program.pointsName)]
        let words = invocation.words
        // The outcome is kept with the event as the store recorded it (in English); the usual one,
        // points earned and nothing more, is worded here.
        let earnedOnly = outcome.awarded && outcome.message == "earned \(program.points(outcome.points))"
        switch (outcome.duplicate, earnedOnly) {
        case (false, true): Console.out(words.text("{key}: earned {points}. {email} has {balance}.", values))
        case (true, true): Console.out(words.text("{key} was recorded before (earned {points}); nothing changed. {email} has {balance}.", values))
        case (false, false): Console.out(words.text("{key}: {outcome}. {email} has {balance}.", values))
        case (true, false): Console.out(words.text("{key} was recorded before ({outcome}); nothing changed. {email} has {balance}.", values))
        }
    }

    static var refund: Command {
        Command(name: "refund", summary: "refund or cancel an order: take back its points, return points spent on it",
                options: [Option("--order", "REF", "the order number (required)"),
                          Option("--amount", "AMOUNT", "the amount refunded (needs --refund-id); without it the whole order is cancelled"),
                          Option("--refund-id", "ID", "your id for this refund, so it counts once"),
                          Option("--at", "DATE", "when it was refunded or cancelled, like --at of `loyalty event` (default: now)"), .json],
                details: """
                    Takes back floor(earned × refunded ÷ paid) of the points the order earned and
                    returns the same share of points spent on it (redeem --order). Without
                    --amount the whole order is cancelled. A partial refund needs its own
                    --refund-id, so that it counts once. The balance may go negative, which blocks
                    redeeming until it is positive again. Refunds of orders that never earned here
                    change nothing.
                    """,
                examples: ["loyalty refund --order 1042                               # cancel the whole order",
                           "loyalty refund --order 1042 --amount 25.00 --refund-id R1  # a partial refund"]) { invocation in
            let ref = try invocation.required("--order")
            if invocation.hasAny(["--amount"]), !invocation.hasAny(["--refund-id"]) {
                throw invocation.usage(invocation.words.text("a partial refund needs --refund-id, so recording it twice counts once"))
            }
            let store = try invocation.openStore()
            let amount = try invocation.money("--amount", currency: try store.program().currency)
            let outcome = try store.refund(RefundRequest(orderRef: ref, refundID: invocation.string("--refund-id"), amount: amount,
                                                         occurredAt: try invocation.moment("--at")))
            let member = try store.member(id: outcome.memberID)
            if invocation.json {
                return try JSON.print(["key": outcome.key, "email": member.email, "reversed": outcome.reversed, "returned": outcome.returned,
                                       "duplicate": outcome.duplicate, "balance": member.balance] as JSONObject)
            }
            let program = try store.program(), words = invocation.words
            let values: [String: SentenceValue] = ["key": .text(outcome.key), "email": .text(member.email),
                                                   "reversed": .points(outcome.reversed, named: program.pointsName),
                                                   "returned": .points(outcome.returned, named: program.pointsName),
                                                   "balance": .points(member.balance, named: program.pointsName)]
            Console.out(outcome.duplicate ? words.text("{key} was recorded before (took back {reversed}, returned {returned}); nothing changed. {email} has {balance}.", values)
                                          : words.text("{key}: took back {reversed}, returned {returned}. {email} has {balance}.", values))
        }
    }
}
