import Foundation
import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

/// Several members at once: Space marks rows of the member list (a count in the footer, kept while
/// paging and searching), S changes the status of all marked in one confirmed, audited transaction.
final class MemberMarksTests: XCTestCase {
    /// The launched shop with two more visitors, Ann Visser and Bob Visser, on the Members section.
    private func shopWithVisitors(width: Int = 100, height: Int = 30, extraMembers: Int = 0) throws -> DashboardDriver {
        let driver = try DashboardDriver(width: width, height: height, now: DashboardDriver.shopDay) { store in
            try DashboardDriver.launch(store, extraMembers: extraMembers)
            _ = try store.addMember(MemberDetails(name: "Ann Visser", email: "ann@example.com"), status: .visitor)
            _ = try store.addMember(MemberDetails(name: "Bob Visser", email: "bob@example.com"), status: .visitor)
        }
        driver.press(.character("7"))
        return driver
    }

    private func row(_ name: String, _ driver: DashboardDriver) -> String {
        driver.lines.first { $0.contains(name) } ?? "no row of \(name) in\n\(driver.screen)"
    }

    func testSpaceMarksTheSelectedRowMovesOnAndTheFooterCountsTheMarked() throws {
        let driver = try shopWithVisitors()
        driver.press(.character(" "), .character(" "))
        XCTAssertEqual(driver.lines(2...6), """
             1 Overview         │ / finds a member by name or e-mail · 5 people                                │
             2 Program          │  Name       E-mail                           Status  Tier Balance Last active│
             3 Ways to earn     │✓ Ann Visser ann@example.com                  Visitor Base       0 —          │
             4 Rewards          │✓ Bob Visser bob@example.com                  Visitor Base       0 —          │
             5 Tiers            │  Zoë Jansen zoe@example.com                  Member  Base     120 2025-03-14 │
            """)
        XCTAssertEqual(driver.lines(29...29), "Enter Open  a Add member  Space Mark · 2 marked  S Status of marked  f Filter  o Order  q/^C Quit")
        driver.press(.up, .character(" "))
        XCTAssertTrue(row("Bob Visser", driver).contains("│  Bob Visser"), "Space on a marked row unmarks it")
        XCTAssertTrue(driver.lines[29].contains("Space Mark · 1 marked"), driver.lines[29])
        driver.press(.character("U"))
        XCTAssertTrue(driver.lines[29].contains("Space Mark  f Filter"), "U unmarks everyone: \(driver.lines[29])")
        XCTAssertFalse(driver.screen.contains("✓"))
    }

    func testMarksSurvivePagingToTheEndAndBackAndTheSearch() throws {
        let driver = try shopWithVisitors(extraMembers: 400)
        driver.press(.character(" "))
        driver.press(.character("G"), .character(" "))
        XCTAssertTrue(row("山田 太郎", driver).contains("│✓ 山田 太郎"), row("山田 太郎", driver))
        for _ in 0..<20 { driver.press(.pageUp) }
        XCTAssertTrue(row("Ann Visser", driver).contains("│✓ Ann Visser"), "the first page was fetched again, marked: \(row("Ann Visser", driver))")
        driver.press(.character("/"))
        driver.type("visser")
        XCTAssertTrue(row("Ann Visser", driver).contains("│✓ Ann Visser"), row("Ann Visser", driver))
        XCTAssertTrue(row("Bob Visser", driver).contains("│  Bob Visser"), row("Bob Visser", driver))
        driver.press(.enter, .down, .character(" "))
        XCTAssertTrue(row("Bob Visser", driver).contains("│✓ Bob Visser"), "Space marks a search result: \(row("Bob Visser", driver))")
        XCTAssertTrue(driver.lines[29].contains("Space Mark · 3 marked"), driver.lines[29])
        driver.press(.escape)
        XCTAssertTrue(driver.lines[29].contains("Space Mark · 3 marked"), "the list keeps the marks made in the search: \(driver.lines[29])")
    }

    func testSChangesTheStatusOfEveryoneMarkedInOneConfirmedAuditedChange() throws {
        let driver = try shopWithVisitors()
        let store = driver.store
        driver.press(.character(" "), .character(" "), .character(" "))  // Ann, Bob (visitors), Zoë (a member)
        driver.press(.character("S"))
        XCTAssertTrue(driver.screen.contains("Status of 3 people marked"), driver.screen)
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("Make 2 people members?"), driver.screen)
        XCTAssertTrue(driver.screen.contains("1 of the 3 marked is a member already."), driver.screen)
        XCTAssertEqual(try store.member(email: "ann@example.com").status, .visitor, "nothing changes before the answer")
        XCTAssertTrue(try store.auditEntries(limit: 100).filter { $0.action.hasPrefix("member.status") }.isEmpty)

        driver.press(.character("y"))
        XCTAssertEqual(try store.member(email: "ann@example.com").status, .member)
        XCTAssertEqual(try store.member(email: "bob@example.com").status, .member)
        XCTAssertEqual(try store.member(email: "shalom@example.org").status, .visitor, "only the marked change")
        let lines = try store.auditEntries(limit: 100).filter { $0.action.hasPrefix("member.status") }
        XCTAssertEqual(lines.map(\.action).sorted(), ["member.status", "member.status", "member.status.bulk"])
        XCTAssertEqual(Set(lines.filter { $0.action == "member.status" }.map(\.subject)), ["ann@example.com", "bob@example.com"])
        XCTAssertTrue(lines.filter { $0.action == "member.status" }.allSatisfy { $0.reason == "marked in the dashboard" }, "\(lines)")
        XCTAssertEqual(lines.first { $0.action == "member.status.bulk" }?.after, "2 of 3 set to member")

        XCTAssertEqual(driver.state.message?.text, "Made 2 people members (1 already a member)")
        XCTAssertTrue(row("Ann Visser", driver).contains("│Ann Visser ann@example.com") && row("Ann Visser", driver).contains("Member "),
                      "the marks are gone and the list shows the new status: \(row("Ann Visser", driver))")
        XCTAssertTrue(driver.lines[29].hasPrefix("Enter Open  a Add member  Space Mark  f"), driver.lines[29])
    }

    func testNoKeepsTheMarksAndChangesNothing() throws {
        let driver = try shopWithVisitors()
        driver.press(.character(" "), .character(" "), .character("S"), .enter)
        driver.press(.character("n"))
        XCTAssertEqual(try driver.store.member(email: "ann@example.com").status, .visitor)
        driver.press(.escape)
        XCTAssertTrue(driver.lines[29].contains("Space Mark · 2 marked"), driver.lines[29])
    }

    func testSWithNoOneMarkedSaysHowToMark() throws {
        let driver = try shopWithVisitors()
        driver.press(.character("S"))
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(driver.state.message?.text, "No one is marked: Space marks the selected member")
    }

    func testAViewerMayMarkButSeesWhyTheStatusKeyIsNotTheirs() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-marks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("loyalty.db").path
        let owner = try Store(path: path, actor: "anna")
        try DashboardDriver.nameTheShop(owner, now: DashboardDriver.shopDay)
        try DashboardDriver.launch(owner)
        try owner.addUser(ProgramUser(name: "vic", role: .viewer))
        let viewer = try Store(path: path, actor: "vic")
        viewer.now = { DashboardDriver.shopDay }
        let driver = try DashboardDriver(store: viewer)
        driver.press(.character("7"), .character(" "))
        XCTAssertEqual(driver.lines(29...29), "Enter Open  Space Mark · 1 marked  f Filter  o Order  a Add member (staff or owner)")
        driver.press(.character("?"))
        XCTAssertTrue(driver.screen.contains("Status of marked (staff or owner)"), driver.screen)
        driver.press(.escape, .character("S"))
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(driver.state.message?.text, "vic is a viewer and may only look; an owner can change that")
        XCTAssertEqual(try viewer.member(email: "zoe@example.com").status, .member)
    }
}
