import XCTest
import LoyaltyCore

/// What an import says about a bad row comes from Core, which every front end shows: it says what
/// the row needs without naming a command of one front end.
final class ImportProblemWordingTests: XCTestCase {
    func testACustomEventWithoutItsActionSaysWhatItNeedsWithoutNamingACommand() {
        let bytes = Array("kind,external_id,email\ncustom,IG-2,zoe@example.com\n".utf8)
        let problems = ImportFormat.events.parse(bytes, file: "e.csv", currency: .euro).problems
        XCTAssertEqual(problems.map(\.field), ["action"])
        XCTAssertEqual(problems.first?.why, "a custom event needs the action's name, as its custom way to earn names it")
        XCTAssertFalse(problems.contains { $0.why.contains("loyalty ") }, "\(problems)")
    }
}
