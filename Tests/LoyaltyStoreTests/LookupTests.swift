import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// The store's one lookup of a reward or a way to earn, which the command line uses too: what it
/// finds, and the typed refusal (no command named in it) when there is nothing to find.
final class LookupTests: XCTestCase {
    func testARewardIsFoundByIdOrRefusedAsNotFound() throws {
        let shop = try Shop()
        XCTAssertEqual(try shop.store.reward(id: shop.fiveOff.id), shop.fiveOff)
        XCTAssertThrowsError(try shop.store.reward(id: 99)) { error in
            XCTAssertEqual(error as? LoyaltyError, .reward(.noSuchID(99)))
            XCTAssertEqual((error as? LoyaltyError)?.category, .notFound)
            XCTAssertEqual("\(error)", "no reward with id 99")
        }
    }

    func testAMissingTierIsRefusedAsNotFoundWithoutNamingACommand() throws {
        let shop = try Shop()
        XCTAssertThrowsError(try shop.store.read { try $0.tier(id: 99) }) { error in
            XCTAssertEqual(error as? LoyaltyError, .tier(.noSuchID(99)))
            XCTAssertEqual("\(error)", "no tier with id 99")
        }
    }

    func testAWayToEarnIsFoundByIdOrByItsKind() throws {
        let shop = try Shop()
        XCTAssertEqual(try shop.store.rule(id: shop.orderRule.id), shop.orderRule)
        XCTAssertEqual(try shop.store.rule(kind: .order), shop.orderRule)
        XCTAssertThrowsError(try shop.store.rule(id: 42)) { error in
            XCTAssertEqual(error as? LoyaltyError, .rule(.noSuchID(42)))
            XCTAssertEqual("\(error)", "no way to earn with id 42")
        }
        XCTAssertThrowsError(try shop.store.rule(kind: .booking)) { error in
            XCTAssertEqual(error as? LoyaltyError, .rule(.noneOfKind(.booking)))
            XCTAssertEqual("\(error)", "there is no booking way to earn")
        }
    }

    func testSeveralCustomActionsAreNotFoundByTheirKind() throws {
        let shop = try Shop()
        try shop.store.addRule(EarningRule(kind: .custom, name: "Visit the shop", award: .fixed(5)))
        try shop.store.addRule(EarningRule(kind: .custom, name: "Share a photo", award: .fixed(5)))
        XCTAssertThrowsError(try shop.store.rule(kind: .custom)) { error in
            XCTAssertEqual(error as? LoyaltyError, .rule(.severalOfKind(.custom)))
            XCTAssertEqual("\(error)", "several custom ways to earn exist; name them by id")
        }
    }

    func testNoStoreRefusalNamesACommand() throws {
        let shop = try Shop()
        try shop.store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com"))
        let attempts: [() throws -> Void] = [
            { _ = try shop.store.reward(id: 99) },
            { _ = try shop.store.rule(id: 99) },
            { _ = try shop.store.campaign(id: 99) },
            { _ = try shop.store.member(email: "nobody@example.com") },
            { _ = try shop.store.addMember(MemberDetails(name: "Zoë", email: "zoe@example.com")) },
            { _ = try shop.store.outboxMessage(id: 99) },
            { try shop.store.removeUser("nobody") },
            { try shop.store.setRole(of: "tester", to: .staff) },
        ]
        for attempt in attempts {
            let message = errorMessage(attempt)
            XCTAssertNotEqual(message, "<no error>")
            XCTAssertFalse(message.contains("loyalty "), message)
        }
    }

    func testADamagedFileIsRefusedWithoutNamingACommand() throws {
        let path = try temporaryDirectory().appendingPathComponent("damaged.db").path
        try Data(repeating: 0x5A, count: 8192).write(to: URL(fileURLWithPath: path))
        let message = errorMessage { _ = try Store(path: path, create: false, actor: "tester") }
        XCTAssertTrue(message.hasSuffix("is not a Loyalty database, or it is damaged (file is not a database): nothing was changed"), message)
        XCTAssertFalse(message.contains("loyalty "), message)
    }

    func testAFlexibleRedemptionWithoutATotalNamesNoCommandLineOption() throws {
        let shop = try Shop()
        let flex = try shop.store.addReward(Reward(name: "Points off", kind: .flexible(FlexibleReward(points: 100, value: eur("1"), minimumPoints: 50))))
        try shop.member("zoe@example.com")
        XCTAssertThrowsError(try shop.store.redeem(RedeemRequest(email: "zoe@example.com", rewardID: flex.id))) { error in
            XCTAssertEqual(error as? LoyaltyError, .redeeming(.needsOrderTotal))
            XCTAssertEqual("\(error)", "the flexible reward needs the order total to work out the discount")
        }
    }
}
