import XCTest
@testable import LoyaltyText

final class MessageTemplateTests: XCTestCase {
    func testPlaceholdersAreNamesInBraces() {
        XCTAssertEqual(MessageTemplate("{email} is now {status}; {status}").placeholders, ["email", "status"])
        XCTAssertEqual(MessageTemplate("{} {1x} { a} {a-b} {{ {x_1}").placeholders, ["x_1"])
    }

    func testFillingReplacesEachPlaceholderAndKeepsOtherBraces() throws {
        XCTAssertEqual(try MessageTemplate("{a} and {b}, {a}; {not one} {}").filled(["a": "1", "b": "{a}"]), "1 and {a}, 1; {not one} {}")
    }

    func testFillingWithoutAValueIsRefusedNamingThePlaceholder() {
        XCTAssertThrowsError(try MessageTemplate("{email} is now {status}").filled(["email": "zoe@example.com"])) { error in
            XCTAssertEqual(error as? MissingPlaceholderValue, MissingPlaceholderValue(name: "status"))
        }
    }
}
