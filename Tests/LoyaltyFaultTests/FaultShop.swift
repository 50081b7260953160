import Foundation
import LoyaltyCore
import LoyaltyStore

/// The programme the fault tests run against: Café Zoë counting Stars in EUR, launched, with 10
/// Stars per whole euro on orders, 5 per review, the custom action "Follow us" (20), a €5-off reward
/// for 100 Stars, and `members` members named "Member 0001"… (member1@example.com…). Its owner is
/// the OS user running the tests, so the binary the tests start may change it too.
enum FaultShop {
    @discardableResult
    static func create(at path: String, members: Int = 0) throws -> Store {
        let store = try Store(path: path)
        try store.updateProgram(ProgramUpdate(name: "Café Zoë", pointsName: "Stars", currency: "EUR"))
        _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: euros(100))))
        _ = try store.addRule(EarningRule(kind: .review, award: .fixed(5)))
        _ = try store.addRule(EarningRule(kind: .custom, name: "Follow us", award: .fixed(20)))
        _ = try store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(euros(500))))))
        _ = try store.launch()
        for n in stride(from: 1, through: members, by: 1) {
            _ = try store.addMember(MemberDetails(name: String(format: "Member %04d", n), email: "member\(n)@example.com"), status: .member)
        }
        return store
    }

    static func euros(_ cents: Int64) -> Money { Money(minorUnits: cents, currency: .euro) }
}

/// WooCommerce orders as JSON-lines, one per id in `ids`, bought by `customers` people
/// (customer0@example.com…), every 20th partly refunded: the shape of `loyalty import woocommerce`'s
/// input. The same id always makes the same order, so two files with overlapping ids agree.
func wooOrders(_ ids: ClosedRange<Int>, customers: Int) -> String {
    var text = ""
    let money = { (cents: Int) in "\(cents / 100).\(String(format: "%02d", cents % 100))" }
    for i in ids {
        let customer = (i * 7919) % max(1, customers)
        let items = 500 + (i * 37) % 20000, tax = items * 21 / 100, shipping = i % 3 == 0 ? 0 : 495
        let total = items + tax + shipping
        let refunds = i % 20 == 0 ? "{\"id\":\(9_000_000 + i),\"total\":\"-\(money(total / 4))\"}" : ""
        text += "{\"id\":\(i),\"status\":\"completed\",\"currency\":\"EUR\",\"date_paid\":\"2026-03-01T10:05:00\",\"shipping_total\":\"\(money(shipping))\","
            + "\"total\":\"\(money(total))\",\"total_tax\":\"\(money(tax))\",\"billing\":{\"first_name\":\"Customer\",\"last_name\":\"N\(customer)\","
            + "\"email\":\"customer\(customer)@example.com\"},\"refunds\":[\(refunds)]}\n"
    }
    return text
}
