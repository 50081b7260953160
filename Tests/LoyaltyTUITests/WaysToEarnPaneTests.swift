import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal
import XCTest

final class WaysToEarnPaneTests: XCTestCase {
    /// 10 Stars per 1.00 EUR on orders (capped), 50 for signing up, a paused custom action, and a December campaign on orders.
    private func rulesDriver(width: Int = 100, height: Int = 30) throws -> DashboardDriver {
        let driver = try DashboardDriver(width: width, height: height) { store in
            let order = try store.addRule(EarningRule(kind: .order, award: .perSpend(points: 10, per: Money(minorUnits: 100, currency: .euro)),
                                                      maxPerEvent: 500, maxPerMemberPerDay: 1000))
            _ = try store.addRule(EarningRule(kind: .signup, award: .fixed(50)))
            _ = try store.addRule(EarningRule(kind: .custom, name: "Visit on a Tuesday", award: .fixed(5), active: false))
            _ = try store.addCampaign(Campaign(name: "Double December", multiplier: 200, starts: DashboardDriver.day(2025, 12, 1, in: store),
                                               ends: DashboardDriver.day(2026, 1, 1, in: store), ruleIDs: [order.id]))
        }
        driver.press(.character("3"))
        return driver
    }

    func testTheWaysToEarnScreenAt100x30ListsRulesThenCampaigns() throws {
        let driver = try rulesDriver()
        XCTAssertEqual(driver.screen, """
             ★ Café Aurora · Stars  Draft                                                       anna · :memory:
                                ┌─ Ways to earn ───────────────────────────────────────────────────────────────┐
             1 Overview         │Way to earn                       Kind   Earns              Caps event/day On │
             2 Program          │Place an order                    order  10 Stars per €1.00 500 / 1,000    On │
             3 Ways to earn     │Sign up                           signup 50 Stars           —              On │
             4 Rewards          │Visit on a Tuesday                custom 5 Stars            —              Off│
             5 Tiers            │                                                                              │
             6 Emails           │ Campaigns                                                                    │
             7 Members          │Campaign        Multiplier Days                    Ways to earn               │
             8 Review & launch  │Double December 2x         2025-12-01 – 2025-12-31 Place an order             │
             9 Pages preview    │                                                                              │
             0 Audit log        │                                                                              │
            \(emptyRows(20, count: 15))
                                └──────────────────────────────────────────────────────────────────────────────┘

            a Add  Enter/e Edit  Space On/off  d Delete  c Add campaign  x Delete campaign  q/^C Quit  ?/F1 Help
            """)
    }

    func testTheWaysToEarnScreenAt60x20() throws {
        let driver = try rulesDriver(width: 60, height: 20)
        XCTAssertEqual(driver.screen, """
             ★ Café Aurora · Stars  Draft               anna · :memory:
             1 Overview   2 Program   3 Ways to earn   4 Rewards       ›
            ┌─ Ways to earn ───────────────────────────────────────────┐
            │Way to earn          Earns              Caps event/day On │
            │Place an order       10 Stars per €1.00 500 / 1,000    On │
            │Sign up              50 Stars           —              On │
            │Visit on a Tuesday   5 Stars            —              Off│
            │                                                          │
            │ Campaigns                                                │
            │Campaign       Mult. Days                    Ways to earn │
            │Double Decemb… 2x    2025-12-01 – 2025-12-31 Place an ord…│
            \(emptyRows(0, count: 6, innerWidth: 58))
            └──────────────────────────────────────────────────────────┘

            a Add  Enter/e Edit  Space On/off  d Delete  c Add campaign
            """)
    }

    func testAnEmptyPaneSaysHowToAddTheFirstWayToEarnAndCampaign() throws {
        let driver = try DashboardDriver(width: 60, height: 20)
        driver.press(.character("3"))
        XCTAssertEqual(Array(driver.lines[3...10]), [
            "│Way to earn                        Earns Caps event/day On│",
            "│ No ways to earn yet. Press a to add one, e.g. 10 Stars   │",
            "│ for every €1.00 spent on orders.                         │",
            "│                                                          │",
            "│ Campaigns                                                │",
            "│Campaign Mult. Days Ways to earn                          │",
            "│ None. Press c to add one, e.g. 2x Stars on orders in     │",
            "│ December.                                                │",
        ])
        XCTAssertEqual(driver.lines[19], "a Add  c Add campaign  q/^C Quit  ?/F1 Help")
    }

    func testAddingARuleFromKeysFirstAsksForTheKindThenSavesTheRule() throws {
        let driver = try DashboardDriver()
        driver.press(.character("3"), .character("a"))
        XCTAssertTrue(driver.screen.contains("│ Way to earn ‹ Sign up ›"))
        driver.press(.right, .enter)                    // Place an order
        XCTAssertEqual(driver.state.form?.title, "Add way to earn: Place an order")
        driver.type("10")
        driver.press(.tab)
        driver.type("1.00")
        driver.press(.tab)
        driver.type("500")
        driver.press(.enter)
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(try driver.store.rules(), [EarningRule(id: 1, kind: .order, award: .perSpend(points: 10, per: Money(minorUnits: 100, currency: .euro)),
                                                              maxPerEvent: 500)])
        XCTAssertEqual(driver.lines[3], " 2 Program          │Place an order                      order 10 Stars per €1.00 500 / —        On│")
        XCTAssertEqual(driver.lines[28], " \"Place an order\" added: 10 Stars per €1.00")
    }

    func testTheKindChoiceOffersOnlyKindsNotUsedYetButAlwaysCustom() throws {
        let driver = try rulesDriver()
        driver.press(.character("a"))
        let options = try XCTUnwrap(driver.state.form?.fields.first).kind
        XCTAssertEqual(options, .choice(["Book a service", "Buy an event ticket", "RSVP to an event", "Subscribe to newsletter", "Write a review",
                                         "Birthday", "Refer a friend", "Custom action"]))
    }

    func testACustomActionIsNamedInTheForm() throws {
        let driver = try rulesDriver()
        driver.press(.character("a"), .left, .enter)        // ← wraps round to the last kind, Custom action
        XCTAssertEqual(driver.state.form?.title, "Add way to earn: Custom action")
        driver.type("Bring a friend to a tasting")
        driver.press(.tab)
        driver.type("25")
        driver.press(.enter)
        XCTAssertEqual(try driver.store.rules().last?.name, "Bring a friend to a tasting")
        XCTAssertEqual(try driver.store.rules().last?.award, .fixed(25))
    }

    func testAnInvalidNumberShowsTheReasonInlineAndSavesNothing() throws {
        let driver = try DashboardDriver()
        driver.press(.character("3"), .character("a"), .enter)   // Sign up
        driver.type("1O")
        XCTAssertTrue(driver.screen.contains("Stars: \"1O\" is not a whole number"))
        driver.press(.enter)
        XCTAssertEqual(driver.state.form?.error, "Stars: \"1O\" is not a whole number")
        XCTAssertEqual(try driver.store.rules(), [])
    }

    func testEscCancelsTheFormAndSavesNothing() throws {
        let driver = try DashboardDriver()
        driver.press(.character("3"), .character("a"), .enter)
        driver.type("50")
        driver.press(.escape)
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(try driver.store.rules(), [])
        XCTAssertTrue(driver.screen.contains("No ways to earn yet"))
    }

    func testEditingChangesTheSelectedRule() throws {
        let driver = try rulesDriver()
        driver.press(.character("j"), .character("e"))
        XCTAssertEqual(driver.state.form?.title, "Edit way to earn: Sign up")
        driver.press(.ctrl("u"))
        driver.type("75")
        driver.press(.enter)
        XCTAssertEqual(try driver.store.rules()[1].award, .fixed(75))
        XCTAssertTrue(driver.screen.contains(" \"Sign up\" saved"))
    }

    func testTurningOffTheLastActiveRuleOfAnActiveProgrammePausesItAndSaysSo() throws {
        let driver = try DashboardDriver { store in
            _ = try store.addRule(EarningRule(kind: .signup, award: .fixed(50)))
            _ = try store.addReward(Reward(name: "Free coffee", kind: .fixed(FixedReward(cost: 100, discount: .freeProduct(sku: "COFFEE")))))
            _ = try store.launch()
        }
        driver.press(.character("3"), .character(" "))
        XCTAssertEqual(try driver.store.program().status, .paused)
        XCTAssertEqual(driver.lines[28], " \"Sign up\" turned off; the programme is now paused because no way to earn is active")
        XCTAssertTrue(driver.lines[0].contains(" Paused "))
        XCTAssertTrue(driver.lines[3].hasSuffix("│Sign up                                     signup 50 Stars —              Off│"))
        driver.press(.character(" "))
        XCTAssertEqual(driver.lines[28], " \"Sign up\" turned on; the programme is still paused: resume it in Program (p)")
    }

    func testTurningOffOneOfSeveralRulesKeepsTheProgrammeActive() throws {
        let driver = try rulesDriver()
        driver.press(.character(" "))
        XCTAssertFalse(try driver.store.rules()[0].active)
        XCTAssertEqual(driver.lines[28], " \"Place an order\" turned off: members no longer earn with it")
    }

    func testDeleteAsksFirstNamingTheRuleAndNoKeepsTheRow() throws {
        let driver = try rulesDriver()
        driver.press(.down, .character("d"))
        XCTAssertTrue(driver.screen.contains("Delete the way to earn \"Sign up\"? Members keep"))
        driver.press(.character("n"))
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(try driver.store.rules().count, 3)
        XCTAssertTrue(driver.lines[4].contains("│Sign up "))
        driver.press(.character("d"), .character("y"))
        XCTAssertEqual(try driver.store.rules().map(\.name), ["Place an order", "Visit on a Tuesday"])
        XCTAssertEqual(driver.lines[28], " \"Sign up\" deleted")
    }

    func testAddingACampaignFromKeys() throws {
        let driver = try rulesDriver()
        driver.press(.character("c"))
        XCTAssertEqual(driver.state.form?["from"], "2025-12-01")
        XCTAssertEqual(driver.state.form?["to"], "2025-12-07")
        driver.type("Tuesday treat")
        driver.press(.tab, .ctrl("u"))
        driver.type("1.5x")
        driver.press(.tab, .ctrl("u"))
        driver.type("2026-01-06")
        driver.press(.tab, .ctrl("u"))
        driver.type("2026-01-06")
        driver.press(.tab)
        driver.type("signup, visit on a tuesday")
        driver.press(.enter)
        XCTAssertNil(driver.state.modal)
        let added = try XCTUnwrap(try driver.store.campaigns().first { $0.name == "Tuesday treat" })
        XCTAssertEqual(added.multiplier, 150)
        XCTAssertEqual(added.starts, DashboardDriver.day(2026, 1, 6, in: driver.store))
        XCTAssertEqual(added.ends, DashboardDriver.day(2026, 1, 7, in: driver.store), "the last day is included")
        XCTAssertEqual(added.ruleIDs.sorted(), [2, 3])
        XCTAssertTrue(driver.screen.contains("│Tuesday treat   1.5x       2026-01-06 – 2026-01-06 Sign up, Visit on a Tuesday│"))
    }

    func testACampaignNamingAnUnknownRuleIsRefusedInTheForm() throws {
        let driver = try rulesDriver()
        driver.press(.character("c"))
        driver.type("Reviews week")
        driver.press(.tab, .tab, .tab, .tab)
        driver.type("review")
        driver.press(.enter)
        XCTAssertEqual(driver.state.form?.error, "Ways to earn: no way to earn called \"review\"; use one of: order, signup, Visit on a Tuesday")
        XCTAssertEqual(try driver.store.campaigns().count, 1)
    }

    func testADateThatIsNotADayIsRefusedInTheForm() throws {
        let driver = try rulesDriver()
        driver.press(.character("c"))
        driver.type("Leap")
        driver.press(.tab, .tab, .ctrl("u"))
        driver.type("2026-02-30")
        driver.press(.tab, .tab)
        driver.type("order")
        driver.press(.enter)
        XCTAssertEqual(driver.state.form?.error, "From: \"2026-02-30\" is not a day of the calendar")
    }

    func testEditingTheSelectedCampaignFromKeys() throws {
        let driver = try rulesDriver()
        driver.press(.character("G"), .character("e"))
        XCTAssertEqual(driver.state.form?.title, "Edit campaign")
        XCTAssertEqual(["name", "multiplier", "from", "to", "rules"].map { driver.state.form?[$0] },
                       ["Double December", "2x", "2025-12-01", "2025-12-31", "order"])
        driver.press(.tab, .ctrl("u"))
        driver.type("3x")
        driver.press(.tab, .tab, .ctrl("u"))
        driver.type("2026-01-06")
        driver.press(.enter)
        XCTAssertNil(driver.state.modal)
        let saved = try XCTUnwrap(try driver.store.campaigns().first)
        XCTAssertEqual(saved.multiplier, 300)
        XCTAssertEqual(saved.starts, DashboardDriver.day(2025, 12, 1, in: driver.store), "a day left as it was keeps its moment")
        XCTAssertEqual(saved.ends, DashboardDriver.day(2026, 1, 7, in: driver.store), "the last day is included")
        XCTAssertEqual(driver.lines[28], " Campaign \"Double December\" saved: 3x Stars from 2025-12-01 – 2026-01-06")
    }

    func testXDeletesTheSelectedCampaignAfterConfirmation() throws {
        let driver = try rulesDriver()
        driver.press(.character("x"))
        XCTAssertNil(driver.state.modal, "a rule is selected, not a campaign")
        XCTAssertEqual(driver.lines[28], " x deletes a campaign: first select one in the Campaigns list below the ways to earn (↓ or G)")
        driver.press(.character("G"), .character("x"))
        XCTAssertTrue(driver.screen.contains("Delete the campaign \"Double December\" (2x, 2025-12-01 –"))
        driver.press(.escape)
        XCTAssertEqual(try driver.store.campaigns().count, 1)
        driver.press(.character("x"), .character("y"))
        XCTAssertEqual(try driver.store.campaigns().count, 0)
        XCTAssertEqual(driver.lines[28], " Campaign \"Double December\" deleted")
    }

    func testAClickSelectsARuleOrACampaign() throws {
        let driver = try rulesDriver()
        driver.dashboard.handle(.mouse(MouseEvent(.click, x: 40, y: 9)))
        XCTAssertEqual(driver.state.list(.waysToEarn).selected, 3, "the campaign row")
        XCTAssertEqual(driver.lines[29], "a Add  Enter/e Edit  d Delete  c Add campaign  x Delete campaign  q/^C Quit  ?/F1 Help")
        driver.dashboard.handle(.mouse(MouseEvent(.click, x: 40, y: 4)))
        XCTAssertEqual(driver.state.list(.waysToEarn).selected, 1)
        driver.dashboard.handle(.mouse(MouseEvent(.wheelDown, x: 40, y: 4)))
        XCTAssertEqual(driver.state.list(.waysToEarn).selected, 3)
    }

    func testTheHelpListsEveryKeyOfThePane() throws {
        let driver = try rulesDriver()
        driver.press(.character("?"))
        for line in ["↑/↓ k/j    Previous / next row", "PgUp/PgDn  A page up / down", "g/G        First / last row", "a          Add",
                     "Enter/e    Edit", "Space      On/off", "d          Delete", "c          Add campaign", "x          Delete campaign"] {
            XCTAssertTrue(driver.screen.contains(line), line)
        }
    }
}
