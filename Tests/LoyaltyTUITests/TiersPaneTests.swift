import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal
import XCTest

final class TiersPaneTests: XCTestCase {
    /// Base, Silver (500, 1.25x) and Gold (2,000, 1.5x), with three members: two in Base, one in Silver.
    private func tiersDriver(width: Int = 100, height: Int = 30) throws -> DashboardDriver {
        let driver = try DashboardDriver(width: width, height: height) { store in
            _ = try store.addTier(Tier(name: "Silver", threshold: 500, multiplier: 125))
            _ = try store.addTier(Tier(name: "Gold", threshold: 2000, multiplier: 150))
            _ = try store.addRule(EarningRule(kind: .signup, award: .fixed(50)))
            _ = try store.addReward(Reward(name: "Free coffee", kind: .fixed(FixedReward(cost: 100, discount: .freeProduct(sku: "COFFEE")))))
            _ = try store.launch()
            for (name, email) in [("Zoë Jansen", "zoe@example.com"), ("山田 花子", "hanako@example.com"), ("Noa Levi", "noa@example.com")] {
                _ = try store.addMember(MemberDetails(name: name, email: email))
            }
            _ = try store.give(email: "zoe@example.com", points: 600, reason: "Welcome gift")
        }
        driver.press(.character("5"))
        return driver
    }

    func testTheTiersScreenAt100x30ShowsThresholdsMultipliersAndMembers() throws {
        let driver = try tiersDriver()
        XCTAssertEqual(driver.screen, """
             ★ Café Aurora · Stars  Active                                                      anna · :memory:
                                ┌─ Tiers ──────────────────────────────────────────────────────────────────────┐
             1 Overview         │Tier                                          Reached at    Multiplier Members│
             2 Program          │Base                                          0 (base tier) 1x               2│
             3 Ways to earn     │Silver                                        500 Stars     1.25x            1│
             4 Rewards          │Gold                                          2,000 Stars   1.5x             0│
             5 Tiers            │                                                                              │
             6 Emails           │ Members reach a tier with the Stars they earn in 12 months; higher tiers earn│
             7 Members          │ faster.                                                                      │
             8 Review & launch  │                                                                              │
             9 Pages preview    │                                                                              │
             0 Audit log        │                                                                              │
            \(emptyRows(20, count: 15))
                                └──────────────────────────────────────────────────────────────────────────────┘

            a Add tier  Enter/e Edit  d Delete  q/^C Quit  ?/F1 Help  Tab Next section  / Find member  : Command
            """)
    }

    func testTheTiersScreenAt60x20() throws {
        let driver = try tiersDriver(width: 60, height: 20)
        XCTAssertEqual(driver.screen, """
             ★ Café Aurora · Stars  Active              anna · :memory:
            ‹ 2 Program   3 Ways to earn   4 Rewards   5 Tiers         ›
            ┌─ Tiers ──────────────────────────────────────────────────┐
            │Tier                      Reached at    Multiplier Members│
            │Base                      0 (base tier) 1x               2│
            │Silver                    500 Stars     1.25x            1│
            │Gold                      2,000 Stars   1.5x             0│
            │                                                          │
            │ Members reach a tier with the Stars they earn in 12      │
            │ months; higher tiers earn faster.                        │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            └──────────────────────────────────────────────────────────┘

            a Add tier  Enter/e Edit  d Delete  q/^C Quit  ?/F1 Help
            """)
    }

    func testAddingATierFromKeysSavesItAndMovesMembersWhoReachIt() throws {
        let driver = try tiersDriver()
        driver.press(.character("a"))
        driver.type("Bronze")
        driver.press(.tab)
        driver.type("300")
        driver.press(.tab, .ctrl("u"))
        driver.type("1.1x")
        driver.press(.enter)
        XCTAssertNil(driver.state.modal)
        let bronze = try XCTUnwrap(try driver.store.tiers().first { $0.name == "Bronze" })
        XCTAssertEqual(bronze.threshold, 300)
        XCTAssertEqual(bronze.multiplier, 110)
        XCTAssertTrue(driver.screen.contains("│Bronze                                        300 Stars     1.1x             0│"))
        XCTAssertTrue(driver.screen.contains(" Tier Bronze added: reached at 300 Stars"))
    }

    func testAMultiplierThatIsNotOneIsRefusedInTheFormWithEverythingKept() throws {
        let driver = try tiersDriver()
        driver.press(.character("a"))
        driver.type("Platinum")
        driver.press(.tab)
        driver.type("5000")
        driver.press(.tab, .ctrl("u"))
        driver.type("fast")
        driver.press(.enter)
        XCTAssertEqual(driver.state.form?["name"], "Platinum")
        XCTAssertEqual(driver.state.form?.error, "Multiplier: \"fast\" is not a multiplier such as 2x or 1.5x")
        XCTAssertTrue(driver.screen.contains("│ Multiplier: \"fast\" is not a multiplier such as 2x or     │"))
        XCTAssertEqual(try driver.store.tiers().count, 3)
    }

    func testATypoInTheThresholdIsShownInlineAndNothingIsSaved() throws {
        let driver = try tiersDriver()
        driver.press(.character("a"))
        driver.type("Platinum")
        driver.press(.tab)
        driver.type("5k")
        XCTAssertTrue(driver.screen.contains("Stars to reach: \"5k\" is not a whole number"))
        driver.press(.enter)
        XCTAssertNotNil(driver.state.form)
        XCTAssertEqual(try driver.store.tiers().count, 3)
    }

    func testEditingRenamesTheSelectedTier() throws {
        let driver = try tiersDriver()
        driver.press(.down, .character("e"))
        XCTAssertEqual(driver.state.form?.title, "Edit tier Silver")
        driver.press(.ctrl("u"))
        driver.type("Zilver")
        driver.press(.enter)
        XCTAssertEqual(try driver.store.tiers().map(\.name), ["Base", "Zilver", "Gold"])
    }

    func testTheBaseTierCannotBeDeletedAndTheMessageSaysWhatToDoInstead() throws {
        let driver = try tiersDriver()
        driver.press(.character("d"))
        XCTAssertNil(driver.state.modal)
        XCTAssertTrue(driver.lines[28].hasPrefix(" The base tier Base cannot be deleted; press e to rename it"))
    }

    func testDeleteAsksFirstAndNoKeepsTheTier() throws {
        let driver = try tiersDriver()
        driver.press(.character("G"), .character("d"))
        XCTAssertTrue(driver.screen.contains("Delete the tier \"Gold\"? Its 0 members move to the"))
        driver.press(.character("n"))
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(try driver.store.tiers().count, 3)
        driver.press(.character("d"), .character("y"))
        XCTAssertEqual(try driver.store.tiers().map(\.name), ["Base", "Silver"])
        XCTAssertTrue(driver.screen.contains(" Tier Gold deleted"))
    }

    func testAClickSelectsARowAndTheWheelMovesTheSelection() throws {
        let driver = try tiersDriver()
        driver.dashboard.handle(.mouse(MouseEvent(.click, x: 30, y: 4)))
        XCTAssertEqual(driver.state.list(.tiers).selected, 1, "row 4 of the screen is Silver")
        driver.dashboard.handle(.mouse(MouseEvent(.wheelDown, x: 30, y: 4)))
        XCTAssertEqual(driver.state.list(.tiers).selected, 2)
        driver.dashboard.handle(.mouse(MouseEvent(.click, x: 30, y: 2)))
        XCTAssertEqual(driver.state.list(.tiers).selected, 2, "the header selects nothing")
    }
}

