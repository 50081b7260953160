import XCTest
final class LoyaltyTUITestsPlaceholder: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
