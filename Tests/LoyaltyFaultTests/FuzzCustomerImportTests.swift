import Foundation
import XCTest
import LoyaltyCore
import LoyaltyStore

extension FuzzFiles {
    static let shopifyCustomerColumns = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Phone", "Default Address Phone", "Tags"]

    /// Shopify's customers export, each row valid but for a few hostile fields.
    mutating func shopifyCustomersCSV(rows: Int) -> [UInt8] {
        var bytes = Array(Self.shopifyCustomerColumns.joined(separator: ",").utf8) + lineEnd
        for _ in 0..<rows {
            let n = next()
            bytes += csvLine(Self.shopifyCustomerColumns, row([
                "Customer ID": "'70\(n)", "First Name": "Zoë", "Last Name": "N\(n)", "Email": "fuzz\(n)@example.com",
                "Accepts Email Marketing": values.pick(["yes", "no", ""]), "Phone": values.pick(["'+31 6 1234 \(n)", "", "+1 (555) 0100"]),
                "Default Address Phone": "", "Tags": "vip",
            ]))
        }
        return bytes
    }

    /// WooCommerce customers as JSON-lines (nested billing).
    mutating func wooCustomersJSON(rows: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<rows {
            let n = next()
            let fields = row(["id": String(n), "email": "fuzz\(n)@example.com", "first_name": "Zoë", "last_name": "N\(n)",
                              "date_created_gmt": "2021-03-0\(n % 9 + 1)T10:05:00", "phone": "+31 6 \(n)"])
            var object = jsonObject([("id", nil), ("email", nil), ("first_name", nil), ("last_name", nil), ("date_created_gmt", nil)], fields)
            object.removeLast()
            bytes += object + Array(",\"billing\":".utf8) + jsonObject([("phone", nil)], fields) + Array("}\n".utf8)
        }
        return bytes
    }
}

/// Malformed customer rows of both customers formats, imported with `--skip-invalid`'s rules: no
/// crash; every refused row named by file, line and field with a reason; every accepted customer a
/// member as written; `check` passes.
final class FuzzCustomerImportTests: XCTestCase {
    func testMalformedCustomerRowsAreRefusedByLineAndFieldOrStoredAsWritten() throws {
        var files = FuzzFiles(seed: 13)
        let store = try FaultShop.create(at: ":memory:")
        var accepted = 0, refused = 0, keys = Set<String>()
        for round in 0..<FaultScale.pick(ci: 25, full: 1_000) {
            for (name, bytes) in [("customers-\(round).csv", files.shopifyCustomersCSV(rows: 40)), ("customers-\(round).jsonl", files.wooCustomersJSON(rows: 40))] {
                let what = "\(name) (\(FaultScale.replay))"
                let parsed = ParsedCustomers.read(bytes, file: name)
                for problem in parsed.problems {
                    XCTAssertTrue(problem.file == name && problem.line >= 1 && !problem.field.isEmpty && !problem.why.isEmpty, "\(what): \(problem)")
                }
                refused += Set(parsed.problems.map(\.line)).count
                do {
                    _ = try store.importCustomers(bytes, file: name, signupPoints: .skip, skipInvalid: true)
                } catch let refusal as ImportRefused {
                    XCTAssertTrue(refusal.refusesFile, "\(what): refused whole for a row: \(refusal.problems.map(\.description))")
                    continue
                }
                // A customer whose shop id was seen before is that member, whatever e-mail the row now gives.
                for customer in parsed.customers where keys.insert(customer.key).inserted {
                    guard let member = try? store.member(email: customer.email) else { XCTFail("\(what) line \(customer.line): no member"); continue }
                    accepted += 1
                    XCTAssertEqual(member.status, .member, "\(what) line \(customer.line)")
                    XCTAssertFalse(member.name.contains("\u{FFFD}") || (member.details.phone ?? "").contains("\u{FFFD}"), "\(what) line \(customer.line)")
                    XCTAssertFalse((member.details.phone ?? "").hasPrefix("'"), "\(what) line \(customer.line): the spreadsheet quote was kept")
                }
            }
        }
        XCTAssertGreaterThan(accepted, 0)
        XCTAssertGreaterThan(refused, 0)
        XCTAssertEqual(try store.check(), [])
    }
}
