import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// An amount in euros written as people do: `eur("4.99")`.
func eur(_ text: String) -> Money { try! Money.parse(text, currency: .euro) }

/// A moment `days` days after a fixed start (2025-01-01 00:00 UTC), in whole seconds.
func day(_ days: Double) -> Date { Date(timeIntervalSince1970: (1_735_689_600 + days * 86_400).rounded(.down)) }

/// The message of the error `body` throws, or "<no error>".
func errorMessage(_ body: () throws -> Void) -> String {
    do { try body() } catch { return String(describing: error) }
    return "<no error>"
}

extension Store {
    /// Pins the store's clock to a moment.
    func setClock(_ moment: Date) { now = { moment } }

    /// Records an order of `subtotal` euros for `email` under `id`.
    @discardableResult
    func order(_ id: String, _ email: String, _ subtotal: String) throws -> EventOutcome {
        try record(EarningEvent(kind: .order, externalID: id, email: email, amount: eur(subtotal)))
    }

    /// Gives points by hand with a reason.
    @discardableResult
    func gift(_ email: String, _ points: Points, reason: String = "test gift") throws -> LedgerEntry {
        try give(email: email, points: points, reason: reason)
    }

    func balance(_ email: String) throws -> Points { try member(email: email).balance }
}

/// A launched programme in euros, clock pinned at day 0 in UTC: orders earn 10 points per €1,
/// a fixed reward "€5 off" costs 100 points.
struct Shop {
    let store: Store
    let orderRule: EarningRule
    let fiveOff: Reward

    init(launch: Bool = true, expiryMonths: Int? = nil) throws {
        store = try Store.inMemory(actor: "tester")
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        store.calendar = utc
        store.setClock(day(0))
        try store.updateProgram(ProgramUpdate(name: "Café Zoë", pointsName: "Stars", expiryMonths: .some(expiryMonths)))
        orderRule = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: eur("1"))))
        fiveOff = try store.addReward(Reward(name: "€5 off", kind: .fixed(FixedReward(cost: 100, discount: .amountOff(eur("5"))))))
        if launch { try store.launch() }
    }

    /// Adds a member (status member) by e-mail.
    @discardableResult
    func member(_ email: String, status: MemberStatus = .member, referralCode: String? = nil) throws -> Member {
        try store.addMember(MemberDetails(name: String(email.prefix { $0 != "@" }).capitalized, email: email), status: status, referralCode: referralCode)
    }

    /// Redeems the "€5 off" reward.
    @discardableResult
    func redeemFiveOff(_ email: String, orderRef: String? = nil) throws -> CouponRecord {
        try store.redeem(RedeemRequest(email: email, rewardID: fiveOff.id, orderRef: orderRef))
    }

    func assertConsistent(file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try store.check(), [], file: file, line: line)
    }
}

extension XCTestCase {
    /// A new empty directory, removed when the test ends.
    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
