import Foundation
import LoyaltyCore
import XCTest

final class CountingTests: XCTestCase {
    func testOneIsSingularAndEveryOtherNumberPlural() {
        XCTAssertEqual(Counting.count(1, "person", "people"), "1 person")
        XCTAssertEqual(Counting.count(0, "person", "people"), "0 people")
        XCTAssertEqual(Counting.count(3, "lot"), "3 lots")
        XCTAssertEqual(Counting.points(1, named: "Stars"), "1 Star")
        XCTAssertEqual(Counting.points(-1, named: "Stars"), "-1 Star")
        XCTAssertEqual(Counting.points(40, named: "Stars"), "40 Stars")
    }

    func testTheSingularOfAPointsNameDropsOneFinalS() {
        XCTAssertEqual(["Stars", "Points", "Cookies", "BEANS", "Glass", "Karma", "星", "s"].map(Counting.singular(ofPointsName:)),
                       ["Star", "Point", "Cookie", "BEAN", "Glass", "Karma", "星", "s"])
    }

    func testAStatusReadsAfterIs() {
        XCTAssertEqual(MemberStatus.allCases.map(\.phrase), ["a member", "a visitor", "pending"])
    }
}

final class PagesCountingTests: XCTestCase {
    func testMyRewardsSaysOneStarToGo() {
        let member = Member(id: 1, details: MemberDetails(name: "Zoë Jansen", email: "zoe@example.com"), status: .member, tierID: 1, tierName: "Base",
                            balance: 1, earnedTotal: 1, redeemedTotal: 0, referralCode: "K7M2QXPA", referredBy: nil, joined: Date(), lastActivity: nil)
        let reward = Reward(id: 1, name: "Sticker", kind: .fixed(FixedReward(cost: 2, discount: .freeProduct(sku: "STICKER"))))
        let page = MyRewardsPage.document(member: member, coupons: [], program: Program(name: "Café Zoë", pointsName: "Stars", status: .active),
                                          rewards: [reward], tiers: [])
        XCTAssertEqual(page.intro.first?.text, "You have 1 ★ Star · Base tier")
        XCTAssertEqual(page.sections.first?.items.map(\.text), ["Sticker (A free product for 2 Stars): 1 Star to go"])
    }
}

final class EmailCountingTests: XCTestCase {
    func testAnEMailSaysOneStarAfterTheNumberOne() {
        let template = EmailTemplate(subject: "You earned {points} {points_name}", body: "{balance} {points_name}; 21 {points_name}; 1.1 {points_name}")
        let filled = template.filled(with: ["points": "1", "balance": "-1", "points_name": "Stars"])
        XCTAssertEqual(filled.subject, "You earned 1 Star")
        XCTAssertEqual(filled.body, "-1 Star; 21 Stars; 1.1 Stars")
    }
}
