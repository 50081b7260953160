import Foundation
import XCTest
@testable import LoyaltyCore

final class MailMessageTests: XCTestCase {
    private let moment = Date(timeIntervalSince1970: 1_741_953_600)   // 2025-03-14 12:00 UTC

    private func message(subject: String, body: String, fromName: String = "Café Zoë", toName: String = "Zoë Jansen") -> MailMessage {
        MailMessage(from: MailAddress(name: fromName, address: "shop@example.com"), to: MailAddress(name: toName, address: "zoe@example.com"),
                    subject: subject, body: body, date: moment, messageID: "loyalty.7.1741953600@example.com")
    }

    func testAUTF8MessageHasEncodedHeadersAndAQuotedPrintableBody() {
        XCTAssertEqual(message(subject: "Welkom bij Café Zoë", body: "Hoi Zoë,\nJe hebt 120 ★.").rendered(timeZone: TimeZone(identifier: "UTC")!), """
            From: =?UTF-8?B?Q2Fmw6kgWm/Dqw==?= <shop@example.com>
            To: =?UTF-8?B?Wm/DqyBKYW5zZW4=?= <zoe@example.com>
            Subject: =?UTF-8?B?V2Vsa29tIGJpaiBDYWbDqSBab8Or?=
            Date: Fri, 14 Mar 2025 12:00:00 +0000
            Message-ID: <loyalty.7.1741953600@example.com>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable
            Auto-Submitted: auto-generated

            Hoi Zo=C3=AB,
            Je hebt 120 =E2=98=85.

            """)
    }

    func testAnASCIIMessageStaysReadable() {
        let text = message(subject: "You earned 40 Stars", body: "Hi Ann", fromName: "Bakery, Ltd.", toName: "Ann").rendered()
        XCTAssertTrue(text.hasPrefix("From: =?UTF-8?B?QmFrZXJ5LCBMdGQu?= <shop@example.com>\nTo: Ann <zoe@example.com>\nSubject: You earned 40 Stars\n"))
        XCTAssertTrue(text.contains("Content-Transfer-Encoding: 7bit\n"))
        XCTAssertTrue(text.hasSuffix("\n\nHi Ann\n"))
    }

    func testLongSubjectsAreSplitIntoWordsOfAtMost75CharactersWithoutBreakingACharacter() {
        let subject = String(repeating: "Zoë 山田 ", count: 12)
        let header = MIME.header("Subject", subject)
        let lines = header.components(separatedBy: "\n")
        XCTAssertGreaterThan(lines.count, 2)
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix(" =?UTF-8?B?") })
        let words = MIME.encodedWords(subject)
        XCTAssertTrue(words.allSatisfy { $0.count <= 75 })
        let decoded = words.map { word -> String in
            let base64 = word.dropFirst(10).dropLast(2)
            return String(decoding: Data(base64Encoded: String(base64))!, as: UTF8.self)
        }
        XCTAssertEqual(decoded.joined(), subject, "each word decodes on its own")
    }

    func testSomethingThatLooksLikeAnEncodedWordIsEncoded() {
        XCTAssertEqual(MIME.header("Subject", "=?x?="), "Subject: =?UTF-8?B?PT94Pz0=?=")
    }

    func testQuotedPrintableKeepsLinesShortAndEncodesTrailingSpacesAndEquals() {
        XCTAssertEqual(MIME.quotedPrintable("a=b \nend\t"), "a=3Db=20\nend=09")
        let long = MIME.quotedPrintable(String(repeating: "é", count: 40))
        XCTAssertTrue(long.components(separatedBy: "\n").allSatisfy { $0.count <= 76 })
        XCTAssertTrue(long.components(separatedBy: "\n").dropLast().allSatisfy { $0.hasSuffix("=") })
        XCTAssertFalse(long.contains("=\n3") || long.contains("=C\n"), "an =XX never splits")
        XCTAssertEqual(decodeQuotedPrintable(long), String(repeating: "é", count: 40))
    }

    private func decodeQuotedPrintable(_ text: String) -> String {
        var bytes: [UInt8] = [], scalars = Array(text.replacingOccurrences(of: "=\n", with: "").utf8), index = 0
        while index < scalars.count {
            if scalars[index] == UInt8(ascii: "="), let value = UInt8(String(decoding: scalars[index + 1...index + 2], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(scalars[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
