import Foundation
import XCTest

/// `loyalty shop connect|status|disconnect`: only owners, credentials never on a command line, in
/// the database, the audit log, a backup or an export, and kept readable by the owner only.
final class ShopConnectCLITests: XCTestCase {
    static let secrets = ["ck_live_5f2b9c", "cs_live_81d0e4", "wh_secret_a9f3"]
    static let lines = "consumer_key=\(secrets[0])\nconsumer_secret=\(secrets[1])\nwebhook_secret=\(secrets[2])\n"

    private func credentialsFile(_ cli: CLIRunner, _ text: String = lines, mode: Int = 0o600) throws -> String {
        let path = cli.directory.appendingPathComponent("woo.secrets").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    func testTheOwnerConnectsFromStandardInputAndNoSecretLeavesTheCredentialsFile() throws {
        let cli = try CLIRunner.launched()
        let connect = try cli.runInShell("printf '\(Self.lines.replacingOccurrences(of: "\n", with: "\\n"))' | \"$LOYALTY\" shop connect woocommerce --url https://shop.example/")
        XCTAssertEqual(connect.status, 0, connect.err)
        XCTAssertTrue(connect.out.contains("Connected to WooCommerce https://shop.example."), connect.out)

        let stored = cli.database + ".shop-credentials"
        let mode = try FileManager.default.attributesOfItem(atPath: stored)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "readable by the owner only")
        XCTAssertTrue(try String(contentsOfFile: stored, encoding: .utf8).contains(Self.secrets[2]))

        let status = try cli.ok("shop", "status")
        XCTAssertTrue(status.contains("Shop:          WooCommerce https://shop.example"), status)
        XCTAssertTrue(status.contains("Last webhook:  none yet"), status)
        let backup = cli.directory.appendingPathComponent("backup.db").path
        try cli.ok("backup", backup)
        let export = cli.directory.appendingPathComponent("members.json").path
        try cli.ok("member", "export", "--format", "json", "--output", export)
        let places = [("the database", try Data(contentsOf: URL(fileURLWithPath: cli.database))),
                      ("the backup", try Data(contentsOf: URL(fileURLWithPath: backup))),
                      ("the export", try Data(contentsOf: URL(fileURLWithPath: export))),
                      ("the audit log", Data(try cli.ok("audit", "--json").utf8)),
                      ("the status", Data((status + (try cli.ok("shop", "status", "--json"))).utf8))]
        for (place, bytes) in places {
            for secret in Self.secrets {
                XCTAssertNil(bytes.range(of: Data(secret.utf8)), "\(secret) is in \(place)")
            }
        }
        XCTAssertTrue(try cli.ok("audit").contains("Shop connected"))

        let again = try cli.run("shop", "connect", "shopify", "--store", "zoes-cafe", "--credentials-file", try credentialsFile(cli))
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.contains("already connected to WooCommerce https://shop.example"), again.err)

        XCTAssertTrue(try cli.ok("shop", "disconnect").contains("Disconnected WooCommerce https://shop.example"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: stored), "the credentials are deleted")
        let none = try cli.run("shop", "status")
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.err.contains("no shop is connected; connect one with `loyalty shop connect"), none.err)
    }

    func testACredentialsFileOthersMayReadIsRefused() throws {
        let cli = try CLIRunner.launched()
        let file = try credentialsFile(cli, mode: 0o644)
        let result = try cli.run("shop", "connect", "woocommerce", "--url", "https://shop.example", "--credentials-file", file)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.err, "loyalty: \(file) holds secrets but others may read or change it (mode 644); make it private with chmod 600 \(file)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: cli.database + ".shop-credentials"))
        XCTAssertEqual(try cli.run("shop", "status").status, 1, "nothing was connected")
    }

    func testMissingOrUnknownCredentialsAndBadAddressesSayWhatToWrite() throws {
        let cli = try CLIRunner.launched()
        let missing = try cli.run("shop", "connect", "woocommerce", "--url", "https://shop.example",
                                  "--credentials-file", try credentialsFile(cli, "consumer_key=ck_1\nwebhook_secret=s\n"))
        XCTAssertEqual(missing.err, "loyalty: the credential consumer_secret is missing\n")
        let file = try credentialsFile(cli, "consumer_key=ck_1\npassword=x\n")
        let unknown = try cli.run("shop", "connect", "woocommerce", "--url", "https://shop.example", "--credentials-file", file)
        XCTAssertEqual(unknown.err, "loyalty: \(file) line 2 is not a credential; write NAME=VALUE lines, NAME one of consumer_key, consumer_secret, webhook_secret\n")
        let http = try cli.run("shop", "connect", "woocommerce", "--url", "http://shop.example", "--credentials-file", file)
        XCTAssertEqual(http.status, 2)
        XCTAssertTrue(http.err.contains("\"http://shop.example\" is not the https address of a WooCommerce site; write it like https://shop.example"), http.err)
        let store = try cli.run("shop", "connect", "shopify", "--store", "zoe's café", "--credentials-file", file)
        XCTAssertEqual(store.status, 2)
        XCTAssertTrue(store.err.contains("is not a Shopify store name"), store.err)
    }

    func testOnlyAnOwnerMayConnectSeeOrDisconnectTheShop() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("user", "add", "sam", "--role", "staff")
        try cli.ok("shop", "connect", "woocommerce", "--url", "https://shop.example", "--credentials-file", try credentialsFile(cli))
        for arguments in [["shop", "status"], ["shop", "disconnect"], ["shop", "connect", "woocommerce", "--url", "https://shop.example", "--credentials-file", try credentialsFile(cli)]] {
            let result = try cli.runRaw(["--db", cli.database, "--as", "sam"] + arguments)
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertEqual(result.err, "loyalty: sam is staff: only an owner may see or change the shop connection and its credentials; ask an owner\n")
        }
        XCTAssertTrue(try cli.ok("shop", "status").contains("WooCommerce https://shop.example"), "still connected")
    }
}
