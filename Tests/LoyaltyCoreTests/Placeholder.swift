import XCTest
final class LoyaltyCoreTestsPlaceholder: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
