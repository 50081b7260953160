import XCTest
import LoyaltyCore
import LoyaltyStore
import Terminal
@testable import LoyaltyTUI

/// The Program form's customers' language: chosen with ←/→, saved with the other details; the
/// dashboard's own words stay in the owner's language.
final class CustomerLanguageFormTests: XCTestCase {
    func testChoosingHebrewSavesItAndTheProgrammeShowsIt() throws {
        let shop = try DashboardDriver.launchedShop()
        shop.press(.character("2"), .character("e"))
        var form = try XCTUnwrap(shop.state.form)
        XCTAssertEqual(form["language"], "English (en)")
        while shop.state.form?.fields[shop.state.form!.focused].key != "language" { shop.press(.tab) }
        shop.press(.left)
        form = try XCTUnwrap(shop.state.form)
        XCTAssertEqual(form["language"], "עברית (he)", "← goes round to the last language")
        shop.press(.enter)
        XCTAssertNil(shop.state.form)
        let program = try shop.store.program()
        XCTAssertEqual(program.customerLanguage, .hebrew)
        XCTAssertEqual(program.pointsName, "Stars", "saving the form does not rename the points")
        XCTAssertTrue(shop.screen.contains("Customers read") && shop.screen.contains("Programme details saved"), shop.screen)
    }

    func testUnnamedPointsFollowTheLanguageWhenTheFormIsSaved() throws {
        let store = try Store.inMemory(actor: "anna")
        store.now = { DashboardDriver.today }
        try store.updateProgram(ProgramUpdate(name: "Koffie Zoë", customerLanguage: .dutch))
        let shop = try DashboardDriver(store: store)
        XCTAssertEqual(try shop.store.program().pointsName, "Punten")
        shop.press(.character("2"), .character("e"), .enter)
        XCTAssertEqual(try shop.store.program().pointsNamed, false, "the unchanged points name is not taken as the owner's")
        try shop.store.updateProgram(ProgramUpdate(customerLanguage: .french))
        XCTAssertEqual(try shop.store.program().pointsName, "Points")
    }
}
