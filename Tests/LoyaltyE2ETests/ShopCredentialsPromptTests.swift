import Foundation
import XCTest

/// `loyalty shop connect` in a real terminal asks for each credential and never shows what is typed.
final class ShopCredentialsPromptTests: XCTestCase {
    func testTheCredentialsTypedAtThePromptsAreNeverShown() throws {
        try E2E.requireTmux()
        let database = try E2E.temporaryDatabase()
        defer { E2E.removeTemporary(database) }
        try E2E.loyalty(database, "init", "--name", "Café Zoë")
        let terminal = try Tmux(arguments: ["--db", database.path, "shop", "connect", "woocommerce", "--url", "https://shop.example"])
        defer { terminal.close() }
        let secrets = ["ck_typed_4b1e", "cs_typed_90aa", "wh_typed_77c3"]
        for (prompt, secret) in zip(["consumer key (ck_…):", "consumer secret (cs_…):", "Secret of the WooCommerce webhooks:"], secrets) {
            try terminal.waitFor(prompt)
            try terminal.type(secret)
            Thread.sleep(forTimeInterval: 0.2)  // time for an echo to reach the screen, were there one
            let screen = try terminal.screen()
            XCTAssertFalse(screen.contains(secret), "\(secret) was shown:\n\(Tmux.framed(screen))")
            try terminal.press("Enter")
        }
        try terminal.waitForExit()
        let stored = try String(contentsOfFile: database.path + ".shop-credentials", encoding: .utf8)
        XCTAssertEqual(stored, "platform=woocommerce\nconsumer_key=\(secrets[0])\nconsumer_secret=\(secrets[1])\nwebhook_secret=\(secrets[2])\n")
        XCTAssertTrue(try E2E.loyalty(database, "shop", "status").contains("WooCommerce https://shop.example"))
    }
}
