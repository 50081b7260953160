import XCTest
import LoyaltyCore

final class RefundShareTests: XCTestCase {
    func testHalfARefundedOrderReversesHalfFloored() {
        XCTAssertEqual(pointsToReverse(earned: 49, paid: 4999, refundedSoFar: 2500, alreadyReversed: 0), 24) // 24.505
        XCTAssertEqual(pointsToReverse(earned: 40, paid: 4000, refundedSoFar: 2000, alreadyReversed: 0), 20)
    }

    func testPartialRefundsAccumulateToTheWholeEarning() {
        // three refunds of a third each: 33, then 66 - 33, then 100 - 66
        let first = pointsToReverse(earned: 100, paid: 3000, refundedSoFar: 1000, alreadyReversed: 0)
        let second = pointsToReverse(earned: 100, paid: 3000, refundedSoFar: 2000, alreadyReversed: first)
        let third = pointsToReverse(earned: 100, paid: 3000, refundedSoFar: 3000, alreadyReversed: first + second)
        XCTAssertEqual([first, second, third], [33, 33, 34])
    }

    func testManySmallRefundsNeverTakeMoreThanOneBigOne() {
        var reversed: Points = 0
        for cents in stride(from: Int64(1), through: 4999, by: 1) {
            reversed += pointsToReverse(earned: 49, paid: 4999, refundedSoFar: cents, alreadyReversed: reversed)
            XCTAssertEqual(reversed, 49 * cents / 4999)
        }
        XCTAssertEqual(reversed, 49)
    }

    func testRefundingMoreThanWasPaidCountsAsPaid() {
        XCTAssertEqual(pointsToReverse(earned: 40, paid: 4000, refundedSoFar: 9000, alreadyReversed: 0), 40)
        XCTAssertEqual(pointsToReverse(earned: 40, paid: 4000, refundedSoFar: 9000, alreadyReversed: 40), 0)
    }

    func testNothingToReverseForFreeOrdersOrOrdersThatEarnedNothing() {
        XCTAssertEqual(pointsToReverse(earned: 0, paid: 4000, refundedSoFar: 4000, alreadyReversed: 0), 0)
        XCTAssertEqual(pointsToReverse(earned: 10, paid: 0, refundedSoFar: 0, alreadyReversed: 0), 0)
    }

    func testLargeNumbersDoNotOverflow() {
        XCTAssertEqual(pointsToReverse(earned: 1_000_000_000_000, paid: 99_999_999_999, refundedSoFar: 49_999_999_999, alreadyReversed: 0), 499_999_999_994)
    }
}
