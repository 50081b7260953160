import XCTest
import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI

/// The dashboard words the store's refusals without naming a command line: the person is in the
/// dashboard, where `loyalty …` cannot be typed.
final class DashboardErrorWordingTests: XCTestCase {
    func testRefusalsThatTheCommandLineHintsAtNameNoCommandHere() {
        let refusals: [LoyaltyError] = [
            .reward(.noSuchID(9)), .rule(.noSuchID(9)), .rule(.noneOfKind(.booking)), .rule(.severalOfKind(.custom)),
            .campaign(.noSuchID(9)), .mail(.noSuchMessage(9)), .member(.noSuchEmail("ann@example.com")),
            .member(.alreadyInProgramme(email: "ann@example.com")), .access(.viewerMayOnlyLook(user: "vic")),
            .access(.staffMayNotChange(user: "sam", kind: .programme)), .access(.onlyOwner(user: "olga")),
            .access(.noSuchUser(user: "bob")), .access(.alreadyAUser(user: "sam", role: .staff, requested: .owner)),
            .database(.totalsTooLarge(totals: .unredeemed)), .event(.negativeAmount(try! Money.parse("-5.00", currency: .euro))),
            .demo(.databaseNotEmpty),
        ]
        for refusal in refusals {
            let text = DashboardErrorWording.text(refusal)
            XCTAssertTrue(text.hasPrefix(refusal.description), text)
            XCTAssertFalse(text.contains("`loyalty"), text)
        }
    }

    func testTheDashboardAddsItsOwnHintWhereOneHelps() {
        XCTAssertEqual(DashboardErrorWording.text(LoyaltyError.member(.alreadyInProgramme(email: "ann@example.com"))),
                       "ann@example.com is already in the programme; press / to find them")
        XCTAssertEqual(DashboardErrorWording.text(LoyaltyError.reward(.noSuchID(9))), "no reward with id 9")
        XCTAssertEqual(DashboardErrorWording.text(LoyaltyError.redeeming(.needsOrderTotal)),
                       "the flexible reward needs the order total to work out the discount; type it in Order total")
        XCTAssertEqual(DashboardErrorWording.text(LoyaltyError.redeeming(.noActiveReward)), "there is no active reward to redeem; add one in Rewards")
    }

    func testTheStoresRefusalOfANegativeAmountNamesNoCommandInTheDashboard() throws {
        let store = try Store.inMemory(actor: "anna")
        try DashboardDriver.nameTheShop(store, now: DashboardDriver.today)
        let negative = EarningEvent(kind: .order, externalID: "1042", email: "zoe@example.com", amount: try Money.parse("-5.00", currency: .euro))
        XCTAssertThrowsError(try store.record(negative)) { error in
            XCTAssertEqual(DashboardErrorWording.text(error), "an amount cannot be negative (got -5.00)")
        }
    }
}
