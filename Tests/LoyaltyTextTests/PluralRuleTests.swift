import XCTest
@testable import LoyaltyText

/// The C expressions of Plural-Forms headers, evaluated as gettext does.
final class PluralRuleTests: XCTestCase {
    private func forms(_ header: String, _ counts: [UInt64]) throws -> [Int] {
        let rule = try PluralRule(header: header)
        return counts.map { rule.form(for: $0) }
    }

    func testTheRulesOfTheShippedLanguages() throws {
        XCTAssertEqual(try forms("nplurals=2; plural=(n != 1);", [0, 1, 2, 11]), [1, 0, 1, 1])
        XCTAssertEqual(try forms("nplurals=2; plural=(n > 1);", [0, 1, 2, 1000]), [0, 0, 1, 1])
        XCTAssertEqual(try forms("nplurals=3; plural=(n == 1) ? 0 : ((n == 2) ? 1 : 2);", [0, 1, 2, 3, 20]), [2, 0, 1, 2, 2])
    }

    func testRulesOfOtherLanguagesWithEveryOperator() throws {
        let russian = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        XCTAssertEqual(try forms(russian, [1, 2, 5, 11, 12, 21, 22, 25, 111, 1001]), [0, 1, 2, 2, 2, 0, 1, 2, 2, 0])
        let arabic = "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;"
        XCTAssertEqual(try forms(arabic, [0, 1, 2, 3, 11, 100, 102]), [0, 1, 2, 3, 4, 5, 5])
        XCTAssertEqual(try forms("nplurals=1; plural=0;", [0, 1, 7]), [0, 0, 0])
        XCTAssertEqual(try forms("nplurals=2; plural=!(n == 1);", [1, 4]), [0, 1])
    }

    func testPrecedenceAndAssociativityAreCs() throws {
        // 1 + 2 * 1 = 3 (not 3 * 1); 7 - 2 - 4 = 1 (left to right); 8 / 2 / 2 = 2; form 3 of 4.
        XCTAssertEqual(try forms("nplurals=4; plural=n + 2 * n;", [1]), [3])
        XCTAssertEqual(try forms("nplurals=4; plural=7 - 2 - n;", [4]), [1])
        XCTAssertEqual(try forms("nplurals=4; plural=8 / 2 / n;", [2]), [2])
        // a || b && c is a || (b && c): with n = 1, 1 || (0 && 0) = 1.
        XCTAssertEqual(try forms("nplurals=2; plural=n == 1 || n == 2 && n == 3;", [1]), [1])
        // nested ?: group to the right.
        XCTAssertEqual(try forms("nplurals=3; plural=n == 1 ? 0 : n == 2 ? 1 : 2;", [1, 2, 3]), [0, 1, 2])
    }

    func testAFormPastTheLastOrADivisionByZeroGivesTheFirstForm() throws {
        XCTAssertEqual(try forms("nplurals=2; plural=n;", [5]), [0])
        XCTAssertEqual(try forms("nplurals=2; plural=n % 0;", [5]), [0])
    }

    func testBrokenHeadersAreRefusedWithTheReason() {
        func reason(_ header: String) -> String? {
            do { _ = try PluralRule(header: header); return nil } catch { return (error as? PluralRuleError)?.reason }
        }
        XCTAssertEqual(reason("plural=(n != 1);"), "nplurals is missing")
        XCTAssertEqual(reason("nplurals=2;"), "plural is missing")
        XCTAssertEqual(reason("nplurals=two; plural=n;"), "nplurals must be 1 to 6")
        XCTAssertEqual(reason("nplurals=2; plural=(n != 1;"), "\"(\" without its \")\"")
        XCTAssertEqual(reason("nplurals=2; plural=n ? 1;"), "\"?\" without its \":\"")
        XCTAssertEqual(reason("nplurals=2; plural=n != x;"), "\"x\" has no place in a plural expression")
        XCTAssertEqual(reason("nplurals=2; plural=n != 1 1;"), "unexpected \"1\"")
        XCTAssertEqual(reason("nplurals=2; plural=;"), "the plural expression is empty")
        XCTAssertEqual(reason("nplurals=2; plural=n !=;"), "the expression ends too early")
    }
}
