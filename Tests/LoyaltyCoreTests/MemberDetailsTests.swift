import XCTest
import LoyaltyCore

final class MemberDetailsTests: XCTestCase {
    func testTrimsFieldsAndKeepsAnyScript() throws {
        let d = try MemberDetails(name: "  山田 Zoë ", email: " zoe@example.com ", phone: " +31 (0)6-123 ", birthday: "04-17").validated()
        XCTAssertEqual(d, MemberDetails(name: "山田 Zoë", email: "zoe@example.com", phone: "+31 (0)6-123", birthday: "04-17"))
    }

    func testANameDefaultsToTheEmailsLocalPart() throws {
        XCTAssertEqual(try MemberDetails(name: "", email: "anna@example.com").validated().name, "anna")
    }

    func testRefusesImplausibleEmailAddresses() {
        for bad in ["", "anna", "anna@", "@example.com", "anna@example", "anna@@example.com", "an na@example.com", "anna@.com", "anna@example."] {
            XCTAssertTrue(errorMessage { _ = try MemberDetails(name: "A", email: bad).validated() }.contains("is not an e-mail address"), bad)
        }
    }

    func testRefusesControlCharactersPhoneLettersAndBadBirthdays() {
        XCTAssertThrowsError(try MemberDetails(name: "A\u{1B}[2J", email: "a@b.nl").validated())
        XCTAssertThrowsError(try MemberDetails(name: "A", email: "a@b.nl", phone: "call me").validated())
        for bad in ["1990-13-01", "04-32", "17/04", "1990-4", "90-04-17"] {
            XCTAssertThrowsError(try MemberDetails(name: "A", email: "a@b.nl", birthday: bad).validated(), bad)
        }
        XCTAssertEqual(try MemberDetails(name: "A", email: "a@b.nl", birthday: "1990-04-17").validated().birthday, "1990-04-17")
    }
}
