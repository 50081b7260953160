import XCTest
import LoyaltyCore
import LoyaltyStore
import Terminal
@testable import LoyaltyTUI

/// The Program and Review & launch sections as whole screens at 100×30.
final class ProgramScreenTests: XCTestCase {
    func testProgramAt100x30ShowsTheDetailsAndTheKeysForADraft() throws {
        let draft = try DashboardDriver()
        draft.press(.character("2"))
        XCTAssertEqual(draft.lines(0...13), """
             ★ Café Aurora · Stars  Draft                                                       anna · :memory:
                                ┌─ Program ────────────────────────────────────────────────────────────────────┐
             1 Overview         │ Name           Café Aurora                                                   │
             2 Program          │ Points name    Stars                                                         │
             3 Ways to earn     │ Icon           ★                                                             │
             4 Rewards          │ Preview        ★ 1,250 Stars                                                 │
             5 Tiers            │ Currency       EUR                                                           │
             6 Emails           │ Status         Draft                                                         │
             7 Members          │ Points expiry  never                                                         │
             8 Review & launch  │ Tier window    12 months                                                     │
             9 Pages preview    │ Customers read English (en)                                                  │
             0 Audit log        │ Shop           not connected                                                 │
                                │                                                                              │
                                │ e edits the details · l launches (see Review & launch)                       │
            """)
        XCTAssertEqual(draft.lines[29], "Enter/e Edit details  l Launch  q/^C Quit  ?/F1 Help  Tab Next section  / Find member  : Command")
    }

    func testReviewAt100x30OfALaunchedProgrammeTicksEveryPart() throws {
        let shop = try DashboardDriver.launchedShop()
        shop.press(.character("8"))
        XCTAssertEqual(shop.lines(0...10), """
             ★ Café Aurora · Stars  Active                                                      anna · :memory:
                                ┌─ Review & launch ────────────────────────────────────────────────────────────┐
             1 Overview         │ ✓ Programme: Café Aurora, ★ Stars                                            │
             2 Program          │ ✓ Ways to earn: Place an order (10 Stars per €1.00)                          │
             3 Ways to earn     │ ✓ Rewards: €5 off, Free cake                                                 │
             4 Rewards          │ ✓ Tiers: Base 0+                                                             │
             5 Tiers            │ ✓ Emails: 0 of 6 on                                                          │
             6 Emails           │ ✓ Points expiry: never                                                       │
             7 Members          │ ! Free cake shows customers "A free product": press 4, e to name it          │
             8 Review & launch  │                                                                              │
             9 Pages preview    │ The programme is Active.                                                     │
            """)
        XCTAssertEqual(shop.lines[29], "p Pause  q/^C Quit  ?/F1 Help  Tab Next section  / Find member  : Command")
    }
}
