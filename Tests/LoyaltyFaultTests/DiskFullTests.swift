import Foundation
import XCTest
import LoyaltyCore
@testable import LoyaltyStore

/// A full disk: the store capped with `PRAGMA max_page_count` (everywhere), and the real binary on
/// a small tmpfs (where the tests may mount one, i.e. as root). An import or a give that does not
/// fit says the database is full and nothing was changed; the database is as before and passes
/// `check`; once there is room again the same operation works.
final class DiskFullTests: XCTestCase {
    func testAnImportThatDoesNotFitChangesNothingAndWorksOnceThereIsRoom() throws {
        let binary = try LoyaltyBinary()
        let store = try FaultShop.create(at: binary.database, members: 20)
        let orders = ImportSource.bytes(Array(wooOrders(1...2_000, customers: 400).utf8))
        let before = try Totals(path: binary.database)
        let pages = try store.db.scalar("PRAGMA page_count")
        try store.db.execute("PRAGMA max_page_count = \(pages + 20)")

        XCTAssertThrowsError(try store.importFile(orders, format: .woocommerce, file: "orders.jsonl")) { error in
            XCTAssertTrue("\(error)".contains("the disk or the database \(binary.database) is full: nothing was changed"), "\(error)")
        }
        XCTAssertEqual(try Totals(path: binary.database), before)
        XCTAssertEqual(try store.check(), [])

        try store.db.execute("PRAGMA max_page_count = 1073741823")
        let summary = try store.importFile(orders, format: .woocommerce, file: "orders.jsonl")
        XCTAssertEqual(summary.earned, 2_000)
        XCTAssertEqual(try store.check(), [])
    }

    func testGivingUntilTheDatabaseIsFullStopsWithAClearMessageAndChangesNothing() throws {
        let binary = try LoyaltyBinary()
        let store = try FaultShop.create(at: binary.database, members: 5)
        try store.db.execute("PRAGMA max_page_count = \(try store.db.scalar("PRAGMA page_count") + 2)")
        var given = 0
        var refusal: Error?
        while refusal == nil, given < 10_000 {
            let before = try store.member(email: "member1@example.com").balance
            do {
                _ = try store.give(email: "member1@example.com", points: 1, reason: "Filling the database with a long reason \(given) " + String(repeating: "·", count: 300))
                given += 1
            } catch {
                refusal = error
                XCTAssertEqual(try store.member(email: "member1@example.com").balance, before, "the refused give changed the balance")
            }
        }
        XCTAssertTrue(refusal.map { "\($0)" }?.contains("is full: nothing was changed; free some space and try again") == true, "\(String(describing: refusal)) after \(given) gives")
        XCTAssertEqual(try store.member(email: "member1@example.com").balance, Int64(given))
        XCTAssertEqual(try store.check(), [])

        try store.db.execute("PRAGMA max_page_count = 1073741823")
        XCTAssertEqual(try store.give(email: "member1@example.com", points: 1, reason: "Room again").balanceAfter, Int64(given) + 1)
        XCTAssertEqual(try store.check(), [])
    }

    /// The binary on an 8 MB file system: the import fills it, is refused and changes nothing; after
    /// a file is deleted the same import goes through. Needs the right to mount (root).
    func testTheBinaryOnAFullFileSystemRefusesAnImportAndDoesItOnceSpaceIsFreed() throws {
        let binary = try LoyaltyBinary()
        let disk = binary.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard try mountSmallFileSystem(at: disk) else { throw XCTSkip("cannot mount a tmpfs here (needs root): the store-level disk-full tests cover the rest") }
        defer { _ = try? tool("umount", [disk]) }
        let database = disk + "/loyalty.db", filler = disk + "/filler", orders = binary.path("orders.jsonl")
        try FaultShop.create(at: database, members: 20)
        try Data(wooOrders(1...3_000, customers: 600).utf8).write(to: URL(fileURLWithPath: orders))
        try Data(count: freeBytes(disk) - 96 * 1024).write(to: URL(fileURLWithPath: filler))
        let before = try Totals(path: database), bytes = try fileBytes(database)

        let full = try binary.start(["import", "woocommerce", orders], database: database).wait()
        XCTAssertEqual(full.status, 1, full.errText)
        XCTAssertTrue(full.errText.contains("the disk or the database \(database) is full: nothing was changed"), full.errText)
        XCTAssertEqual(try fileBytes(database), bytes)
        XCTAssertEqual(try Totals(path: database), before)
        XCTAssertTrue(try binary.ok("check", database: database).hasPrefix("ok"))

        try FileManager.default.removeItem(atPath: filler)
        let room = try binary.start(["import", "woocommerce", orders, "--json"], database: database).wait()
        XCTAssertEqual(room.status, 0, room.errText)
        XCTAssertTrue(room.outText.contains("\"earned\":3000"), room.outText)
        XCTAssertTrue(try binary.ok("check", database: database).hasPrefix("ok"))
    }

    private func mountSmallFileSystem(at path: String) throws -> Bool {
        guard geteuid() == 0 else { return false }
        return try tool("mount", ["-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", path]) == 0
    }

    private func freeBytes(_ path: String) throws -> Int {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { throw Failure("statvfs \(path): \(String(cString: strerror(errno)))") }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    private func tool(_ name: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
