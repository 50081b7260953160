import Foundation
import XCTest

/// Values that would add a mail recipient or reach a terminal raw are refused at every way in.
final class HostileInputCLITests: XCTestCase {
    private let hostileAddress = "x@example.com>,<root"

    func testAnAddressThatWouldAddARecipientIsRefusedAtEveryEntrance() throws {
        let cli = try CLIRunner.launched()
        let entrances: [[String]] = [
            ["member", "add", "--email", hostileAddress],
            ["member", "edit", "zoe@example.com", "--email", hostileAddress],
            ["event", "order", "--email", hostileAddress, "--order", "9", "--subtotal", "10.00", "--paid"],
            ["event", "review", "--email", "x@example.com,root@example.com", "--id", "r1"],
        ]
        for arguments in entrances {
            let result = try cli.runRaw(["--db", cli.database] + arguments)
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(result.err.contains("is not an e-mail address like name@example.com"), result.err)
        }
        let file = cli.directory.appendingPathComponent("events.csv")
        try "kind,email,external_id,amount,currency,occurred_at,name\nreview,\"\(hostileAddress)\",r2,,,,\n".write(to: file, atomically: true, encoding: .utf8)
        let imported = try cli.run("import", "events", file.path)
        XCTAssertEqual(imported.status, 1, imported.out)
        XCTAssertTrue(imported.err.contains("line 2"), imported.err)
        let list = try cli.json("member", "list") as? [[String: Any]]
        XCTAssertEqual(list?.compactMap { $0["email"] as? String }, ["zoe@example.com"], "nothing was added or changed")
    }

    func testControlCharactersAreRefusedInEveryStoredText() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "30.00", "--paid")
        let escape = "\u{1B}]0;owned\u{07}"
        let entrances: [[String]] = [
            ["reward", "add", "--name", "Mug", "--cost", "10", "--free-product", "MUG" + escape],
            ["reward", "add", "--name", "Mug", "--cost", "10", "--sale-price", "1.00", "--sku", "MUG" + escape],
            ["reward", "add", "--name", "Mug" + escape, "--cost", "10", "--free-shipping"],
            ["reward", "edit", "1", "--name", "Off" + escape],
            ["rule", "add", "custom", "--name", "Follow" + escape, "--points", "5"],
            ["tier", "add", "--name", "Gold" + escape, "--threshold", "100"],
            ["campaign", "add", "--name", "Double" + escape, "--multiplier", "2x", "--rules", "order", "--from", "2030-01-01", "--to", "2030-02-01"],
            ["program", "set", "--name", "Shop" + escape],
            ["program", "set", "--points-name", "Stars" + escape],
            ["program", "set", "--icon", "\u{1B}"],
            ["email", "edit", "welcome", "--subject", "Hi" + escape],
            ["email", "edit", "welcome", "--body", "Hi" + escape],
            ["member", "add", "--email", "ann@example.com", "--name", "Ann" + escape],
            ["member", "edit", "zoe@example.com", "--name", "Zoë" + escape],
            ["points", "give", "zoe@example.com", "5", "--reason", "thanks" + escape],
            ["event", "custom", "--email", "zoe@example.com", "--id", "c1", "--action", "Follow" + escape],
            ["event", "review", "--email", "zoe@example.com", "--id", "r" + escape],
            ["refund", "--order", "1042", "--amount", "1.00", "--refund-id", "R" + escape],
            ["redeem", "zoe@example.com", "--reward", "1", "--order", "1042" + escape],
        ]
        func memberData() throws -> String {
            try cli.ok("member", "export-data", "zoe@example.com").split(separator: "\n").filter { !$0.contains("exported_at") }.joined(separator: "\n")
        }
        let before = try memberData()
        for arguments in entrances {
            let result = try cli.runRaw(["--db", cli.database] + arguments)
            XCTAssertEqual(result.status, 1, "\(arguments.joined(separator: " ")) was accepted: \(result.out)")
            XCTAssertFalse(result.err.contains("\u{1B}"), "the refusal itself is terminal-safe")
        }
        XCTAssertEqual(try memberData(), before, "nothing about the member changed")
        let stored = try String(decoding: Data(contentsOf: URL(fileURLWithPath: cli.database)), as: UTF8.self)
        XCTAssertFalse(stored.contains("owned"), "no refused text reached the database")
        XCTAssertEqual(try cli.ok("coupon", "export", "--format", "csv", "--all").contains("\u{1B}"), false)
    }

    func testAnImportRowWithAControlCharacterIsRefusedByLineAndField() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "30.00", "--paid")
        let file = cli.directory.appendingPathComponent("events.csv")
        try """
            kind,email,external_id,amount,currency,occurred_at,name,action,refund_id
            custom,zoe@example.com,c1,,,,,Follow\u{1B}[2J,
            refund,,1042,1.00,,,,,R\u{07}
            review,ann@example.com,r1,,,,Ann\u{1B}[31m,,

            """.write(to: file, atomically: true, encoding: .utf8)
        let result = try cli.run("import", "events", file.path)
        XCTAssertEqual(result.status, 1)
        for expected in ["line 2: \"action\"", "line 3: \"refund_id\"", "line 4: \"name\""] {
            XCTAssertTrue(result.err.contains(expected), "\(expected) in \(result.err)")
        }
        XCTAssertFalse(result.err.contains("\u{1B}"))
        XCTAssertEqual(try cli.run("member", "show", "ann@example.com").status, 1, "nothing was imported")
    }
}
