import Foundation
import LoyaltyCore
import LoyaltyStore
@testable import LoyaltyTUI
import Terminal
import XCTest

/// `e` on an opened member edits their name, e-mail, phone, birthday and marketing consent with
/// the checks and audit entries of `loyalty member edit`; a refusal keeps the form and changes nothing.
final class MemberEditFormTests: XCTestCase {
    /// The launched shop with Zoë Jansen opened and her edit form showing.
    private func editingZoe() throws -> DashboardDriver {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .enter, .character("e"))
        return driver
    }

    func testTheFormShowsTheDetailsAndSavesThemWithTheAuditEntries() throws {
        let driver = try editingZoe()
        XCTAssertTrue(driver.screen.contains("Edit Zoë Jansen"), driver.screen)
        XCTAssertTrue(driver.screen.contains("zoe@example.com"), driver.screen)
        XCTAssertTrue(driver.screen.contains("not known"), "consent never given shows as not known:\n\(driver.screen)")
        driver.press(.tab, .tab)
        driver.type("+31 6 1234 5678")
        driver.press(.tab)
        driver.type("04-17")
        driver.press(.tab, .right, .right, .enter)  // not known → yes → no
        XCTAssertNil(driver.state.modal, driver.screen)
        XCTAssertEqual(driver.state.message?.text, "Changed Zoë Jansen <zoe@example.com>")

        let zoe = try driver.store.member(email: "zoe@example.com")
        XCTAssertEqual(zoe.details, MemberDetails(name: "Zoë Jansen", email: "zoe@example.com", phone: "+31 6 1234 5678", birthday: "04-17"))
        XCTAssertEqual(zoe.acceptsMarketing, false)
        let audit = try driver.store.auditEntries(limit: 10)
        XCTAssertEqual(audit.first { $0.action == "member.edit" }?.subject, "zoe@example.com")
        XCTAssertEqual(audit.first { $0.action == "member.marketing" }?.after, "marketing: no (opted out)")
        XCTAssertTrue(driver.screen.contains("Zoë Jansen  zoe@example.com · +31 6 1234 5678 · birthday 04-17"), driver.screen)
        XCTAssertTrue(driver.screen.contains("marketing: no (opted out)"), driver.screen)
    }

    func testANewEmailIsCheckedAndOneSomeoneElseHasIsRefusedInTheForm() throws {
        let driver = try editingZoe()
        driver.press(.tab, .ctrl("u"))
        driver.type("zoe@")
        driver.press(.enter)
        XCTAssertNotNil(driver.state.form, "a bad address keeps the form open")
        XCTAssertTrue(driver.state.form?.error?.contains("zoe@") == true, driver.state.form?.error ?? "no error")
        XCTAssertTrue(driver.screen.contains("zoe@"), driver.screen)

        driver.press(.ctrl("u"))
        driver.type("yamada@example.jp")
        driver.press(.enter)
        XCTAssertNotNil(driver.state.form)
        XCTAssertTrue(driver.state.form?.error?.contains("yamada@example.jp") == true, driver.state.form?.error ?? "no error")
        XCTAssertEqual(try driver.store.member(email: "zoe@example.com").name, "Zoë Jansen", "nothing was changed")
        XCTAssertTrue(try driver.store.auditEntries(limit: 10).allSatisfy { $0.action != "member.edit" })

        driver.press(.ctrl("u"))
        driver.type("zoe.jansen@example.com")
        driver.press(.enter)
        XCTAssertNil(driver.state.modal)
        XCTAssertEqual(try driver.store.member(email: "zoe.jansen@example.com").name, "Zoë Jansen")
    }

    func testDetailsChangedElsewhereSinceTheFormOpenedAreNotOverwritten() throws {
        let driver = try editingZoe()
        let zoe = try driver.store.member(email: "zoe@example.com")
        var elsewhere = zoe.details
        elsewhere.phone = "+31 20 555 0100"
        _ = try driver.store.updateMember(email: zoe.email, elsewhere)
        driver.press(.tab, .tab)
        driver.type("+31 6 1234 5678")
        driver.press(.enter)
        XCTAssertNotNil(driver.state.form, "the form stays, with the reason")
        XCTAssertNotNil(driver.state.form?.error)
        XCTAssertEqual(try driver.store.member(email: "zoe@example.com").details.phone, "+31 20 555 0100")
    }

    func testEditingAMarkedMemberKeepsTheMarkOnTheirNewAddress() throws {
        let driver = try DashboardDriver.launchedShop()
        driver.press(.character("7"), .character(" "), .up, .enter, .character("e"), .tab, .ctrl("u"))
        driver.type("zoe.jansen@example.com")
        driver.press(.enter, .escape, .character("S"), .enter)
        XCTAssertTrue(driver.screen.contains("The marked person is a member already; nothing to change"), driver.screen)
    }
}
