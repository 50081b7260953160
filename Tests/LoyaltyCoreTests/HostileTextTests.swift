import Foundation
import XCTest
@testable import LoyaltyCore

/// Values chosen to break out of where they are written: an address that adds a recipient, a name
/// that adds a header, a SKU that moves the cursor.
final class HostileTextTests: XCTestCase {
    static let hostileAddresses = [
        "x@example.com>,<root", "x@example.com,root@example.com", "x@example.com;root@example.com", "\"x\"@example.com",
        "x<root@example.com>@example.com", "x@example.com (root@example.com)", "x@[127.0.0.1]", "x:y@example.com",
        "x@exa_mple.com", "x@example..com", "x\\y@example.com", "zoë@exam ple.com", "x@example.com\u{202E}",
    ]

    func testAnAddressThatCouldAddARecipientIsRefused() {
        for address in Self.hostileAddresses {
            XCTAssertThrowsError(try MemberDetails.validateEmail(address), address)
            XCTAssertThrowsError(try MemberDetails.validateEmail(address + "\n"), "the general way: \(address)")
        }
        for address in ["zoe@example.com", "o'brien+loyalty@example.co.uk", "zoë@exämple.com", "a.b-c_d@mail-1.example.com"] {
            XCTAssertNoThrow(try MemberDetails.validateEmail(address), address)
        }
    }

    func testAMessageBuiltFromHostileValuesHasExactlyOneRecipient() {
        let message = MailMessage(from: MailAddress(name: "Shop\r\nBcc: thief@example.com", address: "shop@example.com"),
                                  to: MailAddress(name: "Zoë <root@example.com>, \"x\" <thief@example.com>", address: "x@example.com>,<root"),
                                  subject: "Hi\r\nBcc: thief@example.com\nCc: thief@example.com", body: "Hello\nBcc: not a header",
                                  date: Date(timeIntervalSince1970: 0), messageID: "m@example.com")
        let headers = message.rendered().components(separatedBy: "\n\n")[0].components(separatedBy: "\n")
        let recipientLines = headers.filter { line in ["to:", "cc:", "bcc:", "resent-"].contains { line.lowercased().hasPrefix($0) } }
        XCTAssertEqual(recipientLines.count, 1, headers.joined(separator: "\n"))
        let to = recipientLines[0]
        XCTAssertEqual(to.filter { $0 == "@" }.count, 1, "one address in \(to)")
        XCTAssertEqual(to.filter { $0 == "<" }.count, 1, to)
        XCTAssertEqual(to.filter { $0 == "," }.count, 0, to)
        XCTAssertTrue(headers.allSatisfy { !$0.hasPrefix(" ") || $0.hasPrefix(" =?UTF-8?B?") }, "continuation lines are encoded words only")
    }

    func testANameWithAddressSpecialsIsEncodedNotQuoted() {
        XCTAssertTrue(MailAddress(name: "Ann <a@b.c>, Bob", address: "ann@example.com").header.hasPrefix("=?UTF-8?B?"))
        XCTAssertEqual(MailAddress(name: "Ann Jansen", address: "ann@example.com").header, "Ann Jansen <ann@example.com>")
    }

    func testStoredTextRefusesControlCharactersAndNamesTheField() {
        for text in ["SKU\u{1B}[2J", "bell\u{07}", "del\u{7F}", "c1\u{9B}31m", "bidi\u{202E}", "tab\there", "line\nbreak"] {
            let message = errorMessage { _ = try StoredText.checked(text, field: .sku) }
            XCTAssertTrue(message.hasPrefix("the SKU "), "\(text.debugDescription): \(message)")
        }
        XCTAssertEqual(try StoredText.checked("Zoë 山田 👩‍👩‍👧", field: .actionName), "Zoë 山田 👩‍👩‍👧")
        XCTAssertEqual(try StoredText.checked("Hi\n\tthere\r\n", field: .actionName, multiline: true), "Hi\n\tthere\r\n")
        XCTAssertThrowsError(try StoredText.checked("Hi\u{1B}[2J", field: .actionName, multiline: true))
    }

    func testARewardSKUWithEscapeIsRefused() {
        for discount in [Discount.freeProduct(sku: "MUG\u{1B}]0;owned\u{07}"), .salePrice(sku: "MUG\u{07}", price: Money(minorUnits: 100, currency: .euro))] {
            let message = errorMessage { _ = try Reward(name: "Mug", kind: .fixed(FixedReward(cost: 100, discount: discount))).validated() }
            XCTAssertTrue(message.contains("SKU"), message)
        }
    }

    func testAnEmailTemplateWithABidiOverrideIsRefused() {
        XCTAssertThrowsError(try EmailTemplate(subject: "Hi \u{202E}", body: "b").validated())
        XCTAssertThrowsError(try EmailTemplate(subject: "Hi", body: "b\u{202E}").validated())
        XCTAssertNoThrow(try EmailTemplate(subject: "Hi", body: "line\n\tindented\r\n").validated())
    }
}
