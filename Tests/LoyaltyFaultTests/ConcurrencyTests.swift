import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// Several writers on one database file at once. SQLite lets one write transaction in at a time and
/// an import holds one for its whole file, so the others wait (`busy_timeout`, 5 s); one that waits
/// longer is refused with a message that says so, changes nothing and can simply be retried.
final class ConcurrencyTests: XCTestCase {
    func testAChangeWhileAnotherProcessHoldsTheDatabaseSaysItIsBusyKeepsTheFormAndWorksWhenRetried() throws {
        let binary = try LoyaltyBinary()
        try FaultShop.create(at: binary.database, members: 3)
        let store = try Store(path: binary.database, create: false)
        try store.db.execute("PRAGMA busy_timeout = 100")  // the dashboard waits 5 s before it gives up; the test need not
        let session = try DashboardSession(store: store)
        session.openMember(find: "member1@example.com")

        let other = try Connection(path: binary.database, create: false)
        try other.execute("BEGIN IMMEDIATE")  // another process in the middle of a long write, as an import is
        let cli = try binary.start(["points", "give", "member2@example.com", "7", "--reason", "While busy"])
        session.adjust("+", points: 30, reason: "Busy test")
        XCTAssertEqual(session.state.form?.fields.map(\.value), ["30", "Busy test"], "the form stays open with what was typed")
        let busy = "the database \(binary.database) is busy with another change (an import?): nothing was changed; try again in a moment"
        XCTAssertEqual(session.state.form?.error, busy)
        let refused = cli.wait()
        XCTAssertEqual(refused.status, 1, refused.errText)
        XCTAssertEqual(refused.errText, "loyalty: \(busy)\n")
        try other.execute("ROLLBACK")

        session.press(.enter, .character("y"))
        XCTAssertNil(session.state.form, session.screen)
        XCTAssertTrue(session.screen.contains("0 → 30 Stars (+30, Busy test)"), session.screen)
        XCTAssertEqual(session.violations, [])
        let totals = try Totals(path: binary.database)
        XCTAssertEqual(totals.members["member1@example.com"]?.balance, 30)
        XCTAssertEqual(totals.members["member2@example.com"]?.balance, 0, "the refused give changed nothing")
    }

    /// Two importers, each running `loyalty import` on one file of new orders after another (the
    /// same customers in all), and a dashboard session giving and removing points on those
    /// customers, all at once. The end state is exactly what the same imports give one after the
    /// other on a copy, plus what the dashboard did; no screen ever showed "database is locked";
    /// `check` passes. 12 dashboard changes in CI, 300 at full scale.
    func testTwoImportersAndADashboardAtOnceAddUpExactly() throws {
        // Files stay small and customers many at full scale too: an import waits at most 5 s for the
        // other's transaction, and a customer with a thousand unspent earnings makes every import slow.
        let minimumChanges = FaultScale.pick(ci: 12, full: 300), ordersPerFile = 300, customers = FaultScale.pick(ci: 40, full: 400)
        var random = FaultScale.generator(4)
        let binary = try LoyaltyBinary()
        let reference = binary.path("reference.db")
        for path in [binary.database, reference] {
            let store = try FaultShop.create(at: path)
            for n in 0..<customers { _ = try store.addMember(MemberDetails(name: "C\(n) Customer", email: "customer\(n)@example.com"), status: .member) }
        }
        /// File `k` holds orders k·size+1 … (k+1)·size; importer 0 takes the even files, importer 1 the odd ones.
        func file(_ k: Int) throws -> String {
            let path = binary.path("orders-\(k).jsonl")
            try Data(wooOrders((k * ordersPerFile + 1)...((k + 1) * ordersPerFile), customers: customers).utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        var next = [0, 1], imported: [Int] = [], retries = 0, refusedInARow = [0, 0]
        var importers: [RunningLoyalty?] = try next.map { try binary.start(["import", "woocommerce", try file($0)]) }
        let session = try DashboardSession(store: try Store(path: binary.database, create: false))
        var changes: [(email: String, delta: Int64)] = [], busyRefusals = 0
        var given: [String: Int64] = [:]
        while changes.count < minimumChanges || importers.contains(where: { $0 != nil }) {
            for index in importers.indices {
                guard let process = importers[index], !process.isRunning else { continue }
                let ending = process.wait()
                if ending.status == 0 {
                    imported.append(next[index])
                    next[index] += 2
                    refusedInARow[index] = 0
                } else {  // it waited 5 s for the other import: run it again, as its message says
                    XCTAssertTrue(ending.errText.contains("is busy with another change"), "importer \(index + 1) ended with \(ending.ending): \(ending.errText)")
                    retries += 1
                    refusedInARow[index] += 1
                    guard refusedInARow[index] < 5 else { return XCTFail("importer \(index + 1) was refused as busy 5 times in a row; \(FaultScale.replay)") }
                }
                importers[index] = changes.count < minimumChanges ? try binary.start(["import", "woocommerce", try file(next[index])]) : nil
            }
            let customer = random.below(Int64(customers)), email = "customer\(customer)@example.com"
            session.openMember(find: "C\(customer) ")
            for _ in 0...random.below(2) {
                let remove = random.chance(30) && given[email, default: 0] > 0
                let points = remove ? 1 + random.below(given[email, default: 0]) : 1 + random.below(500)
                let reason = "\(remove ? "Fix" : "Gift") \(changes.count)"
                session.adjust(remove ? "-" : "+", points: points, reason: reason)
                while let form = session.state.form {  // refused: the form is kept as typed; say yes again
                    XCTAssertEqual(form.fields.map(\.value), [String(points), reason])
                    XCTAssertTrue(form.error?.contains("is busy with another change") == true, "\(form.error ?? "no error"); \(FaultScale.replay)")
                    busyRefusals += 1
                    guard busyRefusals < 50 else { return XCTFail("the dashboard was refused \(busyRefusals) times; \(FaultScale.replay)") }
                    session.press(.enter, .character("y"))
                }
                given[email, default: 0] += remove ? -points : points
                changes.append((email, remove ? -points : points))
            }
            session.idle()
        }
        XCTAssertEqual(session.violations.first, nil, "\(session.violations.count) frames broke a rule")

        do {
            let store = try Store(path: reference, create: false)
            for k in imported {
                _ = try store.importFile(.bytes(Array(try fileBytes(binary.path("orders-\(k).jsonl")))), format: .woocommerce, file: "orders")
            }
        }
        var expected = try Totals(path: reference)
        for (email, delta) in changes {
            expected.members[email]?.balance += delta
            expected.entries += 1
            if delta > 0 {
                expected.members[email]?.earned += delta
                expected.kinds["give"]?.gained += delta
                expected.kinds["give"]?.entries += 1
            } else {
                expected.kinds["remove"]?.lost -= delta
                expected.kinds["remove"]?.entries += 1
            }
        }
        let totals = try Totals(path: binary.database)
        let story = "\(imported.count) imports, \(changes.count) dashboard changes, \(busyRefusals) refused as busy, \(retries) import retries; \(FaultScale.replay)"
        XCTAssertGreaterThanOrEqual(imported.count, 4, story)
        XCTAssertEqual(totals, expected, "\(totals.memberDifferences(from: expected)); \(story)")
        XCTAssertTrue(try binary.ok("check").hasPrefix("ok"))
    }
}
