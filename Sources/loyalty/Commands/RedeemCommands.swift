import LoyaltyCore
import LoyaltyStore

/// `loyalty redeem EMAIL --reward ID`: a member spends points on a reward and gets a coupon code.
enum RedeemCommands {
    static var command: Command {
        Command(name: "redeem", summary: "spend a member's points on a reward; prints the coupon code", arguments: ["EMAIL"],
                options: [Option("--reward", "ID", "the reward (required; `loyalty reward list` shows ids)"),
                          Option("--order-total", "AMOUNT", "the order total: needed for the flexible reward, checks a minimum subtotal"),
                          Option("--points", "N", "flexible reward: use at most N points"),
                          Option("--order", "REF", "the order the coupon is for, so refunding it returns the points"), .json],
                details: """
                    Only members (not visitors or pending) of an active programme can redeem. The
                    coupon code goes to standard output; what it gives and the balance left to
                    standard error. The flexible reward needs --order-total; it uses as many points
                    as the order, the balance and the reward's maximum allow (at most --points).
                    """,
                examples: ["loyalty redeem zoe@example.com --reward 1",
                           "loyalty redeem zoe@example.com --reward 2 --order-total 30.00 --order 1043"]) { invocation in
            let rewardID = try invocation.require(invocation.int("--reward"), "--reward")
            let store = try invocation.openStore()
            let program = try store.program()
            if invocation.string("--order-total") == nil, try store.rewards().contains(where: { $0.id == rewardID && $0.isFlexible }) {
                throw invocation.usage(invocation.words.text("--order-total is required for the flexible reward: the discount depends on the order, e.g. --order-total {example}",
                                                             ["example": .amount(Money(minorUnits: 30 * program.currency.minorPerUnit, currency: program.currency))]))
            }
            let request = RedeemRequest(email: invocation.argument(0), rewardID: rewardID,
                                        orderTotal: try invocation.money("--order-total", currency: program.currency),
                                        points: try invocation.int("--points"), orderRef: invocation.string("--order"))
            let coupon = try store.redeem(request)
            let member = try store.member(id: coupon.memberID)
            if invocation.json {
                var object = CouponCommands.json(coupon, email: member.email)
                object["balance"] = member.balance
                return try JSON.print(object)
            }
            Console.out(coupon.code)
            Console.error(invocation.words.text("{reward}: {gives} for {points}. {email} has {balance} left.",
                                                ["reward": .text(coupon.rewardName), "gives": .text(coupon.description), "email": .text(member.email),
                                                 "points": .points(coupon.points, named: program.pointsName), "balance": .points(member.balance, named: program.pointsName)]))
        }
    }
}
