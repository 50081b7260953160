import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

final class MembersPaneTests: XCTestCase {
    func testTheListAt100x30KeepsEveryColumnAlignedWhateverTheScript() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"))
        XCTAssertEqual(driver.lines(0...8), """
             ★ Café Aurora · Stars  Active                                                      anna · :memory:
                                ┌─ Members ────────────────────────────────────────────────────────────────────┐
             1 Overview         │ / finds a member by name or e-mail · 3 people                                │
             2 Program          │Name       E-mail                             Status  Tier Balance Last active│
             3 Ways to earn     │Zoë Jansen zoe@example.com                    Member  Base     120 2025-03-14 │
             4 Rewards          │ןהכ םולש   shalom@example.org                 Visitor Base      40 2025-03-14 │
             5 Tiers            │山田 太郎  yamada@example.jp                  Member  Base     300 2025-03-14 │
             6 Emails           │                                                                              │
             7 Members          │                                                                              │
            """)
        XCTAssertEqual(driver.lines(29...29), "Enter Open  a Add member  Space Mark  f Filter  o Order  q/^C Quit  ?/F1 Help  Tab Next section")
    }

    func testTheListAt60x20ShowsNameEmailStatusAndBalance() throws {
        let driver = try DashboardDriver.launchedShop(width: 60, height: 20)
        driver.press(.character("7"))
        XCTAssertEqual(driver.screen, """
             ★ Café Aurora · Stars  Active              anna · :memory:
            ‹ 4 Rewards   5 Tiers   6 Emails   7 Members               ›
            ┌─ Members ────────────────────────────────────────────────┐
            │ / finds a member by name or e-mail · 3 people            │
            │Name       E-mail                          Status  Balance│
            │Zoë Jansen zoe@example.com                 Member      120│
            │ןהכ םולש   shalom@example.org              Visitor      40│
            │山田 太郎  yamada@example.jp               Member      300│
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            │                                                          │
            └──────────────────────────────────────────────────────────┘

            Enter Open  a Add member  Space Mark  f Filter  o Order
            """)
    }

    func testEnterOpensTheMemberWithDetailsCouponsAndActivity() throws {
        let driver = try DashboardDriver.launchedShop(width: 60, height: 20)
        driver.press(.character("7"), .enter)
        XCTAssertEqual(driver.lines(2...9), """
            ┌─ Members ────────────────────────────────────────────────┐
            │ Zoë Jansen  zoe@example.com                              │
            │ Member · Base · 120 ★ Stars                              │
            │ Earned 120 · redeemed 0 · joined 2025-03-14              │
            │ Coupons: none                                            │
            │                                                          │
            │Date       Action Change Balance Reason               By  │
            │2025-03-14 Given    +120     120 opening gift         anna│
            """)
        XCTAssertEqual(driver.lines(19...19), "+ Give  - Remove  = Set balance  R Redeem  s Status")
        driver.press(.escape)
        XCTAssertTrue(driver.screen.contains("/ finds a member"), "Esc goes back to the list")
    }

    func testTheMemberViewSaysWhetherTheyAcceptMarketingOnceKnown() throws {
        let driver = try DashboardDriver.launchedShop(width: 100, height: 20)
        let zoe = try driver.store.member(email: "zoe@example.com")
        _ = try driver.store.updateMember(email: zoe.email, zoe.details, acceptsMarketing: false)
        driver.press(.character("7"), .enter)
        XCTAssertTrue(driver.screen.contains("│ Earned 120 · redeemed 0 · joined 2025-03-14 · marketing: no (opted out)   "), driver.screen)
    }

    func testTypingFindsMembersByTheStartOfTheirNameOrEmail() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("/"))
        driver.type("zo")
        XCTAssertEqual(driver.dashboard.state.section, .members)
        XCTAssertEqual(driver.dashboard.state.members.search?.results.map(\.name), ["Zoë Jansen"])
        XCTAssertTrue(driver.lines(2...2).contains("│ Find: zo"))
        driver.press(.backspace, .backspace)
        driver.type("山")
        XCTAssertEqual(driver.dashboard.state.members.search?.results.map(\.name), ["山田 太郎"])
        driver.press(.backspace)
        driver.type("SHALOM@")
        XCTAssertEqual(driver.dashboard.state.members.search?.results.map(\.name), ["שלום כהן"], "e-mail, any letter case")
        driver.press(.enter, .enter)
        XCTAssertTrue(driver.lines(2...2).contains("│ ןהכ םולש  shalom@example.org"), "Enter keeps the results, Enter again opens")
        driver.press(.escape, .escape)
        XCTAssertNil(driver.dashboard.state.members.search, "Esc on the results clears the search")
        XCTAssertEqual(driver.dashboard.state.members.window.rows.count, 3)
    }

    func testTypingThreeCharactersOrMoreFindsThemAnywhereInANameOrEmail() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("/"))
        driver.type("ans")
        XCTAssertEqual(driver.dashboard.state.members.search?.results.map(\.name), ["Zoë Jansen"], "the middle of a name")
        XCTAssertTrue(driver.lines(4...4).contains("│Zoë Jansen zoe@example.com"), driver.screen)
        driver.press(.escape, .character("/"))
        driver.type("ample.jp")
        XCTAssertEqual(driver.dashboard.state.members.search?.results.map(\.name), ["山田 太郎"], "the middle of an e-mail")
        driver.press(.escape, .character("/"))
        driver.type("zzz")
        XCTAssertTrue(driver.screen.contains("No name or e-mail contains \"zzz\""), driver.screen)
        driver.press(.backspace)
        XCTAssertTrue(driver.screen.contains("No name or e-mail starts with \"zz\""), driver.screen)
    }

    func testGivingPointsAsksBeforeAfterAndShowsTheNewActivityRowOnTop() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .enter, .character("+"))
        driver.type("50")
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("a reason is required"), "the reason is required")
        driver.press(.tab)
        driver.type("in-store purchase")
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("Zoë Jansen: 120 → 170 Stars"))
        driver.press(.character("n"))
        XCTAssertEqual(driver.dashboard.state.form?.fields.map(\.value), ["50", "in-store purchase"], "No returns to the form as typed")
        driver.press(.enter, .character("y"))
        XCTAssertEqual(try driver.store.member(email: "zoe@example.com").balance, 170)
        XCTAssertEqual(driver.lines(7...9), """
             6 Emails           │Date       Action Change Balance Reason                                   By  │
             7 Members          │2025-03-14 Given     +50     170 in-store purchase                        anna│
             8 Review & launch  │2025-03-14 Given    +120     120 opening gift                             anna│
            """)
        XCTAssertTrue(driver.lines(28...28).contains("Zoë Jansen: 120 → 170 Stars (+50, in-store purchase)"))
    }

    func testRemovingMoreThanTheBalanceIsRefusedInTheForm() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .enter, .character("-"))
        driver.type("500")
        driver.press(.tab)
        driver.type("mistake")
        driver.press(.enter)
        XCTAssertNotNil(driver.dashboard.state.form)
        XCTAssertTrue(driver.screen.contains("Zoë Jansen has 120 Stars; cannot remove 500"))
        XCTAssertEqual(try driver.store.member(email: "zoe@example.com").balance, 120)
    }

    func testSettingTheBalanceShowsTheMinusChange() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .enter, .character("="))
        driver.type("100")
        driver.press(.tab)
        driver.type("recount")
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("Zoë Jansen: 120 → 100 Stars"))
        driver.press(.character("y"))
        XCTAssertTrue(driver.lines(8...8).contains("│2025-03-14 Balance set    −20     100 recount"), driver.screen)
    }

    func testAVisitorCannotRedeemAndTheStoreSaysWhy() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("/"))
        driver.type("shalom")
        driver.press(.enter, .enter, .character("R"), .enter)
        XCTAssertEqual(driver.dashboard.state.form?.error,
                       "shalom@example.org is a visitor; only members can redeem: make them a member first")
        XCTAssertEqual(try driver.store.coupons(memberID: driver.dashboard.state.members.open!.card.member.id), [])
    }

    func testRedeemingShowsTheCouponCodeAndTheCoupon() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .enter, .character("R"), .enter, .character("y"))
        let coupon = try XCTUnwrap(driver.store.coupons(memberID: driver.dashboard.state.members.open!.card.member.id).first)
        let code = DisplayFormat.couponCode(coupon.code)
        XCTAssertTrue(driver.lines(28...28).contains("Coupon \(code) for Zoë Jansen: €5.00 off, 100 Stars"))
        XCTAssertTrue(driver.lines(5...5).contains("Coupons: \(code)  €5 off  issued"))
        XCTAssertTrue(driver.lines(8...8).contains("│2025-03-14 Redeemed   −100      20 €5 off: coupon \(coupon.code)"))
    }

    func testChangingStatusAndAddingAMember() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .character("a"))
        driver.type("Łukasz Nowak")
        driver.press(.tab)
        driver.type("lukasz@example.pl")
        driver.press(.enter)
        XCTAssertEqual(try driver.store.member(email: "lukasz@example.pl").status, .member)
        XCTAssertTrue(driver.screen.contains("Łukasz Nowak added as member"))
        driver.press(.character("/"))
        driver.type("shalom")
        driver.press(.enter, .enter, .character("s"), .left, .enter)
        XCTAssertEqual(try driver.store.member(email: "shalom@example.org").status, .member)
    }

    func testPageDownWalksFiveHundredMembersWithoutSkippingOrRepeatingOne() throws {
        let driver = try DashboardDriver.launchedShop(extraMembers: 497)
        let all = try driver.store.searchMembers("m", limit: 1000).map(\.name)  // every extra member, for the count check
        XCTAssertEqual(all.count, 497)
        var everyone: [String] = []
        var cursor: MemberCursor?
        while case let page = try driver.store.members(after: cursor, limit: 100), let last = page.last {
            everyone += page.map(\.name)
            cursor = MemberCursor(name: last.name, id: last.id)
        }
        XCTAssertEqual(everyone.count, 500)
        driver.press(.character("7"))
        let rows = MembersListView.bodyRows(in: DashboardLayout(width: 100, height: 30).pane)
        var seen: [String] = []
        for _ in 0..<(500 / rows + 2) {
            let window = driver.dashboard.state.members.window
            let top = window.list.visibleOffset(count: window.rows.count, visibleRows: rows)
            let visible = window.rows[top..<min(window.rows.count, top + rows)].map(\.name)
            seen += visible.filter { !seen.contains($0) }
            XCTAssertLessThanOrEqual(window.rows.count, MemberWindow.maxRows)
            driver.press(.pageDown)
        }
        XCTAssertEqual(seen, everyone)
        XCTAssertEqual(driver.dashboard.state.members.window.selected?.name, everyone.last)
        driver.press(.character("g"))
        XCTAssertEqual(driver.dashboard.state.members.window.selected?.name, everyone.first)
        driver.press(.character("G"), .pageUp, .pageUp)
        XCTAssertEqual(driver.dashboard.state.members.window.selected?.name, everyone[499 - 2 * rows])
    }

    func testPagesNeitherOverlapNorLeaveGaps() throws {
        let driver = try DashboardDriver.launchedShop(extraMembers: 97)
        let everyone = try driver.store.members(after: nil, limit: 200).map(\.name)
        let rows = MembersListView.bodyRows(in: DashboardLayout(width: 100, height: 30).pane)
        driver.press(.character("7"))
        for page in 0..<3 {
            let window = driver.dashboard.state.members.window
            let top = window.list.visibleOffset(count: window.rows.count, visibleRows: rows)
            XCTAssertEqual(window.rows[top..<top + rows].map(\.name), Array(everyone[page * rows..<(page + 1) * rows]))
            driver.press(.pageDown)
        }
    }

    func testClickSelectsARowAndTheWheelMovesTheSelection() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"))
        driver.dashboard.handle(.mouse(MouseEvent(.click, x: 30, y: 6)))
        XCTAssertEqual(driver.dashboard.state.members.window.selected?.name, "山田 太郎")
        driver.dashboard.handle(.mouse(MouseEvent(.wheelUp, x: 30, y: 6)))
        XCTAssertEqual(driver.dashboard.state.members.window.selected?.name, "Zoë Jansen")
    }

    func testAChangeElsewhereKeepsTheSelectedMember() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .down)
        _ = try driver.store.addMember(MemberDetails(name: "Aaron Aalders", email: "aaron@example.com"))
        driver.press(.character("r"))
        XCTAssertEqual(driver.dashboard.state.members.window.selected?.name, "שלום כהן")
        XCTAssertEqual(driver.dashboard.state.members.window.rows.first?.name, "Aaron Aalders")
    }

    func testTheListKeysReadAsInEveryListAndTheActivityHasNoKeyForItsLastRow() throws {
        let driver = try DashboardDriver.launchedShop()
        for points in [Points(1), 2, 3] { _ = try driver.store.give(email: "zoe@example.com", points: points, reason: "visit") }
        driver.press(.character("7"), .character("?"))
        for line in ["↑/↓ k/j    Previous / next row", "PgUp/PgDn  A page up / down", "g/G        First / last row"] {
            XCTAssertTrue(driver.screen.contains(line), line)
        }
        driver.press(.escape, .character("G"))
        XCTAssertEqual(driver.state.members.window.selected?.name, "山田 太郎")
        driver.press(.character("g"), .enter, .character("j"), .character("j"))
        XCTAssertEqual(driver.state.members.open?.list.selected, 2)
        driver.press(.character("G"), .end)
        XCTAssertEqual(driver.state.members.open?.list.selected, 2, "G and End are not keys of the activity")
        driver.press(.home)
        XCTAssertEqual(driver.state.members.open?.list.selected, 0)
        driver.press(.character("?"))
        XCTAssertTrue(driver.screen.contains("g          First row"))
        XCTAssertFalse(driver.screen.contains("First / last row"))
    }
}
