import XCTest
import LoyaltyCore

final class CouponCodeTests: XCTestCase {
    func testTheAlphabetHasNoLookAlikes() {
        let alphabet = Set(CouponCode.alphabet)
        for ambiguous in "0O1IL" { XCTAssertFalse(alphabet.contains(ambiguous), "\(ambiguous)") }
        XCTAssertEqual(alphabet.count, CouponCode.alphabet.count, "no letter twice")
        XCTAssertEqual(alphabet.count, 31)
        XCTAssertTrue(CouponCode.alphabet.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber) })
    }

    func testCodesAreTwelveCharactersFromTheAlphabet() {
        let alphabet = Set(CouponCode.alphabet)
        var seen = Set<String>()
        for _ in 0..<2000 {
            let code = CouponCode.generate()
            XCTAssertEqual(code.count, 12)
            XCTAssertTrue(code.allSatisfy(alphabet.contains), code)
            seen.insert(code)
        }
        XCTAssertEqual(seen.count, 2000, "the system generator does not repeat itself")
    }

    func testEveryLetterOfTheAlphabetIsUsed() {
        var generator = SeededGenerator(seed: 1)
        var used = Set<Character>()
        for _ in 0..<200 { used.formUnion(CouponCode.generate(using: &generator)) }
        XCTAssertEqual(used, Set(CouponCode.alphabet))
    }

    func testCodesAreNormalizedAsPeopleTypeThem() {
        XCTAssertEqual(CouponCode.normalize("abcd-efgh jkmn"), "ABCDEFGHJKMN")
    }

    func testStateChangesOneWayOnlyFromIssued() {
        XCTAssertTrue(CouponState.issued.canMove(to: .used))
        XCTAssertTrue(CouponState.issued.canMove(to: .voided))
        XCTAssertTrue(CouponState.issued.canMove(to: .expired))
        XCTAssertFalse(CouponState.issued.canMove(to: .issued))
        for from in [CouponState.used, .voided, .expired] {
            for to in CouponState.allCases { XCTAssertFalse(from.canMove(to: to), "\(from) → \(to)") }
        }
    }

    func testReferralCodesAreEightCharactersFromTheCouponAlphabet() {
        var generator = SeededGenerator(seed: 3)
        let code = ReferralCode.generate(using: &generator)
        XCTAssertEqual(code.count, 8)
        XCTAssertTrue(code.allSatisfy(Set(CouponCode.alphabet).contains))
    }
}
