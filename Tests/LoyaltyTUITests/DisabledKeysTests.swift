import Foundation
import LoyaltyCore
import LoyaltyStore
import LoyaltyTUI
import Terminal
import XCTest

/// Keys whose change a role may not make: the footer and the help show them dimmed with who may
/// use them, and pressing one says why without opening anything.
final class DisabledKeysTests: XCTestCase {
    /// The launched shop in a file owned by anna, with sam as staff and vic as viewer, opened as `actor`.
    private func dashboard(as actor: String, width: Int = 100) throws -> DashboardDriver {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("loyalty-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("loyalty.db").path
        let owner = try Store(path: path, actor: "anna")
        try DashboardDriver.nameTheShop(owner, now: DashboardDriver.shopDay)
        try DashboardDriver.launch(owner)
        try owner.addUser(ProgramUser(name: "sam", role: .staff))
        try owner.addUser(ProgramUser(name: "vic", role: .viewer))
        let store = try Store(path: path, actor: actor)
        store.now = { DashboardDriver.shopDay }
        return try DashboardDriver(store: store, width: width)
    }

    /// The footer row and whether the cell under the first occurrence of `text` in it is dimmed.
    private func footer(_ driver: DashboardDriver, dimmedAt text: String) throws -> (line: String, dimmed: Bool) {
        let rendered = driver.dashboard.render().grid, line = driver.lines[driver.state.height - 1]
        let prefix = try XCTUnwrap(line.range(of: text).map { line[..<$0.lowerBound] }, "\(text) in the footer: \(line)")
        let x = prefix.reduce(0) { $0 + DisplayWidth.of(String($1)) }
        return (line, rendered[x: x, y: driver.state.height - 1].style.attributes.contains(.dim))
    }

    func testAViewerSeesGiveDimmedWithWhoMayAndPressingItSaysWhy() throws {
        let driver = try dashboard(as: "vic")
        driver.press(.character("7"), .enter)
        let (line, dimmed) = try footer(driver, dimmedAt: "+ Give (staff or owner)")
        XCTAssertTrue(dimmed, line)
        XCTAssertTrue(line.contains("- Remove (staff or owner)"), line)
        XCTAssertFalse(try footer(driver, dimmedAt: "c Coupons").dimmed, "a key a viewer may use is not dimmed")

        driver.press(.character("+"))
        XCTAssertNil(driver.state.modal, "no form opens")
        XCTAssertEqual(driver.state.message?.text, "vic is a viewer and may only look; an owner can change that with `loyalty user role vic staff`")
        XCTAssertTrue(driver.screen.contains(" vic is a viewer and may only look"), driver.screen)
    }

    func testTheHelpMarksTheKeysTheUserMayNotUse() throws {
        let driver = try dashboard(as: "vic")
        driver.press(.character("7"), .enter, .character("?"))
        XCTAssertTrue(driver.screen.contains("+          Give (staff or owner)"), driver.screen)
        XCTAssertTrue(driver.screen.contains("c          Coupons  "), driver.screen)
    }

    func testStaffSeeTheProgrammesKeysAsTheOwnersAndTheirOwnAsUsual() throws {
        let driver = try dashboard(as: "sam")
        driver.press(.character("4"))
        XCTAssertTrue(try footer(driver, dimmedAt: "a Add (owner)").dimmed)
        driver.press(.character("a"))
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(driver.state.message?.text, "sam is staff: staff change members and points, not the programme; ask an owner (`loyalty user list` names them)")
        driver.press(.character("7"), .enter)
        XCTAssertFalse(try footer(driver, dimmedAt: "+ Give").dimmed)
        XCTAssertFalse(driver.lines[driver.state.height - 1].contains("(staff or owner)"))
    }

    func testAnOwnerSeesNoKeyMarked() throws {
        let driver = try dashboard(as: "anna")
        for section in Section.allCases {
            driver.press(section.keys)
            XCTAssertFalse(driver.lines[driver.state.height - 1].contains("owner)"), section.title)
        }
    }
}
