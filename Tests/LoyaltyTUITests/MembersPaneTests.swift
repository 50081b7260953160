import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

final class MembersPaneTests: XCTestCase {
    func testTheListAt100x30KeepsEveryColumnAlignedWhateverTheScript() throws {
        let f = try PaneFixture()
        f.press(.character("7"))
        XCTAssertEqual(f.lines(0...8), """
             ★ Café Aurora · Stars  Active                                                      anna · :memory:
                                ┌─ Members ────────────────────────────────────────────────────────────────────┐
             1 Overview         │ / finds a member by name or e-mail · 3 people                                │
             2 Program          │Name                 E-mail              Status  Tier      Balance Last active│
             3 Ways to earn     │Zoë Jansen           zoe@example.com     Member  Base          120 2025-03-14 │
             4 Rewards          │שלום כהן             shalom@example.org  Visitor Base           40 2025-03-14 │
             5 Tiers            │山田 太郎            yamada@example.jp   Member  Base          300 2025-03-14 │
             6 Emails           │                                                                              │
             7 Members          │                                                                              │
            """)
        XCTAssertEqual(f.lines(29...29), "Enter Open  a Add member  q/^C Quit  ?/F1 Help  Tab Next section  / Find member  : Command")
    }

    func testTheListAt60x20ShowsNameEmailStatusAndBalance() throws {
        let f = try PaneFixture(width: 60, height: 20)
        f.press(.character("7"))
        XCTAssertEqual(f.screen, """
             ★ Café Aurora · Stars  Active              anna · :memory:
            ‹ 4 Rewards   5 Tiers   6 Emails   7 Members   8 Review & la
            ┌─ Members ────────────────────────────────────────────────┐
            │ / finds a member by name or e-mail · 3 people            │
            │Name                  E-mail               Status  Balance│
            │Zoë Jansen            zoe@example.com      Member      120│
            │שלום כהן              shalom@example.org   Visitor      40│
            │山田 太郎             yamada@example.jp    Member      300│
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

            Enter Open  a Add member  q/^C Quit  ?/F1 Help
            """)
    }

    func testEnterOpensTheMemberWithDetailsCouponsAndActivity() throws {
        let f = try PaneFixture(width: 60, height: 20)
        f.press(.character("7"), .enter)
        XCTAssertEqual(f.lines(2...9), """
            ┌─ Members ────────────────────────────────────────────────┐
            │ Zoë Jansen  zoe@example.com                              │
            │ Member · Base · 120 ★ Stars                              │
            │ Earned 120 · redeemed 0 · joined 2025-03-14              │
            │ Coupons: none                                            │
            │                                                          │
            │Date       Action    Change Balance Reason                │
            │2025-03-14 Given       +120     120 opening gift          │
            """)
        XCTAssertEqual(f.lines(19...19), "+ Give  - Remove  = Set balance  R Redeem  s Status")
        f.press(.escape)
        XCTAssertTrue(f.screen.contains("/ finds a member"), "Esc goes back to the list")
    }

    func testTypingFindsMembersByTheStartOfTheirNameOrEmail() throws {
        let f = try PaneFixture()
        f.press(.character("/"))
        f.type("zo")
        XCTAssertEqual(f.dashboard.state.section, .members)
        XCTAssertEqual(f.dashboard.state.members.search?.results.map(\.name), ["Zoë Jansen"])
        XCTAssertTrue(f.lines(2...2).contains("│ Find: zo"))
        f.press(.backspace, .backspace)
        f.type("山")
        XCTAssertEqual(f.dashboard.state.members.search?.results.map(\.name), ["山田 太郎"])
        f.press(.backspace)
        f.type("SHALOM@")
        XCTAssertEqual(f.dashboard.state.members.search?.results.map(\.name), ["שלום כהן"], "e-mail, any letter case")
        f.press(.enter, .enter)
        XCTAssertTrue(f.lines(2...2).contains("│ שלום כהן  shalom@example.org"), "Enter keeps the results, Enter again opens")
        f.press(.escape, .escape)
        XCTAssertNil(f.dashboard.state.members.search, "Esc on the results clears the search")
        XCTAssertEqual(f.dashboard.state.members.window.rows.count, 3)
    }

    func testGivingPointsAsksBeforeAfterAndShowsTheNewActivityRowOnTop() throws {
        let f = try PaneFixture()
        f.press(.character("7"), .enter, .character("+"))
        f.type("50")
        f.press(.enter)
        XCTAssertTrue(f.screen.contains("a reason is required"), "the reason is required")
        f.press(.tab)
        f.type("in-store purchase")
        f.press(.enter)
        XCTAssertTrue(f.screen.contains("Zoë Jansen: 120 → 170 Stars"))
        f.press(.character("n"))
        XCTAssertEqual(f.dashboard.state.form?.fields.map(\.value), ["50", "in-store purchase"], "No returns to the form as typed")
        f.press(.enter, .character("y"))
        XCTAssertEqual(try f.store.member(email: "zoe@example.com").balance, 170)
        XCTAssertEqual(f.lines(7...9), """
             6 Emails           │Date       Action       Change Balance Reason                                 │
             7 Members          │2025-03-14 Given           +50     170 in-store purchase                      │
             8 Review & launch  │2025-03-14 Given          +120     120 opening gift                           │
            """)
        XCTAssertTrue(f.lines(28...28).contains("Zoë Jansen: 120 → 170 Stars (+50, in-store purchase)"))
    }

    func testRemovingMoreThanTheBalanceIsRefusedInTheForm() throws {
        let f = try PaneFixture()
        f.press(.character("7"), .enter, .character("-"))
        f.type("500")
        f.press(.tab)
        f.type("mistake")
        f.press(.enter)
        XCTAssertNotNil(f.dashboard.state.form)
        XCTAssertTrue(f.screen.contains("Zoë Jansen has 120 Stars; cannot remove 500"))
        XCTAssertEqual(try f.store.member(email: "zoe@example.com").balance, 120)
    }

    func testSettingTheBalanceShowsTheMinusChange() throws {
        let f = try PaneFixture()
        f.press(.character("7"), .enter, .character("="))
        f.type("100")
        f.press(.tab)
        f.type("recount")
        f.press(.enter)
        XCTAssertTrue(f.screen.contains("Zoë Jansen: 120 → 100 Stars"))
        f.press(.character("y"))
        XCTAssertTrue(f.lines(8...8).contains("│2025-03-14 Balance set     −20     100 recount"), f.screen)
    }

    func testAVisitorCannotRedeemAndTheStoreSaysWhy() throws {
        let f = try PaneFixture()
        f.press(.character("/"))
        f.type("shalom")
        f.press(.enter, .enter, .character("R"), .enter)
        XCTAssertEqual(f.dashboard.state.form?.error,
                       "shalom@example.org is a visitor; only members can redeem (`loyalty member set-status shalom@example.org member`)")
        XCTAssertEqual(try f.store.coupons(memberID: f.dashboard.state.members.open!.card.member.id), [])
    }

    func testRedeemingShowsTheCouponCodeAndTheCoupon() throws {
        let f = try PaneFixture()
        f.press(.character("7"), .enter, .character("R"), .enter)
        let coupon = try XCTUnwrap(f.store.coupons(memberID: f.dashboard.state.members.open!.card.member.id).first)
        let code = DisplayFormat.couponCode(coupon.code)
        XCTAssertTrue(f.lines(28...28).contains("Coupon \(code) for Zoë Jansen: 5.00 EUR off, 100 Stars"))
        XCTAssertTrue(f.lines(5...5).contains("Coupons: \(code)  €5 off  issued"))
        XCTAssertTrue(f.lines(8...8).contains("│2025-03-14 Redeemed       −100      20 €5 off: coupon \(coupon.code)"))
    }

    func testChangingStatusAndAddingAMember() throws {
        let f = try PaneFixture()
        f.press(.character("7"), .character("a"))
        f.type("Łukasz Nowak")
        f.press(.tab)
        f.type("lukasz@example.pl")
        f.press(.enter)
        XCTAssertEqual(try f.store.member(email: "lukasz@example.pl").status, .member)
        XCTAssertTrue(f.screen.contains("Łukasz Nowak added as member"))
        f.press(.character("/"))
        f.type("shalom")
        f.press(.enter, .enter, .character("s"), .left, .enter)
        XCTAssertEqual(try f.store.member(email: "shalom@example.org").status, .member)
    }

    func testPageDownWalksFiveHundredMembersWithoutSkippingOrRepeatingOne() throws {
        let f = try PaneFixture(extraMembers: 497)
        let all = try f.store.searchMembers("m", limit: 1000).map(\.name)  // every extra member, for the count check
        XCTAssertEqual(all.count, 497)
        var everyone: [String] = []
        var cursor: MemberCursor?
        while case let page = try f.store.members(after: cursor, limit: 100), let last = page.last {
            everyone += page.map(\.name)
            cursor = MemberCursor(name: last.name, id: last.id)
        }
        XCTAssertEqual(everyone.count, 500)
        f.press(.character("7"))
        let rows = MembersListView.bodyRows(in: DashboardLayout(width: 100, height: 30).pane)
        var seen: [String] = []
        for _ in 0..<(500 / rows + 2) {
            let window = f.dashboard.state.members.window
            let top = window.list.visibleOffset(count: window.rows.count, visibleRows: rows)
            let visible = window.rows[top..<min(window.rows.count, top + rows)].map(\.name)
            seen += visible.filter { !seen.contains($0) }
            XCTAssertLessThanOrEqual(window.rows.count, MemberWindow.maxRows)
            f.press(.pageDown)
        }
        XCTAssertEqual(seen, everyone)
        XCTAssertEqual(f.dashboard.state.members.window.selected?.name, everyone.last)
        f.press(.character("g"))
        XCTAssertEqual(f.dashboard.state.members.window.selected?.name, everyone.first)
        f.press(.character("G"), .pageUp, .pageUp)
        XCTAssertEqual(f.dashboard.state.members.window.selected?.name, everyone[499 - 2 * rows])
    }

    func testPagesNeitherOverlapNorLeaveGaps() throws {
        let f = try PaneFixture(extraMembers: 97)
        let everyone = try f.store.members(after: nil, limit: 200).map(\.name)
        let rows = MembersListView.bodyRows(in: DashboardLayout(width: 100, height: 30).pane)
        f.press(.character("7"))
        for page in 0..<3 {
            let window = f.dashboard.state.members.window
            let top = window.list.visibleOffset(count: window.rows.count, visibleRows: rows)
            XCTAssertEqual(window.rows[top..<top + rows].map(\.name), Array(everyone[page * rows..<(page + 1) * rows]))
            f.press(.pageDown)
        }
    }

    func testClickSelectsARowAndTheWheelMovesTheSelection() throws {
        let f = try PaneFixture()
        f.press(.character("7"))
        f.dashboard.handle(.mouse(MouseEvent(.click, x: 30, y: 6)))
        XCTAssertEqual(f.dashboard.state.members.window.selected?.name, "山田 太郎")
        f.dashboard.handle(.mouse(MouseEvent(.wheelUp, x: 30, y: 6)))
        XCTAssertEqual(f.dashboard.state.members.window.selected?.name, "Zoë Jansen")
    }

    func testAChangeElsewhereKeepsTheSelectedMember() throws {
        let f = try PaneFixture()
        f.press(.character("7"), .down)
        _ = try f.store.addMember(MemberDetails(name: "Aaron Aalders", email: "aaron@example.com"))
        f.press(.character("r"))
        XCTAssertEqual(f.dashboard.state.members.window.selected?.name, "שלום כהן")
        XCTAssertEqual(f.dashboard.state.members.window.rows.first?.name, "Aaron Aalders")
    }
}
