import Foundation
import LoyaltyText
import ShopStandInSupport
import XCTest
@testable import loyalty

/// Every command run in the pseudo-language (see `PseudoLanguage`): its `--help`, a success and a
/// typical refusal. Any English word outside the ⟦ ⟧ brackets bypassed the catalogs and fails the
/// test, naming the command and the words. The command tree is walked, so a new command is checked
/// (or must be listed as not routed yet) without anyone remembering to add it.
final class PseudoLanguageCLITests: XCTestCase {
    private var catalogFile = ""

    override func setUpWithError() throws {
        catalogFile = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-pseudo-\(UUID().uuidString).po").path
        try PseudoLanguage.catalogText().write(toFile: catalogFile, atomically: true, encoding: .utf8)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: catalogFile) }

    /// Every command below `command`, with the words that lead to it.
    private static func paths(_ command: Command, _ path: [String] = []) -> [(Command, [String])] {
        command.subcommands.flatMap { [($0, path + [$0.name])] + paths($0, path + [$0.name]) }
    }

    /// Words that are not prose: command names, option choices and placeholders.
    private static let treeWords: Set<String> = {
        var words: Set<String> = ["loyalty"]
        for option in CommandTree.root.options + GlobalOptions.all { words.formUnion(option.choices) }
        for (command, _) in paths(CommandTree.root) {
            words.insert(command.name)
            for option in command.options { words.formUnion(option.choices) }
        }
        return words
    }()

    /// Runs `arguments` in the pseudo-language and fails on English outside the brackets (only on
    /// standard error with `errorsOnly`, where standard output is for a machine).
    private func check(_ cli: CLIRunner, _ arguments: [String], data: Set<String> = [], environment: [String: String] = [:], errorsOnly: Bool = false,
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try cli.runRaw(["--db", cli.database] + arguments, environment: environment.merging(["LOYALTY_CATALOG": catalogFile]) { $1 })
        // A JSON document (pretty-printed too) is data, whatever the language.
        let out = errorsOnly || (try? JSONSerialization.jsonObject(with: Data(result.out.utf8))) != nil ? "" : result.out
        let english = PseudoLanguage.bypassed(out + "\n" + result.err, allowed: Self.treeWords.union(data))
        XCTAssertEqual(english, [], "loyalty \(arguments.joined(separator: " ")):\n\(result.out)\(result.err)", file: file, line: line)
    }

    func testThePseudoCatalogWrapsAndLengthensEveryMessage() throws {
        XCTAssertEqual(PseudoLanguage.wrapped("Options:"), "⟦Options:··⟧")
        XCTAssertEqual(PseudoLanguage.bypassed("⟦Options:··⟧\n  --db PATH  ⟦the database⟧ zoe@example.com", allowed: []), [])
        XCTAssertEqual(PseudoLanguage.bypassed("⟦a ⟦b⟧ c⟧ balance 40 Stars", allowed: []), ["balance"], "English outside, after nested brackets")
    }

    func testEveryCommandsHelpIsInTheCatalogs() throws {
        let cli = try CLIRunner()
        for (command, path) in [(CommandTree.root, [String]())] + Self.paths(CommandTree.root) {
            let result = try cli.runRaw(["--db", cli.database] + path + ["--help"], environment: ["LOYALTY_CATALOG": catalogFile])
            XCTAssertEqual(result.status, 0, path.joined(separator: " "))
            // The paragraphs of details not translated yet show as written; examples are commands to copy.
            let untranslated = Set((command.details.map { HelpLayout.wrap(details: $0, words: .english) } ?? []) + command.examples.map { "  " + $0 })
            let checked = result.out.split(separator: "\n", omittingEmptySubsequences: false).filter { !untranslated.contains(String($0)) }
            let english = PseudoLanguage.bypassed(checked.joined(separator: "\n"), allowed: Self.treeWords)
            XCTAssertEqual(english, [], "loyalty \(path.joined(separator: " ")) --help:\n\(result.out)")
        }
    }

    func testTheCommandLinesRefusalsAreInTheCatalogs() throws {
        let cli = try CLIRunner.launched()
        try check(cli, ["member", "set-statu"])
        try check(cli, ["member", "add"])
        try check(cli, ["member", "show"])
        try check(cli, ["member", "list", "--limit"])
        try check(cli, ["member", "list", "--limit", "0"])
        try check(cli, ["member", "list", "--nope"])
        try check(cli, ["member", "list", "--json=yes"])
        try check(cli, ["member", "show", "a@example.com", "b@example.com"])
        try check(cli, ["event", "order", "--email", "zoe@example.com", "--order", "1", "--subtotal", "1,234", "--paid"], data: ["1,234"])
        try check(cli, ["campaign", "add", "--name", "X", "--multiplier", "2x", "--rules", "order", "--from", "01/12/2026", "--to", "2026-12-24"])
    }

    /// The commands whose every message goes through the catalogs; the rest are listed in
    /// `notRoutedYet` until they do, and a command in neither list fails.
    func testEveryCommandIsCheckedOrListedAsNotRoutedYet() {
        let leaves = Self.paths(CommandTree.root).filter { $0.0.action != nil }.map { $0.1.joined(separator: " ") }
        let unknown = leaves.filter { !Self.checkedCommands.contains($0) && !Self.notRoutedYet.contains($0) }
        XCTAssertEqual(unknown, [], "run these in the pseudo-language below, or list them as not routed yet")
    }

    /// Commands the scenarios of this file run, success and refusal.
    private static let checkedCommands: Set<String> = [
        "reward list", "reward add", "reward edit", "reward enable", "reward disable", "reward delete", "help",
        "event booking", "event event_ticket", "event event_rsvp", "event newsletter", "event birthday", "event custom",
        "import woocommerce", "import shopify", "import events", "import customers",
        "member export", "member export-data", "member erase", "coupon export",
        "email list", "email enable", "email disable", "email edit", "email preview",
        "user list", "user add", "user role", "user remove", "backup", "restore", "check", "expire", "daily", "audit",
        "rule list", "rule add", "rule edit", "rule enable", "rule disable", "rule delete",
        "tier list", "tier add", "tier edit", "tier delete", "campaign list", "campaign add", "campaign edit", "campaign delete",
        "init", "program show", "program set", "program launch", "program pause", "program resume", "stats",
        "member set-status", "member add", "member list", "member find", "member show", "member activity", "member edit",
        "points give", "points remove", "points set", "event order", "event review", "refund", "redeem", "coupon list", "coupon use", "coupon void",
        "mail send", "mail preview", "mail list", "mail retry", "page export",
        "shop connect", "shop status", "shop disconnect", "sync", "webhook", "demo",
    ]

    /// Commands whose output still has English of its own (their `--help` is checked above).
    private static let notRoutedYet: Set<String> = []

    /// Data the scenarios type: names, codes, reasons.
    private let data: Set<String> = ["en", "Zoë", "Ana", "Stars", "Star", "Café", "off", "Birthday", "surprise", "Returned", "item", "order:1042", "order:1043"]

    func testMembersPointsEventsRedemptionsAndCouponsSpeakThePseudoLanguage() throws {
        let cli = try CLIRunner.launched()
        try check(cli, ["member", "add", "--name", "Ana", "--email", "ana@example.com", "--status", "visitor"], data: data)
        try check(cli, ["member", "add", "--email", "zoe@example.com"], data: data)
        try check(cli, ["member", "list"], data: data)
        try check(cli, ["member", "list", "--sort", "activity"], data: data)
        try check(cli, ["member", "find", "zo"], data: data)
        try check(cli, ["member", "find", "nobody"], data: data)
        try check(cli, ["member", "edit", "zoe@example.com", "--phone", "+32 470 12 34 56"], data: data)
        try check(cli, ["member", "edit", "zoe@example.com"], data: data)
        try check(cli, ["points", "give", "zoe@example.com", "150", "--reason", "Birthday surprise"], data: data)
        try check(cli, ["points", "remove", "zoe@example.com", "500", "--reason", "Returned item"], data: data)
        try check(cli, ["points", "set", "zoe@example.com", "150", "--reason", "Returned item"], data: data)
        try check(cli, ["event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "12.50", "--paid"], data: data)
        try check(cli, ["event", "order", "--email", "zoe@example.com", "--order", "1042", "--subtotal", "12.50", "--paid"], data: data)
        try check(cli, ["event", "order", "--email", "zoe@example.com", "--order", "1043", "--subtotal", "12.50"], data: data)
        try check(cli, ["event", "review", "--email", "zoe@example.com", "--id", "r1"], data: data)
        try check(cli, ["redeem", "zoe@example.com", "--reward", "1", "--order", "1042"], data: data)
        try check(cli, ["redeem", "ana@example.com", "--reward", "1"], data: data)
        try check(cli, ["refund", "--order", "1042"], data: data)
        try check(cli, ["refund", "--order", "1042", "--amount", "2.00"], data: data)
        try check(cli, ["member", "show", "zoe@example.com"], data: data)
        // The reasons of ledger entries and the actor are stored with each entry, as the store wrote them.
        let stored: Set<String> = ["Refund", "of", "order", "points", "spent", "returned", "coupon", NSUserName(), "root"]
        try check(cli, ["member", "activity", "zoe@example.com"], data: data.union(stored))
        try check(cli, ["member", "activity", "ana@example.com"], data: data)
        try check(cli, ["coupon", "list"], data: data)
        let code = try XCTUnwrap((try cli.json("coupon", "list") as? [[String: Any]])?.first?["code"] as? String)
        try check(cli, ["coupon", "use", code], data: data.union([code]))
        try check(cli, ["coupon", "void", code], data: data.union([code]))
        try check(cli, ["coupon", "list", "--state", "issued"], data: data)
    }

    func testTheProgrammeAndItsStatisticsSpeakThePseudoLanguage() throws {
        let cli = try CLIRunner()
        try check(cli, ["init", "--name", "Café Zoë", "--points-name", "Stars"], data: data)
        try check(cli, ["init", "--name", "Café Zoë"], data: data)
        try check(cli, ["program", "show"], data: data)
        try check(cli, ["program", "launch"], data: data)
        try check(cli, ["program", "set"], data: data)
        try check(cli, ["program", "set", "--expiry-months", "12", "--tier-window-months", "6"], data: data)
        try cli.ok("rule", "add", "order", "--points", "10", "--per", "1")
        try cli.ok("reward", "add", "--name", "Coffee", "--cost", "100", "--free-product", "COFFEE")
        try check(cli, ["program", "launch"], data: data)
        try check(cli, ["program", "pause"], data: data)
        try check(cli, ["program", "pause"], data: data)
        try check(cli, ["program", "resume"], data: data)
        try check(cli, ["stats"], data: data)
    }

    func testWaysToEarnTiersAndCampaignsSpeakThePseudoLanguage() throws {
        let cli = try CLIRunner()
        try cli.ok("init", "--name", "Café Zoë", "--points-name", "Stars")
        let data = self.data.union(["Gold", "Xmas", "Place", "an", "order", "Write", "review"])
        try check(cli, ["rule", "list"], data: data)
        try check(cli, ["rule", "add", "order", "--points", "10", "--per", "1", "--max-per-event", "500"], data: data)
        try check(cli, ["rule", "add", "review", "--points", "50", "--inactive"], data: data)
        try check(cli, ["rule", "list"], data: data)
        try check(cli, ["rule", "edit", "1"], data: data)
        try check(cli, ["rule", "edit", "1", "--points", "15"], data: data)
        try check(cli, ["rule", "enable", "2"], data: data)
        try check(cli, ["rule", "disable", "2"], data: data)
        try check(cli, ["rule", "delete", "9"], data: data)
        try check(cli, ["tier", "list"], data: data)
        try check(cli, ["tier", "add", "--name", "Gold", "--threshold", "1000", "--multiplier", "1.5x"], data: data)
        try check(cli, ["tier", "edit", "Gold"], data: data)
        try check(cli, ["tier", "edit", "Gold", "--threshold", "1200"], data: data)
        try check(cli, ["tier", "delete", "Gold"], data: data)
        try check(cli, ["campaign", "list"], data: data)
        try check(cli, ["campaign", "add", "--name", "Xmas", "--multiplier", "2x", "--rules", "order", "--from", "2026-12-01", "--to", "2026-12-24"], data: data)
        try check(cli, ["campaign", "edit", "1", "--to", "2026-12-24 18:00"], data: data)
        try check(cli, ["campaign", "edit", "1"], data: data)
        try check(cli, ["campaign", "list"], data: data)
        try check(cli, ["campaign", "delete", "1"], data: data)
        try check(cli, ["rule", "delete", "1"], data: data)
    }

    func testUsersBackupsChecksAndTheDailyJobSpeakThePseudoLanguage() throws {
        let cli = try CLIRunner.launched()
        let backup = cli.directory.appendingPathComponent("backup.db").path
        // The audit log's subjects and changes are kept as the store wrote them.
        let stored: Set<String> = ["rule", "added", "reward", "program", "launched", "member", "order", "programme", "draft", "active", "updated",
                                   "name", "points_name", "kind", "points", "per", "cost", "amount_off", "status",
                                   "ana", "viewer", "removed"]
        try check(cli, ["user", "list"], data: data.union([NSUserName(), "root"]))
        try check(cli, ["user", "add", "ana", "--role", "staff"], data: data.union(["ana"]))
        try check(cli, ["user", "role", "ana", "viewer"], data: data.union(["ana"]))
        try check(cli, ["user", "remove", "ana"], data: data.union(["ana"]))
        try check(cli, ["user", "remove", "nobody"], data: data.union(["nobody"]))
        try check(cli, ["backup", backup], data: data)
        try check(cli, ["restore", backup], data: data)
        try check(cli, ["restore", backup, "--yes"], data: data)
        try check(cli, ["check"], data: data)
        try check(cli, ["expire"], data: data)
        try check(cli, ["daily"], data: data)
        try check(cli, ["audit", "--limit", "1"], data: data.union(stored).union([NSUserName(), "root"]))
    }

    func testRewardsEveryKindOfEventAndTheHelpCommandSpeakThePseudoLanguage() throws {
        let cli = try CLIRunner.launched()
        let data = self.data.union(["Coffee", "COFFEE", "Gold", "Follow", "us"])
        try check(cli, ["reward", "add", "--name", "Coffee", "--cost", "80", "--free-product", "COFFEE", "--min-subtotal", "5", "--inactive"], data: data)
        try check(cli, ["reward", "add", "--name", "Points off", "--flexible", "--points", "100", "--value", "1", "--max-discount", "10"], data: data)
        try check(cli, ["reward", "add", "--name", "Coffee", "--cost", "80"], data: data)
        try check(cli, ["reward", "add", "--name", "Coffee", "--cost", "80", "--free-shipping", "--percent-off", "10"], data: data)
        try check(cli, ["reward", "list"], data: data)
        try check(cli, ["reward", "edit", "2", "--cost", "90"], data: data)
        try check(cli, ["reward", "edit", "2", "--points", "5"], data: data)
        try check(cli, ["reward", "enable", "2"], data: data)
        try check(cli, ["reward", "disable", "2"], data: data)
        try check(cli, ["reward", "delete", "2"], data: data)
        try cli.ok("rule", "add", "custom", "--name", "Follow us", "--points", "5")
        for kind in ["booking", "event_ticket", "event_rsvp", "newsletter", "birthday"] {
            try check(cli, ["event", kind, "--email", "zoe@example.com", "--id", "\(kind)-1"], data: data.union(["\(kind):\(kind)-1"]))
        }
        try check(cli, ["event", "custom", "--email", "zoe@example.com", "--id", "c1", "--action", "Follow us"], data: data.union(["custom:c1"]))
        try check(cli, ["help", "member", "find"], data: data)  // a command without paragraphs of details, which are not translated yet
        try check(cli, ["help", "member", "nope"], data: data)
    }

    func testImportsSpeakThePseudoLanguage() throws {
        let cli = try CLIRunner.launched()
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/imports")
        let file = { (name: String) in fixtures.appendingPathComponent(name).path }
        // A bad row's reason is the parser's, and the store keeps each event's outcome as it wrote it.
        let stored: Set<String> = ["earned", "expired", "since", "not", "paid", "yet", "is", "no", "e-mail", "address", "like", "Shopify", "customers"]
        try check(cli, ["import", "woocommerce", file("woocommerce-snapshot-1.json")], data: data.union(stored))
        try check(cli, ["import", "shopify", file("shopify-orders-export-1.csv")], data: data.union(stored))
        try check(cli, ["import", "events", file("events.csv")], data: data.union(stored))
        try check(cli, ["import", "customers", file("woocommerce-customers.json")], data: data.union(stored))
        try check(cli, ["import", "woocommerce", file("nothing-here.json")], data: data.union(stored))
    }

    func testExportsAndErasureSpeakThePseudoLanguage() throws {
        let cli = try CLIRunner.launched()
        let file = { (name: String) in cli.directory.appendingPathComponent(name).path }
        try check(cli, ["member", "export", "--output", file("members.csv")], data: data)
        try check(cli, ["member", "export", "--format", "xml"], data: data)
        try check(cli, ["member", "export-data", "zoe@example.com"], data: data)
        try check(cli, ["coupon", "export", "--output", file("coupons.json")], data: data)
        try cli.ok("points", "give", "zoe@example.com", "100", "--reason", "Birthday surprise")
        try cli.ok("redeem", "zoe@example.com", "--reward", "1")
        try check(cli, ["coupon", "export", "--format", "csv", "--output", file("coupons.csv")], data: data)
        try check(cli, ["member", "erase", "zoe@example.com"], data: data)
        try check(cli, ["member", "erase", "zoe@example.com", "--yes"], data: data.union(["erased"]))
        try check(cli, ["member", "erase", "nobody@example.com", "--yes"], data: data)
    }

    func testAutomaticEmailsSpeakThePseudoLanguage() throws {
        let cli = try CLIRunner.launched()
        // The e-mails' subjects and bodies are the customers' texts, in the programme's language.
        let customers: Set<String> = ["to", "you", "your", "earned", "can", "redeem", "welcome", "Welcome", "have", "a", "new", "coupon", "reached",
                                      "are", "about", "expire", "Hi", "on", "is", "in", "the", "with", "and", "for", "of", "{name}", "{name}!"]
        try check(cli, ["email", "list"], data: data.union(customers))
        try check(cli, ["email", "enable", "welcome"], data: data)
        try check(cli, ["email", "disable", "welcome"], data: data)
        try check(cli, ["email", "edit", "welcome"], data: data)
        try check(cli, ["email", "edit", "welcome", "--subject", "Hello {name}"], data: data.union(["Hello"]))
        try check(cli, ["email", "edit", "welcome", "--body-file", "/nonexistent"], data: data)
        try check(cli, ["email", "preview", "welcome", "--member", "nobody@example.com"], data: data)
    }

    func testMemberSetStatusSpeaksThePseudoLanguage() throws {
        let cli = try CLIRunner.launched()
        try cli.ok("member", "add", "--email", "ana@example.com", "--status", "visitor")
        try check(cli, ["member", "set-status", "zoe@example.com", "visitor"])
        try check(cli, ["member", "set-status", "--all-visitors", "member", "--dry-run"])
        try check(cli, ["member", "set-status", "--all-visitors", "member"])
        try check(cli, ["member", "set-status", "nobody@example.com", "member"])
    }

    /// The words of a text the store kept as it was written (a connection's last error), as data.
    private static func stored(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap {
            [String($0), $0.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.symbols).subtracting(["-"]))]
        })
    }

    func testTheOutboxSpeaksThePseudoLanguage() throws {
        let cli = try CLIRunner.launched()
        try check(cli, ["mail", "list"], data: data)
        try check(cli, ["mail", "preview"], data: data)
        try check(cli, ["mail", "preview", "--member", "zoe@example.com"], data: data)
        try cli.ok("email", "enable", "welcome")
        try cli.ok("member", "add", "--name", "Ana", "--email", "ana@example.com")
        // The e-mail itself is the customers' text, in the programme's language, under its headers (RFC 5322 and 3834).
        let customers: Set<String> = ["to", "you", "your", "welcome", "Welcome", "have", "a", "new", "Hi", "on", "is", "in", "the", "with", "and",
                                      "for", "of", "can", "earn", "are", "now", "member", "points", "as", "start", "auto-generated", "quoted-printable"]
        try check(cli, ["mail", "list"], data: data.union(customers))
        try check(cli, ["mail", "preview"], data: data.union(customers))
        try check(cli, ["mail", "preview", "welcome", "--member", "ana@example.com"], data: data.union(customers))
        let failed = try cli.run("mail", "send", "--command", "exit 3")
        XCTAssertEqual(failed.status, 1, failed.out + failed.err)
        let why = try XCTUnwrap((try cli.json("mail", "list") as? [[String: Any]])?.first?["error"] as? String)
        try check(cli, ["mail", "list"], data: data.union(customers).union(Self.stored(why)))
        try check(cli, ["mail", "retry", "1"], data: data)
        try check(cli, ["mail", "retry", "99"], data: data)
        try check(cli, ["mail", "send", "--command", "cat >/dev/null", "--retry-now"], data: data)
        try check(cli, ["mail", "send", "--command", "exit 3", "--retry-now"], data: data)
    }

    func testPageExportAndTheDemoSpeakThePseudoLanguage() throws {
        let cli = try CLIRunner.launched()
        let pages = cli.directory.appendingPathComponent("pages").path
        try check(cli, ["page", "export", pages], data: data)
        try check(cli, ["page", "export", pages, "--member", "zoe@example.com"], data: data)
        try check(cli, ["page", "export", pages, "--member", "nobody@example.com"], data: data)
        try cli.ok("member", "erase", "zoe@example.com", "--yes")
        try check(cli, ["page", "export", pages, "--member", "zoe@example.com"], data: data)

        let demo = try CLIRunner()
        try check(demo, ["demo", "--members", "20", "--days", "30"], data: data)
        try check(demo, ["demo", "--members", "20", "--days", "30"], data: data)
    }

    func testTheShopItsSyncAndItsWebhookSpeakThePseudoLanguage() throws {
        let shop = try ShopStandIn(.woocommerce, orders: 30, seed: 3)
        let cli = try CLIRunner.launched()
        let secrets = cli.directory.appendingPathComponent("shop.secrets").path
        try shop.credentials().write(toFile: secrets, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secrets)
        let cgi = ["REQUEST_METHOD": "POST", "CONTENT_LENGTH": "0"]
        try check(cli, ["shop", "status"], data: data)
        try check(cli, ["sync"], data: data)
        try check(cli, ["webhook"], data: data, environment: cgi, errorsOnly: true)
        try check(cli, ["shop", "connect", "woocommerce", "--store", "zoes-cafe"], data: data)
        try check(cli, ["shop", "connect", "shopify", "--url", shop.address], data: data)
        try check(cli, ["shop", "connect", "woocommerce", "--url", shop.address, "--credentials-file", secrets], data: data)
        try check(cli, ["shop", "connect", "woocommerce", "--url", shop.address, "--credentials-file", secrets], data: data)
        try check(cli, ["shop", "status"], data: data)
        try check(cli, ["sync", "--every", "5"], data: data)
        try check(cli, ["sync"], data: data)
        try check(cli, ["sync"], data: data)
        try check(cli, ["shop", "status"], data: data)

        // The web server's error log, in the operator's language; the answers are for the shop.
        try check(cli, ["webhook"], data: data, environment: ["REQUEST_METHOD": "GET"], errorsOnly: true)
        try check(cli, ["webhook"], data: data, environment: ["REQUEST_METHOD": "POST"], errorsOnly: true)
        try check(cli, ["webhook"], data: data, environment: ["REQUEST_METHOD": "POST", "CONTENT_LENGTH": "twelve"], errorsOnly: true)
        try check(cli, ["webhook"], data: data, environment: ["REQUEST_METHOD": "POST", "CONTENT_LENGTH": "2000000"], errorsOnly: true)
        try check(cli, ["webhook"], data: data, environment: cgi, errorsOnly: true)
        try check(cli, ["webhook"], data: data, environment: cgi.merging(["HTTP_X_WC_WEBHOOK_SIGNATURE": "bm90IGl0"]) { $1 }, errorsOnly: true)

        try shop.control("revoke")
        try check(cli, ["sync"], data: data)
        let lastError = try XCTUnwrap((try cli.json("shop", "status") as? [String: Any])?["last_error"] as? String)
        try check(cli, ["shop", "status"], data: data.union(Self.stored(lastError)))
        try check(cli, ["shop", "disconnect"], data: data)
        try check(cli, ["shop", "disconnect"], data: data)
    }
}
