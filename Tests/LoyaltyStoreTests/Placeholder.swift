import XCTest
final class LoyaltyStoreTestsPlaceholder: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
