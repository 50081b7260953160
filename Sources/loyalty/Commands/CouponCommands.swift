import LoyaltyCore
import LoyaltyStore
import LoyaltyText

/// `loyalty coupon list|use|void`: coupons issued by redemptions.
enum CouponCommands {
    static var command: Command {
        Command(name: "coupon", summary: "coupons: list, use, void, export",
                details: """
                    A redemption issues a coupon for the shop. Coupon codes are 12 characters
                    without look-alikes (no 0/O/1/I/L); dashes and spaces in a code typed are
                    ignored. "use" marks it used (the shop accepted it); "void" gives back its
                    points not returned yet.
                    """,
                subcommands: [list, use, void, CouponExportCommand.command])
    }

    static var list: Command {
        Command(name: "list", summary: "list coupons, newest first",
                options: [Option("--member", "EMAIL", "only this member's coupons"),
                          Option("--state", CouponState.allCases.map(\.rawValue).joined(separator: "|"), "only coupons in this state"),
                          Option("--limit", "N", "show at most N (default 100)"), .json],
                examples: ["loyalty coupon list --member zoe@example.com --state issued"]) { invocation in
            let state = try invocation.string("--state").map { try invocation.choice($0, "--state", as: CouponState.self) }
            let limit = try invocation.limit(default: 100)
            let store = try invocation.openStore()
            let coupons: [CouponRecord]
            if let email = invocation.string("--member") {
                coupons = Array(try store.coupons(memberID: try store.member(email: email).id).filter { state == nil || $0.state == state }.prefix(limit))
            } else {
                coupons = try store.coupons(state: state, limit: limit)
            }
            var emails: [Int64: String] = [:]
            for id in Set(coupons.map(\.memberID)) { emails[id] = try store.member(id: id).email }
            if invocation.json { return try JSON.print(coupons.map { json($0, email: emails[$0.memberID] ?? "") }) }
            let words = invocation.words
            var table = Table([words.text("CODE"), words.text("STATE"), words.text("MEMBER"), words.text("REWARD"), words.text("GIVES"),
                               words.text("POINTS"), words.text("ISSUED"), words.text("ORDER")], numeric: [5])
            for coupon in coupons {
                table.add([coupon.code, DomainNames.couponState(coupon.state, words), emails[coupon.memberID] ?? "", coupon.rewardName, coupon.description,
                           String(coupon.points), Formats.date(coupon.issued), coupon.orderRef ?? ""])
            }
            table.print(empty: words.text("No coupons found."))
        }
    }

    static var use: Command {
        Command(name: "use", summary: "mark an issued coupon used (the shop accepted it)", arguments: ["CODE"],
                examples: ["loyalty coupon use K7M2QXPAHR4T"]) { invocation in
            let coupon = try invocation.openStore().useCoupon(code: invocation.argument(0))
            Console.out(invocation.words.text("Coupon {code} ({gives}) is now used.", ["code": .text(coupon.code), "gives": .text(coupon.description)]))
        }
    }

    static var void: Command {
        Command(name: "void", summary: "void an issued coupon and give its points back", arguments: ["CODE"],
                examples: ["loyalty coupon void K7M2QXPAHR4T"]) { invocation in
            let store = try invocation.openStore()
            let coupon = try store.voidCoupon(code: invocation.argument(0))
            let member = try store.member(id: coupon.memberID)
            Console.out(invocation.words.text("Coupon {code} is now voided; its points went back to {email}, who has {balance}.",
                                              ["code": .text(coupon.code), "email": .text(member.email),
                                               "balance": .points(member.balance, named: try store.program().pointsName)]))
        }
    }

    static func json(_ coupon: CouponRecord, email: String) -> JSONObject {
        ["code": coupon.code, "state": coupon.state.rawValue, "email": email, "reward": coupon.rewardName, "description": coupon.description,
         "discount_type": coupon.discountType, "points": coupon.points, "order": JSON.orNull(coupon.orderRef),
         "issued": Formats.jsonDate(coupon.issued)]
    }
}
