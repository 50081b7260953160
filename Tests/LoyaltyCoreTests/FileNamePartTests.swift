import XCTest
import LoyaltyCore

final class FileNamePartTests: XCTestCase {
    func testOnlyPlainNamesThatStayInTheirFolderAreSafe() {
        for safe in ["K7M2QXPA", "ZOEREF01", "erased-3", "a_b", String(repeating: "x", count: 64)] {
            XCTAssertTrue(FileNamePart.isSafe(safe), safe)
        }
        for unsafe in ["", "../../x", "..", ".", ".hidden", "a/b", "a\\b", "x\n", "Zoë", "a b", "/etc/passwd", String(repeating: "x", count: 65)] {
            XCTAssertFalse(FileNamePart.isSafe(unsafe), unsafe)
        }
    }

    func testTheRefusalNamesWhatAndShowsTheValueEscaped() {
        XCTAssertThrowsError(try FileNamePart.checked("../x\u{1B}[2J", what: .referralCode(member: 7))) { error in
            XCTAssertEqual("\(error)", "the referral code of member 7 is \"../x\\u{1B}[2J\", which cannot be a file name (only 1 to 64 letters A-Z, digits, - and _)")
        }
        XCTAssertEqual(try FileNamePart.checked("K7M2QXPA", what: .pageToken(member: 7)), "K7M2QXPA")
    }
}
