import LoyaltyTUI
import XCTest

final class LayoutTests: XCTestCase {
    func testHeaderBodyFooterSplit() {
        let screen = Rect(width: 100, height: 30)
        let parts = screen.splitVertically([.length(1), .min(0), .length(1)])
        XCTAssertEqual(parts, [
            Rect(x: 0, y: 0, width: 100, height: 1),
            Rect(x: 0, y: 1, width: 100, height: 28),
            Rect(x: 0, y: 29, width: 100, height: 1),
        ])
    }

    func testSidebarTakesAPercentageAndTheRestGoesToTheMainArea() {
        let body = Rect(x: 0, y: 1, width: 100, height: 28)
        let parts = body.splitHorizontally([.percentage(20), .min(10)])
        XCTAssertEqual(parts.map(\.width), [20, 80])
        XCTAssertEqual(parts[1].x, 20)
    }

    func testLeftoverSpaceIsSharedByTheMinParts() {
        let parts = Rect(width: 11, height: 1).splitHorizontally([.min(2), .length(3), .min(2)])
        XCTAssertEqual(parts.map(\.width), [4, 3, 4])
        XCTAssertEqual(parts.map(\.x), [0, 4, 7])
    }

    func testOnATinyScreenTheLastPartsShrinkFirst() {
        let parts = Rect(width: 5, height: 2).splitVertically([.length(1), .min(3), .length(1)])
        XCTAssertEqual(parts.map(\.height), [1, 1, 0])
    }

    func testInsetAndCentre() {
        XCTAssertEqual(Rect(x: 2, y: 3, width: 10, height: 6).inset(by: 1), Rect(x: 3, y: 4, width: 8, height: 4))
        XCTAssertEqual(Rect(width: 4, height: 4).inset(by: 3), Rect(x: 3, y: 3, width: 0, height: 0))
        XCTAssertEqual(Rect(width: 80, height: 24).centered(width: 40, height: 10), Rect(x: 20, y: 7, width: 40, height: 10))
        XCTAssertEqual(Rect(width: 30, height: 5).centered(width: 40, height: 10), Rect(x: 0, y: 0, width: 30, height: 5))
    }
}
