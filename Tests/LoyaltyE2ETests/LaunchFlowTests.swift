import Foundation
import XCTest

/// The demo flow of the dashboard: from an empty database to a launched programme without
/// leaving the dashboard, then the database checked for what the keys should have saved.
final class LaunchFlowTests: XCTestCase {
    func testANewUserLaunchesAProgrammeFromAnEmptyDatabase() throws {
        let (database, terminal) = try Dashboard.open(for: self, on: .noDatabase, ready: "New programme")
        try terminal.waitFor("Draft")

        // Program: name and points name.
        try terminal.press("2")
        try terminal.waitFor("┌─ Program")
        try terminal.press("e")
        try terminal.waitFor("Programme details")
        try terminal.type("Café Zoë")
        try terminal.press("Tab", "C-u")
        try terminal.type("Stars")
        try terminal.press("Enter")
        try terminal.waitFor("Programme details saved")
        var screen = try terminal.waitFor("Café Zoë · Stars")
        XCTAssertTrue(ScreenText.line(containing: "Points name", in: screen)?.contains("Stars") == true, Tmux.framed(screen))

        // Ways to earn: an order earns 10 Stars per 1.00.
        try terminal.press("3")
        try terminal.waitFor("No ways to earn yet")
        try terminal.press("a")
        try terminal.waitFor("‹ Sign up ›")
        try terminal.press("Right")
        try terminal.waitFor("‹ Place an order ›")
        try terminal.press("Enter")
        try terminal.waitFor("Add way to earn: Place an order")
        try terminal.type("10")
        try terminal.press("Tab")
        try terminal.type("1.00")
        try terminal.press("Enter")
        try terminal.waitFor("\"Place an order\" added: 10 Stars per €1.00")
        screen = try terminal.screen()
        let rule = ScreenText.line(containing: "Place an order", in: screen) ?? ""
        XCTAssertTrue(rule.contains("10 Stars per €1.00") && ScreenText.words(rule).last == "On", Tmux.framed(screen))

        // Rewards: 5.00 EUR off for 100 Stars.
        try terminal.press("4")
        try terminal.waitFor("No rewards yet")
        try terminal.press("a")
        try terminal.waitFor("Add fixed reward")
        try terminal.type("€5 off")
        try terminal.press("Tab", "Right")
        try terminal.waitFor("‹ Amount off ›")
        try terminal.press("Tab")
        try terminal.type("5.00")
        try terminal.press("Tab", "Tab")
        try terminal.type("100")
        try terminal.press("Enter")
        try terminal.waitFor("Reward \"€5 off\" added")
        screen = try terminal.screen()
        let reward = ScreenText.line(containing: "€5 off", in: screen) ?? ""
        XCTAssertTrue(reward.contains("€5.00 off") && reward.contains("100 Stars"), Tmux.framed(screen))

        // Emails: switch on the welcome e-mail (the first row).
        try terminal.press("6")
        try terminal.waitFor("Welcome new members")
        try terminal.press("Space")
        try terminal.waitFor("Welcome new members: On")

        // Review & launch: everything ticked, launch after confirming.
        try terminal.press("8")
        screen = try terminal.waitFor("Ready. Press Enter to launch the programme.")
        XCTAssertTrue(screen.contains("✓ Programme: Café Zoë"), Tmux.framed(screen))
        XCTAssertTrue(screen.contains("✓ Emails: 1 of 6 on"), Tmux.framed(screen))
        XCTAssertFalse(screen.contains("✗"), Tmux.framed(screen))
        try terminal.press("Enter")
        try terminal.waitFor("Launch Café Zoë? Customers start earning Stars at once.")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT status FROM program"), "draft", "nothing is launched before the answer")
        try terminal.press("y")
        try terminal.waitFor("Café Zoë is launched: Active")
        screen = try terminal.waitFor("The programme is Active.")
        let header = ScreenText.lines(screen).first ?? ""
        XCTAssertTrue(header.contains("Café Zoë · Stars") && header.contains(" Active "), "header: \(header)")
        XCTAssertTrue(terminal.isRunning)

        // What the keys saved.
        XCTAssertEqual(try E2E.sqlite(database, "SELECT status, name, points_name, launched_at IS NOT NULL FROM program"), "active|Café Zoë|Stars|1")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT kind, points, per_minor, active FROM earning_rules"), "order|10|100|1")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT name, kind, cost, discount_type, discount_value, active FROM rewards"),
                       "€5 off|fixed|100|amount_off|500|1")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT trigger FROM email_automations WHERE active = 1"), "welcome")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT count(*) FROM email_automations WHERE active = 0"), "5")
    }

    func testTheDraftDemoOpensOnReviewAndLaunchesWithEnter() throws {
        let ready = "Ready. Press Enter to launch the programme."
        let (database, terminal) = try Dashboard.open(for: self, on: .noDatabase, options: ["--demo", "draft"], ready: ready)
        var screen = try terminal.waitFor(ready)
        XCTAssertTrue(screen.contains("┌─ Review & launch"), "a draft opens on its checklist:\n\(Tmux.framed(screen))")
        XCTAssertTrue(screen.contains("✓ Programme: Café Aurora Rewards"), Tmux.framed(screen))
        XCTAssertFalse(screen.contains("✗"), Tmux.framed(screen))
        XCTAssertEqual(try E2E.sqlite(database, "SELECT status FROM program"), "draft")
        XCTAssertEqual(try E2E.sqlite(database, "SELECT count(*) FROM members"), "0")
        try terminal.press("Enter")
        try terminal.waitFor("Launch Café Aurora Rewards? Customers start earning")
        try terminal.press("y")
        try terminal.waitFor("Café Aurora Rewards is launched: Active")
        screen = try terminal.waitFor("The programme is Active.")
        XCTAssertTrue(terminal.isRunning)
        XCTAssertEqual(try E2E.sqlite(database, "SELECT status, launched_at IS NOT NULL FROM program"), "active|1")
    }
}
