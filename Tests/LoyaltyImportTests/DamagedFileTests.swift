import XCTest
import LoyaltyCore
import LoyaltyStore

/// Files damaged the way files are damaged in practice (joined together, cut short, saved by Excel
/// for Mac or in Latin-1, a column doubled, a runaway record) are read correctly or refused as a
/// whole, naming the line: never imported in part, and never with `--skip-invalid` either.
final class DamagedFileTests: XCTestCase {
    private func wooOrder(_ id: Int, _ email: String) -> String {
        "{\"id\": \(id), \"status\": \"completed\", \"currency\": \"EUR\", \"date_paid\": \"2026-03-02\", \"total\": \"10.00\", \"billing\": {\"email\": \"\(email)\"}}"
    }

    private static let eventsHeader = "kind,email,external_id,amount,currency,occurred_at,name\n"

    /// Imports `bytes` with and without `--skip-invalid`; both must refuse the file, with a problem
    /// on `line` whose reason says `why`; returns that problem. Nothing may be imported.
    @discardableResult
    private func assertRefused(_ bytes: [UInt8], _ format: ImportFormat, line: Int, why: String,
                               file: StaticString = #filePath, sourceLine: UInt = #line) throws -> RowProblem? {
        let shop = try ImportShop()
        let before = try shop.store.statistics()
        var found: RowProblem?
        for skipInvalid in [false, true] {
            do {
                let summary = try shop.store.importFile(.bytes(bytes), format: format, file: "damaged", skipInvalid: skipInvalid)
                XCTFail("imported (skip-invalid \(skipInvalid)): \(summary)", file: file, line: sourceLine)
            } catch let refused as ImportRefused {
                found = refused.problems.first { $0.line == line && $0.why.contains(why) }
                XCTAssertNotNil(found, "no problem on line \(line) saying \(why): \(refused.problems.map(\.description))", file: file, line: sourceLine)
            }
        }
        XCTAssertEqual(try shop.store.statistics(), before, "nothing may be imported", file: file, line: sourceLine)
        return found
    }

    func testTextAfterTheJSONArrayRefusesTheFileAtItsLine() throws {
        let array = "[\n" + wooOrder(1, "a@example.com") + ",\n" + wooOrder(2, "b@example.com") + "\n]\n"
        try assertRefused(Array((array + "{\"id\": 3}\n").utf8), .woocommerce, line: 5, why: "text after the end of the JSON array")
        let second = "[\n" + wooOrder(3, "c@example.com") + "\n]\n"
        let joined = try assertRefused(Array((array + second).utf8), .woocommerce, line: 5, why: "text after the end of the JSON array")
        XCTAssertTrue(joined?.why.contains("import each export on its own") ?? false, joined?.why ?? "")
        try assertRefused(Array(("[\n" + wooOrder(1, "a@example.com") + "},\n" + wooOrder(2, "b@example.com") + "\n]\n").utf8), .woocommerce,
                          line: 2, why: "a } that closes no {")
        try assertRefused(Array(("[\n" + wooOrder(1, "a@example.com") + "\n]\n]\n").utf8), .woocommerce, line: 4, why: "text after the end of the JSON array")
    }

    func testAnArrayFollowedOnlyByWhiteSpaceIsRead() throws {
        let text = "[\n" + wooOrder(1, "a@example.com") + "\n]\n  \r\n\t\n"
        let parsed = ImportFormat.woocommerce.parse(Array(text.utf8), file: "w.json", currency: .euro)
        XCTAssertEqual(parsed.problems, [])
        XCTAssertEqual(parsed.items.count, 1)
    }

    func testCSVWithCarriageReturnsOnlyIsReadLineByLine() throws {
        let rows = Self.eventsHeader + "order,a@example.com,A-1,12.50,EUR,2026-03-01,\"Bell, Ana\"\nreview,b@example.com,R-1,,,,\n\norder,c@example.com,A-2,5.00,EUR,,\n"
        let unix = ImportFormat.events.parse(Array(rows.utf8), file: "e.csv", currency: .euro)
        let mac = ImportFormat.events.parse(Array(rows.replacingOccurrences(of: "\n", with: "\r").utf8), file: "e.csv", currency: .euro)
        XCTAssertEqual(unix.items.count, 3)
        XCTAssertEqual(mac.problems, unix.problems)
        XCTAssertEqual(mac.items.map(\.action), unix.items.map(\.action))
        XCTAssertEqual(mac.items.map(\.line), [2, 3, 5])
        XCTAssertEqual(mac.rows, 3)

        let shop = try ImportShop()
        let summary = try shop.store.importFile(.bytes(Array(rows.replacingOccurrences(of: "\n", with: "\r").utf8)), format: .events, file: "e.csv")
        XCTAssertEqual(summary.earned, 3)
    }

    func testACSVFileCutShortInARowIsRefusedAtThatRow() throws {
        let events = Self.eventsHeader + "order,a@example.com,A-1,12.50,EUR,2026-03-01,Ana\norder,b@example.com,A-2,12"
        try assertRefused(Array(events.utf8), .events, line: 3, why: "cut short")
        let shopify = try Fixture.bytes("shopify-orders-export-1.csv")
        let cut = Array(shopify.prefix(through: shopify.firstIndex(of: UInt8(ascii: "4"))!))  // inside #1001's Subtotal, 45.00
        try assertRefused(cut, .shopify, line: 2, why: "cut short")
    }

    func testARowWithoutALineEndButAllItsColumnsIsRead() throws {
        let events = Self.eventsHeader + "order,a@example.com,A-1,12.50,EUR,2026-03-01,Ana"
        let parsed = ImportFormat.events.parse(Array(events.utf8), file: "e.csv", currency: .euro)
        XCTAssertEqual(parsed.problems, [])
        XCTAssertEqual(parsed.items.count, 1)
    }

    func testAColumnTheImportReadsNamedTwiceRefusesTheFile() throws {
        let events = "kind,email,external_id,Amount,currency, amount \norder,a@example.com,A-1,12.50,EUR,125.00\n"
        let problem = try assertRefused(Array(events.utf8), .events, line: 1, why: "\"amount\" is there twice (columns 4 and 6)")
        XCTAssertEqual(problem?.field, "(header)")
        let unread = "kind,email,external_id,amount,note,note\norder,a@example.com,A-1,12.50,x,y\n"
        XCTAssertEqual(ImportFormat.events.parse(Array(unread.utf8), file: "e.csv", currency: .euro).problems, [], "columns nobody reads may repeat")
    }

    func testLatin1TextIsRefusedByLineAndFieldNeverStoredAsReplacementCharacters() throws {
        var bytes = Array((Self.eventsHeader + "order,a@example.com,A-1,12.50,EUR,2026-03-01,Ana\norder,z@example.com,A-2,12.50,EUR,2026-03-01,Zo").utf8)
        bytes += [0xEB, 0x0A]  // ë in Latin-1
        let parsed = ImportFormat.events.parse(bytes, file: "e.csv", currency: .euro)
        XCTAssertEqual(parsed.problems.map(\.line), [3])
        XCTAssertEqual(parsed.problems.first?.field, "name")
        XCTAssertTrue(parsed.problems.first?.why.contains("byte 0xEB is not UTF-8") ?? false, parsed.problems.first?.why ?? "")
        XCTAssertTrue(parsed.problems.first?.why.contains("save it as UTF-8") ?? false, parsed.problems.first?.why ?? "")

        let shop = try ImportShop()
        XCTAssertThrowsError(try shop.store.importFile(.bytes(bytes), format: .events, file: "e.csv"))
        let summary = try shop.store.importFile(.bytes(bytes), format: .events, file: "e.csv", skipInvalid: true)
        XCTAssertEqual(summary.earned, 1)
        XCTAssertEqual(summary.rejected, 1)
        XCTAssertThrowsError(try shop.store.member(email: "z@example.com"), "the Latin-1 row is not imported")

        var json = Array("{\"id\": 1, \"status\": \"completed\", \"currency\": \"EUR\", \"date_paid\": \"2026-03-02\", \"total\": \"10.00\", \"billing\": {\"email\": \"z@example.com\", \"first_name\": \"Zo".utf8)
        json += [0xEB] + Array("\"}}\n".utf8)
        let woo = ImportFormat.woocommerce.parse(json, file: "w.jsonl", currency: .euro)
        XCTAssertEqual(woo.problems.map(\.line), [1])
        XCTAssertTrue(woo.problems.first?.why.contains("byte 0xEB is not UTF-8") ?? false, woo.problems.first?.why ?? "")
    }

    func testARecordLongerThanTheLimitRefusesTheFileAtItsLine() throws {
        let huge = String(repeating: "x", count: ImportReader.maximumRecordBytes + 10)
        let csv = Self.eventsHeader + "order,a@example.com,A-1,12.50,EUR,2026-03-01,Ana\norder,b@example.com,A-2,1,EUR,,\(huge)\n"
        try assertRefused(Array(csv.utf8), .events, line: 3, why: "longer than 1 MiB")
        let lines = wooOrder(1, "a@example.com") + "\n" + wooOrder(2, huge) + "\n"
        try assertRefused(Array(lines.utf8), .woocommerce, line: 2, why: "longer than 1 MiB")
        let array = "[\n" + wooOrder(1, "a@example.com") + ",\n\n" + wooOrder(2, huge) + "\n]"
        try assertRefused(Array(array.utf8), .woocommerce, line: 4, why: "longer than 1 MiB")
    }

    func testAFreeShopifyOrderWithoutAnEmailIsPassedOver() throws {
        let header = ShopifyOrders.requiredColumns.joined(separator: ",") + "\n"
        let csv = header + "#1,,paid,0.00,0.00\n#2,b@example.com,paid,20.00,24.20\n"
        let shop = try ImportShop()
        let summary = try shop.store.importFile(.bytes(Array(csv.utf8)), format: .shopify, file: "s.csv")
        XCTAssertEqual(summary.passedOver, 1)
        XCTAssertEqual(summary.earned, 1)
        XCTAssertEqual(try shop.balance("b@example.com"), 200)
        let paid = ImportFormat.shopify.parse(Array((header + "#3,,paid,5.00,5.00\n").utf8), file: "s.csv", currency: .euro)
        XCTAssertEqual(paid.problems.map(\.field), ["Email"], "an order that would earn still needs its e-mail")
    }

    func testAFreeWooCommerceOrderWithoutAnEmailIsPassedOver() throws {
        let free = "{\"id\": 1, \"status\": \"completed\", \"currency\": \"EUR\", \"date_paid\": \"2026-03-02\", \"total\": \"0.00\", \"billing\": {\"email\": \"\"}}"
        let json = "[\n" + free + ",\n" + wooOrder(2, "b@example.com") + "\n]\n"
        let shop = try ImportShop()
        let summary = try shop.store.importFile(.bytes(Array(json.utf8)), format: .woocommerce, file: "w.json")
        XCTAssertEqual(summary.passedOver, 1)
        XCTAssertEqual(summary.earned, 1)
        XCTAssertEqual(try shop.balance("b@example.com"), 100)
        let paid = ImportFormat.woocommerce.parse(Array(("[\n" + wooOrder(3, "") + "\n]\n").utf8), file: "w.json", currency: .euro)
        XCTAssertEqual(paid.problems.map(\.field), ["billing.email"], "an order that would earn still needs its e-mail")
    }
}
