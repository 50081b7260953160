import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// My Rewards tells each member only what the programme would let them do: for members of every
/// status, tier and balance, against every kind of reward, a line that says "yours to redeem" is one
/// the redemption accepts, and a line that says what is missing names what the redemption refuses.
final class MyRewardsTruthTests: XCTestCase {
    /// A member as the test makes them: a status, points given by hand, and points taken away again
    /// (a Gold member who spent most of what they earned stays Gold).
    private struct Profile: CustomStringConvertible {
        let status: MemberStatus
        let given: Points
        let removed: Points
        var description: String { "\(status.rawValue) given \(given) removed \(removed)" }
    }

    private static let profiles: [Profile] = [MemberStatus.member, .visitor, .pending].flatMap { status in
        [(0, 0), (1, 0), (350, 0), (900, 0), (1_200, 0), (1_200, 1_100)].map { Profile(status: status, given: $0.0, removed: $0.1) }
    }

    /// A launched programme with a Gold tier and one reward of each kind; the shown rewards' names.
    private func shop(_ profile: Profile) throws -> (store: Store, rewards: [Reward]) {
        let store = try Store.inMemory(actor: "tester")
        try store.updateProgram(ProgramUpdate(name: "Café Zoë", pointsName: "Stars"))
        _ = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: eur("1"))))
        let gold = try store.addTier(Tier(name: "Gold", threshold: 1_000, multiplier: 150))
        let rewards = try [
            Reward(name: "Free coffee", kind: .fixed(FixedReward(cost: 300, discount: .freeProduct(sku: "COFFEE-REG"))), description: "A regular coffee"),
            Reward(name: "10% off", kind: .fixed(FixedReward(cost: 800, discount: .percentOff(10), minimumSubtotal: eur("25")))),
            Reward(name: "Gold beans", kind: .fixed(FixedReward(cost: 600, discount: .salePrice(sku: "BEANS-1KG", price: eur("9.99")), minimumTierID: gold.id)),
                   description: "A 1 kg bag of house beans at 9.99 EUR"),
            Reward(name: "Free shipping", kind: .fixed(FixedReward(cost: 100, discount: .freeShipping)), active: false),
            Reward(name: "Pay with Stars", kind: .flexible(FlexibleReward(points: 10, value: eur("0.05"), minimumPoints: 1, maximumDiscount: .percentOfOrder(50)))),
        ].map(store.addReward)
        try store.launch()
        try store.addMember(MemberDetails(name: "Zoë Jansen", email: "zoe@example.com"), status: profile.status)
        if profile.given > 0 { try store.gift("zoe@example.com", profile.given) }
        if profile.removed > 0 { _ = try store.remove(email: "zoe@example.com", points: profile.removed, reason: "test") }
        return (store, rewards)
    }

    /// The line My Rewards shows for the reward called `name`.
    private func line(_ store: Store, reward name: String) throws -> PageItem? {
        let member = try store.member(email: "zoe@example.com")
        let page = try store.read { try $0.pageSource().myRewardsPage(member, coupons: []) }
        return page.sections.first { $0.heading == "Rewards" }?.items.first { $0.text.hasPrefix("\(name) (") }
    }

    func testEveryLineIsWhatARedemptionAttemptDoes() throws {
        var checked = 0
        for profile in Self.profiles {
            for name in ["Free coffee", "10% off", "Gold beans", "Pay with Stars"] {
                let (store, rewards) = try shop(profile)
                let reward = try XCTUnwrap(rewards.first { $0.name == name })
                let what = "\(profile), \(name)"
                let item = try XCTUnwrap(try line(store, reward: name), "\(what): no line")
                let member = try store.member(email: "zoe@example.com")
                XCTAssertFalse(item.text.contains("COFFEE-REG") || item.text.contains("BEANS-1KG"), "\(what): a SKU on the page: \(item.text)")
                let order = reward.isFlexible ? eur("1000") : name == "10% off" ? eur("25") : nil
                let outcome = Result { try store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: reward.id, orderTotal: order)) }
                switch outcome {
                case .success(let coupon):
                    XCTAssertEqual(item.marker, .check, "\(what): redeemed, but the page said: \(item.text)")
                    XCTAssertTrue(item.text.contains(": yours to redeem") || item.text.contains(": your \(Limits.grouped(member.balance)) Stars are worth"), "\(what): \(item.text)")
                    if reward.isFlexible { XCTAssertTrue(item.text.hasSuffix("are worth \(coupon.description.dropLast(4))"), "\(what): \(item.text) vs \(coupon.description)") }
                    if name == "10% off" {
                        XCTAssertTrue(item.text.contains("on an order of €25.00 or more"), "\(what): the minimum order is not said: \(item.text)")
                    }
                case .failure(let error):
                    XCTAssertEqual(item.marker, .bullet, "\(what): refused (\(error)), but the page said: \(item.text)")
                    let message = String(describing: error)
                    if message.contains("only members can redeem") {
                        XCTAssertTrue(item.text.contains("members only: join to redeem"), "\(what): \(item.text)")
                    } else if message.contains("is for Gold and above") {
                        XCTAssertTrue(item.text.contains("reach Gold to redeem (you are Base)"), "\(what): \(item.text)")
                    } else {
                        let needed = RedemptionRules.pointsNeeded(for: reward)
                        XCTAssertTrue(message.contains("has \(Counting.points(member.balance, named: "Stars"))"), "\(what): \(message)")
                        XCTAssertTrue(item.text.contains("\(CustomerLanguage.english.points(needed - member.balance, named: "Stars")) to go"), "\(what): \(item.text) (\(message))")
                    }
                }
                checked += 1
            }
            let (store, _) = try shop(profile)
            XCTAssertNil(try line(store, reward: "Free shipping"), "\(profile): an inactive reward is offered")
        }
        XCTAssertEqual(checked, Self.profiles.count * 4)
    }

    func testAMemberInDebtIsToldThePointsToGoFromWhereTheyAre() throws {
        let (store, rewards) = try shop(Profile(status: .member, given: 0, removed: 0))
        try store.order("1042", "zoe@example.com", "40")
        _ = try store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: try XCTUnwrap(rewards.first?.id)))
        _ = try store.refund(RefundRequest(orderRef: "1042"))
        let balance = try store.balance("zoe@example.com")
        XCTAssertLessThan(balance, 0)
        XCTAssertEqual(try line(store, reward: "Free coffee")?.text, "Free coffee (A regular coffee for 300 Stars): \(300 - balance) Stars to go")
        XCTAssertTrue(errorMessage { _ = try store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: rewards[0].id)) }.contains("needs a positive balance"))
    }

    func testWhileTheProgrammeIsPausedNoLineOffersARedemption() throws {
        let (store, rewards) = try shop(Profile(status: .member, given: 1_200, removed: 0))
        try store.pause()
        for reward in rewards where reward.active {
            let item = try XCTUnwrap(try line(store, reward: reward.name))
            XCTAssertEqual(item.marker, .bullet, item.text)
            XCTAssertTrue(item.text.hasSuffix(": redeeming is paused for now"), item.text)
            let attempt = errorMessage { _ = try store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: reward.id, orderTotal: eur("1000"))) }
            XCTAssertEqual(attempt, "the programme is paused, so nothing can be redeemed; launch or resume it first")
        }
    }

    func testTheLinesAMemberReadsSayWhatIsMissingInTheirWords() throws {
        let (store, _) = try shop(Profile(status: .member, given: 350, removed: 0))
        XCTAssertEqual(try line(store, reward: "Free coffee")?.text, "Free coffee (A regular coffee for 300 Stars): yours to redeem")
        XCTAssertEqual(try line(store, reward: "10% off")?.text, "10% off (10% off for 800 Stars, on orders of €25.00 or more): 450 Stars to go")
        XCTAssertEqual(try line(store, reward: "Gold beans")?.text,
                       "Gold beans (A 1 kg bag of house beans at 9.99 EUR for 600 Stars, for Gold members and above): 250 Stars to go; reach Gold to redeem (you are Base)")
        XCTAssertEqual(try line(store, reward: "Pay with Stars")?.text,
                       "Pay with Stars (10 Stars = €0.05 off your order, at most 50% of the order): your 350 Stars are worth €1.75")
        let (empty, _) = try shop(Profile(status: .member, given: 1, removed: 0))
        XCTAssertEqual(try line(empty, reward: "Pay with Stars")?.text,
                       "Pay with Stars (10 Stars = €0.05 off your order, at most 50% of the order): 1 Star to go")
    }
}
