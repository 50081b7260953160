import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyText
import ShopSync

/// `loyalty sync [--every 5m]`: the orders (and customers) changed in the connected shop since the last sync.
enum SyncCommand {
    static var command: Command {
        Command(name: "sync", summary: "read the orders and customers changed in the connected shop since the last sync",
                options: [Option("--every", "DURATION", "sync again every DURATION (30s, 5m, 1h; at least 10s) until stopped"),
                          Option("--signup-points", "award|skip", "give the sign-up points to customers who become members (default skip)"), .json],
                details: """
                    Asks the shop connected with `loyalty shop connect` for what changed since the
                    last sync and applies it exactly as `loyalty import` would: every order earns,
                    is refunded and is cancelled once, however often it is read; customers become
                    members as with `loyalty import customers`. WooCommerce: the REST API v3;
                    Shopify: the Admin API 2024-10. Orders first, then customers.

                    Each page (100 WooCommerce orders, 250 Shopify orders) is applied in one
                    transaction together with the position after it, so a sync stopped at any
                    moment (Ctrl-C, a reboot, kill -9) and run again misses nothing and counts
                    nothing twice. Only https:// addresses are asked.

                    Answers "too many requests" (429) and "failed" (5xx), and no answer at all, are
                    asked again up to 5 times, waiting as the shop's Retry-After says or 1, 2, 4, 8
                    seconds. A refused key (401, 403) stops at once: the key was revoked; connect
                    again. Why a sync stopped is kept as the connection's last error (`loyalty shop
                    status`, the dashboard's Program section); a sync that read everything clears it.

                    Then the coupons go back to the shop: each coupon issued here since is created
                    there (one use, the reward's kind, amount and minimum; on WooCommerce for the
                    member's e-mail only), each voided or expired one removed, each exactly once;
                    an order that used a Loyalty coupon marks it used here. A push that fails is
                    tried again by a later sync (after 1 minute, doubling up to an hour).

                    On a terminal a progress bar shows the pages as they are read; otherwise one
                    summary line. Exit 1, with the reason, when the sync stops. From cron, every
                    five minutes (crontab -e, as the account that connected the shop):
                      */5 * * * * loyalty --db /srv/shop/loyalty.db sync >>/var/log/sync.log 2>&1
                    or in the foreground: loyalty sync --every 5m (a failure that may pass, the
                    shop busy or unreachable, waits for the next round; any other stops it).
                    """,
                examples: ["loyalty sync", "loyalty sync --every 5m"]) { invocation in
            try run(invocation)
        }
    }

    private static func run(_ invocation: Invocation) throws {
        let every = try invocation.string("--every").map { try interval($0, invocation) }
        let signupPoints = try invocation.string("--signup-points").map { try invocation.choice($0, "--signup-points", as: SignupPoints.self) } ?? .skip
        let store = try invocation.openStore()
        let syncer = ShopSyncer(store: store, signupPoints: signupPoints)
        guard let every else { return try once(syncer, store, invocation) }
        while true {
            do {
                try once(syncer, store, invocation)
            } catch LoyaltyError.shop(let refusal) where refusal.mayPass {
                Console.complain(CommandHints.wording(.shop(refusal), invocation.words))
            }
            Thread.sleep(forTimeInterval: every)
        }
    }

    private static func once(_ syncer: ShopSyncer, _ store: Store, _ invocation: Invocation) throws {
        let title = try store.shopConnection()?.title ?? ""
        let words = invocation.words
        let progress = !invocation.json && isatty(STDERR_FILENO) == 1 ? SyncProgress(shop: title, words: words) : nil
        let report: SyncReport
        do {
            report = try syncer.run { resource, read, remaining in progress?.show(resource, read: read, remaining: remaining) }
        } catch let refused as ImportRefused {
            progress?.finish()
            for problem in refused.problems { Console.complain(problem.description) }
            throw Failure(message: words.text("the shop sent orders that cannot be imported (above); nothing of that page was applied, and the next sync starts there again"))
        } catch {
            progress?.finish()
            throw error
        }
        progress?.finish()
        let coupons = try CouponPusher(store: store).run()
        let orders = report.orders
        if invocation.json {
            return try JSON.print([
                "coupons_created": coupons.created, "coupons_removed": coupons.removed, "coupons_failed": coupons.failed,
                "coupons_used": orders.couponsUsed,
                "shop": title, "pages": report.pages, "orders": orders.rows, "earned": orders.earned, "points": orders.points,
                "not_awarded": orders.notAwarded, "reversals": orders.reversals, "points_reversed": orders.pointsReversed,
                "already_applied": orders.duplicates, "passed_over": orders.passedOver, "visitors_created": orders.visitorsCreated,
                "customers": JSON.orNull(report.customers?.rows), "members_created": JSON.orNull(report.customers?.created),
                "members_updated": JSON.orNull(report.customers.map { $0.updated + $0.joined + $0.linked }),
            ] as JSONObject)
        }
        Console.out(summary(report, coupons, shop: title, pointsName: try store.program().pointsName, words) + ".")
        if coupons.failed > 0, let backlog = try? store.couponPushBacklog() {
            // The reason is kept as it was worded when the push failed.
            Console.complain(words.plural("{count} coupon could not be pushed to the shop and will be tried again by a later sync: {reason}",
                                          "{count} coupons could not be pushed to the shop and will be tried again by a later sync: {reason}",
                                          count: Int64(coupons.failed), ["reason": .text(backlog.lastError ?? "")]))
        }
        for changed in orders.changed {
            Console.complain(words.text("changed in the shop after it earned (the earlier result stands): {order}", ["order": .text(changed)]))
        }
    }

    /// The summary line: what was read of the orders and the customers, and the coupons that went to the shop.
    private static func summary(_ report: SyncReport, _ coupons: CouponPushReport, shop: String, pointsName: String, _ words: Localizer) -> String {
        let orders = report.orders
        var line = words.plural("Synced {shop}: {count} order read ({earned} earned {points}, {reversed} refunded or cancelled, {repeated} already applied, {unpaid} not paid yet)",
                                "Synced {shop}: {count} orders read ({earned} earned {points}, {reversed} refunded or cancelled, {repeated} already applied, {unpaid} not paid yet)",
                                count: Int64(orders.rows), ["shop": .text(shop), "earned": .grouped(Int64(orders.earned)), "points": .points(orders.points, named: pointsName),
                                                            "reversed": .grouped(Int64(orders.reversals)), "repeated": .grouped(Int64(orders.duplicates)),
                                                            "unpaid": .grouped(Int64(orders.passedOver))])
        if let customers = report.customers {
            line += words.plural(", {count} customer read (members: {created} new, {updated} updated)", ", {count} customers read (members: {created} new, {updated} updated)",
                                 count: Int64(customers.rows), ["created": .grouped(Int64(customers.created)),
                                                                "updated": .grouped(Int64(customers.updated + customers.joined + customers.linked))])
        }
        if coupons.created + coupons.removed + orders.couponsUsed > 0 {
            line += words.text("; coupons: {created} created in the shop, {removed} removed there, {used} used there",
                               ["created": .grouped(Int64(coupons.created)), "removed": .grouped(Int64(coupons.removed)), "used": .grouped(Int64(orders.couponsUsed))])
        }
        return line
    }

    /// Seconds in "30s", "5m", "1h": at least 10.
    private static func interval(_ text: String, _ invocation: Invocation) throws -> Double {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3_600]
        guard let unit = text.last.flatMap({ units[$0] }), let number = Int(text.dropLast()), number > 0, Double(number) * unit >= 10,
              Double(number) * unit <= 86_400 else {
            throw invocation.usage(invocation.words.text("--every takes a duration of 10s to 24h like 30s, 5m or 1h (got \"{text}\")", ["text": .text(text)]))
        }
        return Double(number) * unit
    }
}

extension ShopRefusal {
    /// A failure the next round of `sync --every` may not meet: the shop busy or out of reach.
    var mayPass: Bool {
        switch self {
        case .shopUnavailable, .shopUnreachable: return true
        default: return false
        }
    }
}
