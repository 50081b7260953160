import Foundation
import ImportTestSupport
import XCTest

/// `loyalty import customers` run as a user would: the summary says what happened and which choice
/// was made about sign-up points, a bad file is refused naming its rows, rejects go to a private file.
final class CustomerImportCLITests: XCTestCase {
    func testTheSummarySaysWhatChangedAndWhetherSignUpPointsWereGiven() throws {
        let cli = try ImportCLI.launched()
        try cli.ok("rule", "add", "signup", "--points", "50")
        let out = try cli.ok("import", "customers", Fixture.path("shopify-customers-export-1.csv"))
        XCTAssertEqual(out, """
            Imported \(Fixture.path("shopify-customers-export-1.csv")) (Shopify customers): 5 customers read.
              new members:   4
              joined:        0 (visitors or pending people who became members)
              linked:        0 (members already in the programme)
              updated:       0 (name, phone or consent changed in the shop)
              unchanged:     0 (imported before, nothing new)
              sign-up points: skipped (they joined the shop before the programme; --signup-points award gives them)
              passed over:   1 (no e-mail address)
              rejected:      0

            """)
        let zoe = try cli.json("member", "show", "zoe@example.com")
        XCTAssertEqual(zoe["status"] as? String, "member")
        XCTAssertEqual(zoe["balance"] as? Int, 0)
        XCTAssertEqual(zoe["accepts_marketing"] as? Bool, true)
        XCTAssertEqual(zoe["phone"] as? String, "+32 470 12 34 56")
        XCTAssertTrue(try cli.ok("member", "show", "ana@example.com").contains("Marketing:      no (opted out)"))
        let data = try JSONSerialization.jsonObject(with: Data(try cli.ok("member", "export-data", "zoe@example.com").utf8)) as? [String: Any]
        let accounts = data?["shop_accounts"] as? [[String: Any]]
        XCTAssertEqual(accounts?.map { "\($0["key"] ?? "") \($0["phone"] ?? "") \($0["accepts_marketing"] ?? "")" }, ["shopify:7012345678901 +32 470 12 34 56 1"],
                       "a data request shows the shop account the import linked")

        let woo = try cli.json("import", "customers", Fixture.path("woocommerce-customers.json"), "--signup-points", "award")
        XCTAssertEqual(woo["format"] as? String, "woocommerce")
        XCTAssertEqual(woo["signup_points"] as? String, "award")
        XCTAssertEqual(woo["linked"] as? Int, 3, "the same people, known by e-mail")
        let again = try cli.json("import", "customers", Fixture.path("shopify-customers-export-1.csv"))
        XCTAssertEqual(again["unchanged"] as? Int, 4)
        XCTAssertTrue(try cli.ok("check").hasPrefix("ok"))
    }

    func testAwardIsStatedWithThePointsGiven() throws {
        let cli = try ImportCLI.launched()
        try cli.ok("rule", "add", "signup", "--points", "50")
        let out = try cli.ok("import", "customers", Fixture.path("woocommerce-customers.json"), "--signup-points", "award")
        XCTAssertTrue(out.contains("  sign-up points: awarded to 3 members (150 Stars)"), out)
        XCTAssertEqual((try cli.json("member", "show", "zoe@example.com"))["balance"] as? Int, 50)
    }

    func testABadFileIsRefusedNamingEachRowAndSkipInvalidWritesAPrivateRejectFile() throws {
        let cli = try ImportCLI.launched()
        let file = cli.directory.appendingPathComponent("customers.csv")
        try """
            Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Phone
            '201,Good,One,good@example.com,yes,
            '202,Bad,Consent,bad@example.com,sometimes,

            """.write(to: file, atomically: true, encoding: .utf8)
        let refused = try cli.run("import", "customers", file.path)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("customers.csv line 3: \"Accepts Email Marketing\" is \"sometimes\" — must be yes or no"), refused.err)
        XCTAssertTrue(refused.err.contains("Nothing was imported."), refused.err)
        XCTAssertEqual(try cli.run("member", "show", "good@example.com").status, 1)

        let summary = try cli.json("import", "customers", file.path, "--skip-invalid")
        XCTAssertEqual(summary["created"] as? Int, 1)
        XCTAssertEqual(summary["rejected"] as? Int, 1)
        let rejects = file.path + ".rejects.csv"
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: rejects)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertTrue(try String(contentsOfFile: rejects, encoding: .utf8).contains("3,Accepts Email Marketing,sometimes,must be yes or no"))

        let bad = try cli.run("import", "customers", file.path, "--signup-points", "maybe")
        XCTAssertEqual(bad.status, 2, bad.err)
    }

    func testOnATerminalAProgressBarShowsTheCustomersApplied() throws {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else { throw XCTSkip("script (util-linux) is needed to give the import a terminal") }
        let cli = try ImportCLI.launched()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qec", "'\(ImportCLI.binary.path)' --db '\(cli.database)' import customers '\(Fixture.path("shopify-customers-export-1.csv"))'", "/dev/null"]
        process.standardInput = FileHandle.nullDevice
        process.environment = englishEnvironment()
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("[##############################] 4/4 rows"), text)
        XCTAssertTrue(text.contains("new members:   4"), text)
    }
}
