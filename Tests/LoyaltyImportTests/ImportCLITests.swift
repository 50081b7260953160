import Foundation
import ImportTestSupport
import XCTest

/// Runs the real `loyalty` binary against a database in a temporary directory.
final class ImportCLI {
    let directory: URL
    let database: String

    init(_ name: String = "loyalty.db") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = directory.appendingPathComponent(name).path
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    static let binary: URL = {
        let bundle = Bundle(for: ImportCLI.self).bundleURL
        let candidates = [bundle.appendingPathComponent("loyalty"), bundle.deletingLastPathComponent().appendingPathComponent("loyalty")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }()

    /// Starts `loyalty --db DB arguments…` with stdout and stderr going to files.
    func start(_ arguments: [String]) throws -> (Process, URL, URL) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["--db", database] + arguments
        var environment = englishEnvironment()
        environment["LOYALTY_DB"] = nil
        process.environment = environment
        let out = directory.appendingPathComponent("out-\(UUID().uuidString)"), err = directory.appendingPathComponent("err-\(UUID().uuidString)")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return (process, out, err)
    }

    func run(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
        let (process, out, err) = try start(arguments)
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }

    @discardableResult
    func ok(_ arguments: String..., file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let (process, out, err) = try start(arguments)
        process.waitUntilExit()
        let message = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        XCTAssertEqual(process.terminationStatus, 0, "loyalty \(arguments.joined(separator: " ")): \(message)", file: file, line: line)
        return try String(contentsOf: out, encoding: .utf8)
    }

    func json(_ arguments: String...) throws -> [String: Any] {
        let (process, out, _) = try start(arguments + ["--json"])
        process.waitUntilExit()
        return try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any] ?? [:]
    }

    /// A launched programme: 10 Stars per whole euro on orders.
    static func launched() throws -> ImportCLI {
        let cli = try ImportCLI()
        try cli.ok("init", "--name", "Café Zoë", "--points-name", "Stars")
        try cli.ok("rule", "add", "order", "--points", "10", "--per", "1")
        try cli.ok("reward", "add", "--name", "€5 off", "--cost", "100", "--amount-off", "5")
        try cli.ok("program", "launch")
        return cli
    }
}

/// `n` WooCommerce orders as JSON-lines: n/5 customers, every 20th order partly refunded.
func generatedWooOrders(_ n: Int) -> String {
    var text = ""
    let customers = max(1, n / 5)
    for i in 1...n {
        let customer = (i * 7919) % customers
        let items = 500 + (i * 37) % 20000, tax = items * 21 / 100, shipping = i % 3 == 0 ? 0 : 495
        let total = items + tax + shipping
        let money = { (cents: Int) in "\(cents / 100).\(String(format: "%02d", cents % 100))" }
        let refunds = i % 20 == 0 ? "{\"id\":\(9_000_000 + i),\"total\":\"-\(money(total / 4))\"}" : ""
        text += "{\"id\":\(i),\"status\":\"completed\",\"currency\":\"EUR\",\"date_paid\":\"2026-03-01T10:05:00\",\"shipping_total\":\"\(money(shipping))\","
            + "\"total\":\"\(money(total))\",\"total_tax\":\"\(money(tax))\",\"billing\":{\"first_name\":\"Customer\",\"last_name\":\"N\(customer)\","
            + "\"email\":\"customer\(customer)@example.com\"},\"refunds\":[\(refunds)]}\n"
    }
    return text
}

final class ImportCLITests: XCTestCase {
    func testImportPrintsASummaryAndTheSameSnapshotTwiceChangesNothing() throws {
        let cli = try ImportCLI.launched()
        let out = try cli.ok("import", "woocommerce", Fixture.path("woocommerce-snapshot-1.json"))
        XCTAssertTrue(out.contains("earned:        3 (1650 Stars)"), out)
        XCTAssertTrue(out.contains("visitors:      3 created"), out)
        let again = try cli.json("import", "woocommerce", Fixture.path("woocommerce-snapshot-1.json"))
        XCTAssertEqual(again["earned"] as? Int, 0)
        XCTAssertEqual(again["duplicates"] as? Int, 4)
        let activity = try cli.ok("member", "activity", "ana@example.com")
        XCTAssertTrue(activity.contains("Order woo:1004 (€100.00)"), "the amount as the operator's language writes money: \(activity)")
        XCTAssertTrue(try cli.ok("check").hasPrefix("ok"))
    }

    func testABadFileIsRefusedNamingEveryRowAndSkipInvalidWritesRejects() throws {
        let cli = try ImportCLI.launched()
        let copy = cli.directory.appendingPathComponent("events-bad.csv")
        try FileManager.default.copyItem(atPath: Fixture.path("events-bad.csv"), toPath: copy.path)
        let refused = try cli.run("import", "events", copy.path)
        XCTAssertEqual(refused.status, 1)
        for expected in ["events-bad.csv line 3: \"currency\" is \"USD\"", "line 5: \"kind\" is \"purchase\"", "line 6: \"external_id\" is empty",
                         "line 6: \"occurred_at\" is \"yesterday\"", "Nothing was imported"] {
            XCTAssertTrue(refused.err.contains(expected), "\(expected) not in: \(refused.err)")
        }
        XCTAssertEqual(try cli.run("member", "show", "ok@example.com").status, 1, "nothing was imported")

        let summary = try cli.json("import", "events", copy.path, "--skip-invalid")
        XCTAssertEqual(summary["rejected"] as? Int, 3)
        XCTAssertEqual(summary["earned"] as? Int, 2)
        let rejects = try String(contentsOfFile: copy.path + ".rejects.csv", encoding: .utf8)
        XCTAssertTrue(rejects.hasPrefix("line,field,value,reason,record\r\n3,currency,USD,amounts are in USD"), rejects)
        XCTAssertTrue(rejects.contains("\"order,ok@example.com,B-2,10.00,USD,2026-03-01,\"\"Multi\nline name\"\"\""), rejects)
        XCTAssertTrue(try cli.ok("check").hasPrefix("ok"))
    }

    func testAnotherCurrencyIsRefused() throws {
        let cli = try ImportCLI.launched()
        let result = try cli.run("import", "shopify", Fixture.path("shopify-other-currency.csv"))
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("line 5: \"Currency\" is \"GBP\" — amounts are in GBP but the programme counts in EUR"), result.err)
    }
}
