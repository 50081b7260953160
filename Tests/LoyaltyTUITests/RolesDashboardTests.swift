import Foundation
import LoyaltyCore
import LoyaltyText
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

/// Who may do what, through the dashboard's reducer: each role tries each kind of change with the
/// keys a user would press. A refusal says why before anything is typed and changes nothing.
final class RolesDashboardTests: XCTestCase {
    /// One change made from the dashboard: the keys that start it, from the Overview.
    struct KeyedChange {
        let name: String
        let kind: ChangeKind
        let keys: [Key]
    }

    static let changes: [KeyedChange] = [
        KeyedChange(name: "give points", kind: .membersAndPoints, keys: [.character("7"), .enter, .character("+")]),
        KeyedChange(name: "remove points", kind: .membersAndPoints, keys: [.character("7"), .enter, .character("-")]),
        KeyedChange(name: "set a balance", kind: .membersAndPoints, keys: [.character("7"), .enter, .character("=")]),
        KeyedChange(name: "redeem", kind: .membersAndPoints, keys: [.character("7"), .enter, .character("R")]),
        KeyedChange(name: "change a status", kind: .membersAndPoints, keys: [.character("7"), .enter, .character("s")]),
        KeyedChange(name: "add a member", kind: .membersAndPoints, keys: [.character("7"), .character("a")]),
        KeyedChange(name: "edit a member's details", kind: .membersAndPoints, keys: [.character("7"), .enter, .character("e")]),
        KeyedChange(name: "change the status of the marked", kind: .membersAndPoints, keys: [.character("7"), .character(" "), .character("S")]),
        KeyedChange(name: "edit the programme", kind: .programme, keys: [.character("2"), .character("e")]),
        KeyedChange(name: "pause the programme", kind: .programme, keys: [.character("2"), .character("p")]),
        KeyedChange(name: "add a way to earn", kind: .programme, keys: [.character("3"), .character("a")]),
        KeyedChange(name: "turn a way to earn off", kind: .programme, keys: [.character("3"), .character(" ")]),
        KeyedChange(name: "add a campaign", kind: .programme, keys: [.character("3"), .character("c")]),
        KeyedChange(name: "edit a campaign", kind: .programme, keys: [.character("3"), .character("G"), .character("e")]),
        KeyedChange(name: "add a reward", kind: .programme, keys: [.character("4"), .character("a")]),
        KeyedChange(name: "turn a reward off", kind: .programme, keys: [.character("4"), .character(" ")]),
        KeyedChange(name: "add a tier", kind: .programme, keys: [.character("5"), .character("a")]),
        KeyedChange(name: "edit an e-mail", kind: .programme, keys: [.character("6"), .character("e")]),
        KeyedChange(name: "turn an e-mail on", kind: .programme, keys: [.character("6"), .character(" ")]),
    ]

    /// The launched shop in a file, owned by anna, with sam as staff and vic as viewer.
    private func shopFile() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-roles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("loyalty.db").path
        let owner = try Store(path: path, actor: "anna")
        try DashboardDriver.nameTheShop(owner, now: DashboardDriver.shopDay)
        try DashboardDriver.launch(owner)
        _ = try owner.addCampaign(Campaign(name: "Double week", multiplier: 200, starts: DashboardDriver.shopDay,
                                           ends: DashboardDriver.shopDay.addingTimeInterval(7 * 86_400), ruleIDs: [try owner.rules()[0].id]))
        try owner.addUser(ProgramUser(name: "sam", role: .staff))
        try owner.addUser(ProgramUser(name: "vic", role: .viewer))
        return path
    }

    private func dashboard(as actor: String, path: String) throws -> DashboardDriver {
        let store = try Store(path: path, actor: actor)
        store.now = { DashboardDriver.shopDay }
        return try DashboardDriver(store: store)
    }

    /// Tries every change as `actor`; returns, for each, the refusal shown (nil when it went ahead).
    private func tryEveryChange(as actor: String) throws -> [String: String?] {
        var outcomes: [String: String?] = [:]
        for change in Self.changes {
            let driver = try dashboard(as: actor, path: try shopFile())
            let before = driver.store.localChangeCounter
            driver.press(change.keys)
            let wentAhead = driver.state.modal != nil || driver.store.localChangeCounter != before
            XCTAssertFalse(wentAhead && driver.state.message?.kind == .error, "\(actor): \(change.name) both went ahead and was refused")
            if !wentAhead {
                XCTAssertEqual(driver.store.localChangeCounter, before, "\(actor): \(change.name) was refused, so nothing changed")
                XCTAssertFalse(driver.screen.contains("\u{1B}"))
            }
            outcomes[change.name] = wentAhead ? .some(nil) : .some(driver.state.message?.text ?? "no message")
        }
        return outcomes
    }

    func testTheOwnerMayStartEveryChange() throws {
        let outcomes = try tryEveryChange(as: "anna")
        for change in Self.changes { XCTAssertEqual(outcomes[change.name], .some(nil), "owner: \(change.name)") }
    }

    func testStaffChangeMembersAndPointsAndAreToldWhyNotTheProgramme() throws {
        let outcomes = try tryEveryChange(as: "sam")
        for change in Self.changes {
            switch change.kind {
            case .membersAndPoints: XCTAssertEqual(outcomes[change.name], .some(nil), "staff: \(change.name)")
            case .programme:
                XCTAssertEqual(outcomes[change.name], "sam is staff: staff change members and points, not the programme; ask an owner",
                               "staff: \(change.name)")
            }
        }
    }

    func testAViewerIsToldWhyForEveryChange() throws {
        let outcomes = try tryEveryChange(as: "vic")
        for change in Self.changes {
            XCTAssertEqual(outcomes[change.name], "vic is a viewer and may only look; an owner can change that",
                           "viewer: \(change.name)")
        }
    }

    func testTheHeaderShowsTheRoleOfAnyoneWhoIsNotAnOwner() throws {
        let path = try shopFile()
        let header = { (actor: String) in try self.dashboard(as: actor, path: path).lines[0] }
        XCTAssertTrue(try header("anna").contains("  anna · …"), "an owner's name alone")
        XCTAssertTrue(try header("sam").contains("  sam (staff) · …"), "the name stays; the long path gives way")
        XCTAssertTrue(try header("vic").contains("  vic (viewer) · …"))
        XCTAssertTrue(try header("vic").hasSuffix("/loyalty.db"))
    }

    func testStaffGivingPointsIsInTheAuditLogSectionUnderTheirName() throws {
        let driver = try dashboard(as: "sam", path: try shopFile())
        driver.press(.character("7"), .enter, .character("+"))
        driver.type("50")
        driver.press(.tab)
        driver.type("till receipt 88")
        driver.press(.enter, .character("y"))
        XCTAssertEqual(try driver.store.member(email: "zoe@example.com").balance, 170)
        driver.press(.escape, .character("0"))
        let when = DisplayFormat.dayAndTime(DashboardDriver.shopDay, .english)
        let line = try XCTUnwrap(driver.store.auditEntries(limit: 1).first)
        XCTAssertEqual(driver.lines(1...4), """
                                ┌─ Audit log ──────────────────────────────────────────────────────────────────┐
             1 Overview         │When             Who  Action             Subject            Before → after    │
             2 Program          │\(when) sam  Points given       zoe@example.com    balance: 120 → ba…│
             3 Ways to earn     │\(when) anna User added         vic                role: viewer      │
            """)
        XCTAssertEqual(driver.lines(22...24), """
                                │ #\(line.id) sam · Points given · zoe@example.com                                     │
                                │ balance: 120 → balance: 170                                                  │
                                │ Reason: till receipt 88                                                      │
            """)
    }

    func testSettingABalanceSomeoneElseJustChangedIsRefusedAndShowsTheNewBalance() throws {
        let path = try shopFile()
        let driver = try dashboard(as: "anna", path: path)
        driver.press(.character("7"), .enter, .character("="))
        driver.type("100")
        driver.press(.tab)
        driver.type("recount")
        driver.press(.enter)
        XCTAssertTrue(driver.screen.contains("Zoë Jansen: 120 → 100 Stars"))

        let till = try Store(path: path, actor: "sam")
        _ = try till.give(email: "zoe@example.com", points: 50, reason: "order at the till")
        driver.press(.character("y"))

        XCTAssertEqual(try till.member(email: "zoe@example.com").balance, 170, "the other change is not overwritten")
        XCTAssertEqual(driver.state.form?.error,
                       "zoe@example.com's balance changed from 120 to 170 since you looked (someone else changed it); nothing was changed: check the new balance and try again")
        XCTAssertEqual(driver.state.form?.fields.map(\.value), ["100", "recount"], "what was typed is kept")
        XCTAssertTrue(driver.screen.contains("balance now 170 Stars"), "the form shows the balance as it is now")
        driver.press(.enter, .character("y"))
        XCTAssertEqual(try till.member(email: "zoe@example.com").balance, 100, "confirmed again against the new balance, it is set")
    }
}

extension DashboardDriver {
    /// Presses the keys in turn.
    func press(_ keys: [Key]) {
        for key in keys { dashboard.handle(.key(key)) }
    }
}
