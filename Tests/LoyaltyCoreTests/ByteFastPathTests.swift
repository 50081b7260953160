import XCTest
import LoyaltyCore

/// Amounts, e-mail addresses, trimming and the control-character check each read plain ASCII text
/// straight from its bytes and leave anything else to the general code. Both ways must agree: each
/// text is read once as it is and once made to take the general way (by a space, a line break or
/// a non-ASCII character that does not change the answer).
final class ByteFastPathTests: XCTestCase {
    /// Every text of up to `length` characters from `alphabet`.
    private func texts(_ alphabet: [String], length: Int) -> [String] {
        var all = [""]
        var last = [""]
        for _ in 0..<length {
            last = last.flatMap { prefix in alphabet.map { prefix + $0 } }
            all += last
        }
        return all
    }

    private func outcome<T: Equatable>(_ body: () throws -> T) -> String {
        do { return "ok \(try body())" } catch { return "error \(error)" }
    }

    func testAmountsReadTheSameFromTheirBytesAsTheGeneralWay() {
        let amounts = texts(["1", "0", "9", ".", "-", "+", "a"], length: 5) + ["12.50", "4.999", "123456789012345", "1234567890123456", "-0.00", "+.5"]
        for currency in [Currency.euro, try! Currency(code: "JPY"), try! Currency(code: "KWD")] {
            for text in amounts {
                XCTAssertEqual(outcome { try Money.parse(text, currency: currency) }, outcome { try Money.parse(" \(text) ", currency: currency) }
                                   .replacingOccurrences(of: "\" \(text) \"", with: "\"\(text)\""), "\(text) in \(currency)")
            }
        }
    }

    func testEmailAddressesAreCheckedTheSameFromTheirBytesAsTheGeneralWay() {
        for text in texts(["a", "@", ".", " ", "\t", "\u{7F}", "\u{01}"], length: 6) + ["zoe@example.com", " zoe@example.com\t", "a@b.c", "@b.c", "a@.c", "a@b."] {
            let general = text + "\n"  // a line break is trimmed, but sends the text the general way
            XCTAssertEqual(outcome { try MemberDetails.validateEmail(text) }, outcome { try MemberDetails.validateEmail(general) }
                               .replacingOccurrences(of: "\"\(general)\"", with: "\"\(text)\""), text.debugDescription)
        }
    }

    func testTrimmingAndControlCharactersAgreeWithTheGeneralWay() {
        for text in texts(["a", " ", "\t", "\n", "\r", "\u{1B}", "\u{7F}"], length: 5) {
            XCTAssertEqual(text.trimmingWhitespace(), (" " + text + " ").trimmingWhitespace(), text.debugDescription)
            XCTAssertEqual(text.containsControlCharacters, (text + "é").containsControlCharacters, text.debugDescription)
        }
    }
}
