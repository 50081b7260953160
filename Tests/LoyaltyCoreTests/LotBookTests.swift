import XCTest
import LoyaltyCore

final class LotBookTests: XCTestCase {
    func remaining(_ book: LotBook) -> [Int64: Points] { book.lots.mapValues(\.remaining) }

    func testSpendingTakesTheSoonestExpiringLotFirst() {
        var book = LotBook(balance: 0)
        book.credit(entryID: 1, amount: 100, expires: day(300))
        book.credit(entryID: 2, amount: 100, expires: day(100))
        book.credit(entryID: 3, amount: 100, expires: day(200))
        book.debit(150)
        XCTAssertEqual(remaining(book), [1: 100, 2: 0, 3: 50])
        XCTAssertEqual(book.balance, 150)
    }

    func testNeverExpiringPointsAreSpentLast() {
        var book = LotBook(balance: 0)
        book.credit(entryID: 1, amount: 100, expires: nil)
        book.credit(entryID: 2, amount: 100, expires: day(900))
        book.debit(120)
        XCTAssertEqual(remaining(book), [1: 80, 2: 0])
    }

    func testLotsExpiringTogetherAreSpentOldestFirst() {
        var book = LotBook(balance: 0)
        book.credit(entryID: 7, amount: 10, expires: nil)
        book.credit(entryID: 5, amount: 10, expires: nil)
        book.credit(entryID: 9, amount: 10, expires: day(1))
        book.credit(entryID: 8, amount: 10, expires: day(1))
        book.debit(25)
        XCTAssertEqual(remaining(book), [5: 5, 7: 10, 8: 0, 9: 0])
    }

    func testAReversalTakesBackItsOwnLotFirst() {
        var book = LotBook(balance: 0)
        book.credit(entryID: 1, amount: 100, expires: day(10))
        book.credit(entryID: 2, amount: 40, expires: day(20))
        book.debit(60, preferredLot: 2)
        XCTAssertEqual(remaining(book), [1: 80, 2: 0])
    }

    func testAReversalOfAnEmptyLotTakesFromTheOthersInOrder() {
        var book = LotBook(balance: 0)
        book.credit(entryID: 1, amount: 50, expires: day(10))
        book.credit(entryID: 2, amount: 50, expires: day(5))
        book.debit(50) // spends lot 2
        book.debit(30, preferredLot: 2)
        XCTAssertEqual(remaining(book), [1: 20, 2: 0])
    }

    func testTakingMoreThanTheLotsHoldLeavesADebt() {
        var book = LotBook(balance: 0)
        book.credit(entryID: 1, amount: 30, expires: nil)
        book.debit(50)
        XCTAssertEqual(book.debt, 20)
        XCTAssertEqual(book.balance, -20)
        XCTAssertEqual(remaining(book), [1: 0])
    }

    func testNewPointsPayOffTheDebtFirst() {
        var book = LotBook(balance: 0)
        book.debit(20)
        let partly = book.credit(entryID: 2, amount: 15, expires: day(5))
        XCTAssertEqual(partly.remaining, 0)
        XCTAssertEqual(book.debt, 5)
        let rest = book.credit(entryID: 3, amount: 15, expires: day(5))
        XCTAssertEqual(rest.remaining, 10)
        XCTAssertEqual(book.debt, 0)
        XCTAssertEqual(book.balance, 10)
    }

    func testABookRebuiltFromOpenLotsAndANegativeBalanceKnowsItsDebt() {
        let book = LotBook(openLots: [], balance: -35)
        XCTAssertEqual(book.debt, 35)
        XCTAssertEqual(book.balance, -35)
        let full = LotBook(openLots: [Lot(entryID: 1, amount: 10, remaining: 4, expires: nil)], balance: 4)
        XCTAssertEqual(full.debt, 0)
        XCTAssertEqual(full.balance, 4)
    }

    func testACreditKnowsFromTheBalanceAloneWhatTheFullBookKnows() {
        let books = [
            LotBook(openLots: [], balance: -35),
            LotBook(openLots: [], balance: 0),
            LotBook(openLots: [Lot(entryID: 1, amount: 10, remaining: 4, expires: nil), Lot(entryID: 2, amount: 50, remaining: 50, expires: day(9))], balance: 54),
        ]
        for var full in books {
            var crediting = LotBook(creditingBalance: full.balance)
            XCTAssertEqual(crediting.debt, full.debt, "balance \(full.balance)")
            XCTAssertEqual(crediting.credit(entryID: 9, amount: 20, expires: nil), full.credit(entryID: 9, amount: 20, expires: nil))
            XCTAssertEqual(crediting.debt, full.debt)
        }
    }

    func testExpiringALotEmptiesItOnceAndReportsWhatExpired() {
        var book = LotBook(balance: 0)
        book.credit(entryID: 1, amount: 100, expires: day(10))
        book.debit(30)
        XCTAssertEqual(book.expire(lotID: 1), 70)
        XCTAssertEqual(book.expire(lotID: 1), 0)
        XCTAssertEqual(book.expire(lotID: 99), 0)
        XCTAssertEqual(book.balance, 0)
    }

    func testReplayingEntriesGivesTheSameLotsAsApplyingChanges() {
        var book = LotBook(balance: 0)
        let entries = [
            LedgerEntry(id: 1, memberID: 1, kind: .earn, delta: 100, balanceAfter: 100, reason: "r", actor: "a", at: day(0), expires: day(180)),
            LedgerEntry(id: 2, memberID: 1, kind: .give, delta: 50, balanceAfter: 150, reason: "r", actor: "a", at: day(1), expires: day(100)),
            LedgerEntry(id: 3, memberID: 1, kind: .redeem, delta: -70, balanceAfter: 80, reason: "r", actor: "a", at: day(2)),
            LedgerEntry(id: 4, memberID: 1, kind: .reverse, delta: -40, balanceAfter: 40, reason: "r", actor: "a", at: day(3), reversesID: 1),
            LedgerEntry(id: 5, memberID: 1, kind: .expire, delta: -40, balanceAfter: 0, reason: "r", actor: "a", at: day(180), lotID: 1),
        ]
        for entry in entries { book.apply(entry) }
        XCTAssertEqual(remaining(book), [1: 0, 2: 0])
        XCTAssertEqual(book.balance, 0)
    }
}
