import LoyaltyCore
import XCTest

final class CountingTests: XCTestCase {
    func testOneIsSingularAndEveryOtherNumberPlural() {
        XCTAssertEqual(Counting.count(1, "person", "people"), "1 person")
        XCTAssertEqual(Counting.count(0, "person", "people"), "0 people")
        XCTAssertEqual(Counting.count(3, "lot"), "3 lots")
        XCTAssertEqual(Counting.points(1, named: "Stars"), "1 Star")
        XCTAssertEqual(Counting.points(-1, named: "Stars"), "-1 Star")
        XCTAssertEqual(Counting.points(40, named: "Stars"), "40 Stars")
    }

    func testTheSingularOfAPointsNameDropsOneFinalS() {
        XCTAssertEqual(["Stars", "Points", "Cookies", "BEANS", "Glass", "Karma", "星", "s"].map(Counting.singular(ofPointsName:)),
                       ["Star", "Point", "Cookie", "BEAN", "Glass", "Karma", "星", "s"])
    }

    func testAStatusReadsAfterIs() {
        XCTAssertEqual(MemberStatus.allCases.map(\.phrase), ["a member", "a visitor", "pending"])
    }
}
